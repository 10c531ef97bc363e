// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QLocale>

namespace guardrail {

/**
 * The lead-volume planner: how many customers, SQLs, MQLs and leads the revenue goal needs
 * after churn, in total and per week, and the takt (one lead every N working hours).
 */
class LeadPlanner
{
public:
    struct Plan
    {
        double targetArr = 0;
        int horizonMonths = 12;
        double currentArr = 0;   // 12 x mrr in the unit window's last month
        Figure monthlyChurn;     // company
        double neededNewArr = 0; // after the current ARR decays with churn
        bool awarenessBasis = false;
        // customers, SQLs, MQLs, leads (or awareness volume)
        std::array<Figure, 4> total;
        std::array<Figure, 4> perWeek;
        Figure taktHours;                       // 40 working hours / leads per week
        std::array<double, 4> currentPerWeek{}; // the pace now, over the last 13 weeks
        std::array<Figure, 4> paceGap;          // perWeek - currentPerWeek: > 0 is short
        /** The stage furthest short of the pace the goal needs, relative to it; -1 if none. */
        int shortest = -1;
    };
    /** Optional overrides replace the measured churn, win rate and stage rates. */
    struct Overrides
    {
        std::optional<double> monthlyChurn, winRate, mqlToSql, awarenessToMql, avgDealSize;
    };

    static Plan plan(const Metrics &metrics, double targetArr, int horizonMonths,
                     const Overrides &overrides = {});
    /**
     * Which stage is short of the pace the goal needs and by how much a week, or that none is:
     * the CLI's and the GUI's one wording, with the numbers in the locale given.
     */
    static QString paceSentence(const Plan &plan, const QLocale &locale);

private:
    static void comparePace(Plan &plan);
};

} // namespace guardrail
