// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"
#include "domain/Settings.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace guardrail {

struct Snapshot;

/**
 * What sits behind a row the CRO double-clicks: a channel's or a segment's deals, a funnel
 * step's cohort, a channel's spend by month and category. The same windows as the figures
 * they explain, so the rows add up to what the table shows.
 */
class DrillDown
{
public:
    /**
     * The opportunities of a channel or segment (by name, as names match): leads that reached
     * SQL by the as-of date A and either became SQL in the funnel window F, or closed in F, or
     * are still open at A. Newest SQL first.
     */
    static std::vector<int> channelDeals(const Snapshot &s, const Settings &settings, EpochDay asOf,
                                         const QString &channel);
    static std::vector<int> segmentDeals(const Snapshot &s, const Settings &settings, EpochDay asOf,
                                         const QString &segment);
    /**
     * The cohort a stage rate counts (DESIGN section 4): step 0 the leads created in F, 1 the
     * MQLs of F, 2 the SQLs of F, 3 the customers active the month before the unit window;
     * of one segment's leads only when segment (an index into the segments) is not -1.
     */
    static std::vector<int> stepCohort(const Snapshot &s, const Settings &settings, EpochDay asOf,
                                       int step, int segment = -1);

    struct MonthSpend
    {
        MonthIndex month = 0;
        std::array<double, kSpendCategoryCount> byCategory{};
        double total = 0;
    };
    /**
     * A channel's own spend in the CAC categories (its share of shared spend not included) in
     * each month of the unit window, oldest first.
     */
    static QList<MonthSpend> channelSpend(const Snapshot &s, const Settings &settings,
                                          EpochDay asOf, const QString &channel);

private:
    static std::vector<int> opportunities(const Snapshot &s, const Settings &settings,
                                          EpochDay asOf, const std::vector<bool> &inGroup,
                                          bool bySegment);
};

} // namespace guardrail
