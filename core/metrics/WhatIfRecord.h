// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WhatIf.h"

#include <QJsonObject>

#include <optional>

namespace guardrail {

/**
 * A what-if scenario kept with the decision it led to: its `whatif --json` object is stored
 * under "whatif" in the decision's figures_json, so the monthly pack shows the figures the
 * decision saw, not a recomputation on later data.
 */
struct WhatIfRecord
{
    WhatIf::Result scenario;
    int unitWindowMonths = 1; // the window the scenario was computed on, for "a month" figures

    static QString key() { return QStringLiteral("whatif"); }
    /** MetricsJson::toJson(scenario) with the unit window's months beside it. */
    static QJsonObject toJson(const WhatIf::Result &scenario, int unitWindowMonths);
    /** The scenario inside a decision's figures_json, or nothing when it holds none. */
    static std::optional<WhatIfRecord> read(const QString &figuresJson);
    /** The inverse of toJson(), a null taking its reason back from `nulls`. */
    static std::optional<WhatIfRecord> fromJson(const QJsonObject &record);
};

} // namespace guardrail
