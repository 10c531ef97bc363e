// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

namespace guardrail {

class CustomerRevenue;
struct Settings;
struct Snapshot;

/**
 * The funnel (cohort or period basis), the constraint and the KPIs at one as-of date: one
 * pass over the leads per date. The unit window of that date supplies retention, NRR and GRR.
 */
class FunnelCalculator
{
public:
    FunnelCalculator(const Snapshot &snapshot, const Settings &settings,
                     const CustomerRevenue &revenue);

    FunnelFigures compute(EpochDay asOf) const;

    /** The unit window [first, last] for an as-of date (DESIGN section 4, Time). */
    static std::pair<MonthIndex, MonthIndex> unitWindow(EpochDay asOf, int months);

private:
    const Snapshot &m_snapshot;
    const Settings &m_settings;
    const CustomerRevenue &m_revenue;
};

} // namespace guardrail
