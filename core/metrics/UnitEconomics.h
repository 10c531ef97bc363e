// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QStringList>

namespace guardrail {

class MonthlyCube;
struct Settings;

/**
 * CAC, cost allocation, ARPA, churn, LTV, payback and the guardrail status for every channel,
 * every segment and the company over one unit window [first, last] (DESIGN section 4).
 * The engine calls it for the current window and once per month looked back for
 * months_in_breach, so it reads only the MonthlyCube.
 */
class UnitEconomics
{
public:
    UnitEconomics(const MonthlyCube &cube, const Settings &settings, const QStringList &channels,
                  const QStringList &segments);

    struct Result
    {
        QList<ChannelFigures> channels; // in the order of the snapshot's channel list
        QList<SegmentFigures> segments;
        UnitFigures company;
        double revenueGrossProfit = 0; // sum of mrr x segment margin over the window
    };
    Result compute(MonthIndex first, MonthIndex last) const;

private:
    struct Revenue
    {
        double mrr = 0, marginMrr = 0, activeMonths = 0, churned = 0, activeBefore = 0;
    };
    UnitFigures unitFrom(int newCustomers, double cost, const Revenue &r,
                         std::optional<double> segmentMargin) const;
    void judge(ChannelFigures &c) const;

    const MonthlyCube &m_cube;
    const Settings &m_settings;
    QStringList m_channels, m_segments;
};

} // namespace guardrail
