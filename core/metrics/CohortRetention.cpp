// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortRetention.h"

#include "Snapshot.h"

#include <map>

namespace guardrail {

QList<CohortRetention::Cohort> CohortRetention::compute(const Snapshot &snap, MonthIndex lastMonth,
                                                        int months)
{
    const MonthIndex first = lastMonth - months + 1;
    QList<Cohort> cohorts;
    for (MonthIndex m = first; m <= lastMonth; ++m) {
        Cohort c;
        c.month = m;
        cohorts << c;
    }
    // Per won lead in range: its cohort, and its mrr by month (rows with mrr > 0 only).
    std::vector<int> cohortOf(snap.leads.size(), -1);
    for (size_t i = 0; i < snap.leads.size(); ++i) {
        const Lead &l = snap.leads[i];
        if (l.wonAt == kNever)
            continue;
        const MonthIndex m = iso::monthOfDay(iso::dayOf(l.wonAt));
        if (m < first || m > lastMonth)
            continue;
        cohortOf[i] = m - first;
        ++cohorts[m - first].customers;
    }
    // lead -> month -> mrr, for the customers of the cohorts only
    std::map<int, std::map<MonthIndex, double>> paid;
    for (const RevenueRow &r : snap.revenue)
        if (r.mrr > 0 && cohortOf[static_cast<size_t>(r.lead)] >= 0 && r.month <= lastMonth)
            paid[r.lead][r.month] = r.mrr;
    for (Cohort &c : cohorts) {
        const int span = lastMonth - c.month + 1;
        std::vector<double> active(static_cast<size_t>(span), 0), mrr(static_cast<size_t>(span), 0);
        for (const auto &[lead, byMonth] : paid) {
            if (cohorts[cohortOf[static_cast<size_t>(lead)]].month != c.month)
                continue;
            bool counted = false;
            for (const auto &[month, amount] : byMonth) {
                if (month < c.month)
                    continue;
                if (!counted) {
                    c.startMrr += amount; // the first month it paid
                    counted = true;
                }
                active[static_cast<size_t>(month - c.month)] += 1;
                mrr[static_cast<size_t>(month - c.month)] += amount;
            }
        }
        for (int k = 0; k < span; ++k) {
            c.logo << Figure::ratio(active[static_cast<size_t>(k)], c.customers,
                                    QStringLiteral("no customers won in this month"));
            c.revenue << Figure::ratio(mrr[static_cast<size_t>(k)], c.startMrr,
                                       QStringLiteral("the cohort has no revenue yet"));
        }
    }
    return cohorts;
}

} // namespace guardrail
