// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"
#include "metrics/WhatIf.h"

#include <QStandardItemModel>

namespace guardrail {

class FigureFormat;

/**
 * A what-if scenario's before and after, as the CAC page's panel and the monthly pack show it:
 * company CAC, acquisition % of gross profit, new customers a month, then each channel's
 * guardrail status (its tone under kToneRole: shaded on screen and in the pack).
 */
class WhatIfModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, Before, After, ColumnCount };

    explicit WhatIfModel(QObject *parent = nullptr);

    /** months: the unit window the scenario was computed on, for the "a month" row. */
    void setResult(const WhatIf::Result &result, int months, const FigureFormat &format);

    /** What leaves with a paused channel, a month; empty for a shift. */
    static QString lossText(const WhatIf::Result &result, const FigureFormat &format);

private:
    void addRow(const QString &name, const QString &before, const QString &after,
                const QString &tooltip);
    void addStatusRows(const WhatIf::Result &result);
};

} // namespace guardrail
