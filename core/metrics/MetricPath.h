// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace guardrail {

/**
 * Names a figure the way `metrics --json` does ("company.cac", "kpis.win_rate",
 * "channels[Outbound].cac_pct_gp", "stages[1].rate"), so a decision can state the figure it
 * expects to move and the page can look its value up later.
 */
class MetricPath
{
public:
    /** The figure's value, or nullopt when the path is unknown or the figure has none. */
    static std::optional<double> value(const Metrics &metrics, const QString &path);
    /** The paths worth choosing from: the company figures, the KPIs, the stage rates, and each
     *  channel's CAC and CAC % of gross profit. */
    static QStringList choices(const Metrics &metrics);
    /** A reader's name for a path: "Outbound CAC % of GP", "MQL → SQL rate". */
    static QString label(const QString &path);
    /** The headline figures captured with a review or a decision. */
    static QJsonObject headline(const Metrics &metrics, const QString &channel = {});
};

} // namespace guardrail
