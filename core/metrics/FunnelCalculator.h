// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include "Metrics.h"

namespace guardrail {

class CustomerRevenue;
struct Lead;
struct Settings;
struct Snapshot;

/**
 * The funnel (cohort or period basis), the constraint and the KPIs at one as-of date: one
 * pass over the leads per date. The unit window of that date supplies retention, NRR and GRR.
 * Given a segment, only that segment's leads count, and revenue holds its customers' rows.
 */
class FunnelCalculator
{
public:
    FunnelCalculator(const Snapshot &snapshot, const Settings &settings,
                     const CustomerRevenue &revenue, int segment = kAllSegments);

    static constexpr int kAllSegments = -1;

    FunnelFigures compute(EpochDay asOf) const;
    /**
     * The pace the team runs at (DESIGN "Pace against the plan"): customers, SQLs, MQLs and
     * leads a week over the 13 weeks ending on asOf; leads from the awareness table's three
     * full months before asOf's month when there is one.
     */
    std::array<double, 4> currentPerWeek(EpochDay asOf) const;

    /** The unit window [first, last] for an as-of date (DESIGN section 4, Time). */
    static std::pair<MonthIndex, MonthIndex> unitWindow(EpochDay asOf, int months);

private:
    const Snapshot &m_snapshot;
    const Settings &m_settings;
    const CustomerRevenue &m_revenue;
    int m_segment;

    bool counts(const Lead &lead) const;
};

} // namespace guardrail
