// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportQuality.h"

#include <QStringList>

namespace guardrail {

QString ImportQuality::summary(qint64 rowsImported) const
{
    qint64 convertedRows = 0;
    QStringList from;
    for (auto it = converted.cbegin(); it != converted.cend(); ++it) {
        convertedRows += it.value();
        from << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    return QStringLiteral("data quality: %1 rows imported; %2 with stage dates out of order; "
                          "%3 open by their stage or flags (%4 of them by a label no rule knew); "
                          "%5 won or lost without a close date; %6 wins without an amount; %7 "
                          "amounts converted%8")
        .arg(rowsImported)
        .arg(outOfOrder)
        .arg(openByLabel)
        .arg(unrecognisedLabels)
        .arg(closedUndated)
        .arg(winsWithoutAmount)
        .arg(convertedRows)
        .arg(from.isEmpty() ? QString()
                            : QStringLiteral(" (") + from.join(QStringLiteral(", ")) + u')');
}

} // namespace guardrail
