// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioSection.h"

#include "FigureFormat.h"
#include "PdfLayout.h"
#include "metrics/WhatIfRecord.h"
#include "models/WhatIfModel.h"

#include <QLocale>

namespace guardrail {

void ScenarioSection::write(PdfLayout &out, const QList<Decision> &decisions, const QDate &since,
                            const QDate &asOf, const QString &currency)
{
    const FigureFormat f(currency);
    bool first = true;
    for (const Decision &d : decisions) {
        if (d.decidedOn < since || d.decidedOn > asOf)
            continue;
        const std::optional<WhatIfRecord> record = WhatIfRecord::read(d.figuresJson);
        if (!record)
            continue;
        if (first)
            out.heading(tr("The scenarios behind the month's decisions"));
        first = false;
        const WhatIf::Result &r = record->scenario;
        out.paragraph(tr("%1, decided %2%3. The what-if it was decided on, with the figures of "
                         "that day:")
                          .arg(d.summary, f.date(d.decidedOn),
                               d.owner.isEmpty() ? QString() : tr(" by %1").arg(d.owner)));
        WhatIfModel table;
        table.setResult(r, record->unitWindowMonths, f);
        out.table(
            table,
            {{WhatIfModel::FigureColumn, 2}, {WhatIfModel::Before, 1}, {WhatIfModel::After, 1}});
        QString notes = tr("Assumption: %1.").arg(r.assumption);
        if (const QString losses = WhatIfModel::lossText(r, f); !losses.isEmpty())
            notes = losses + QLatin1Char(' ') + notes;
        out.paragraph(notes, true);
    }
}

} // namespace guardrail
