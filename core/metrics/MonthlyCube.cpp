// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyCube.h"

#include "Snapshot.h"
#include "domain/Settings.h"

#include <algorithm>
#include <limits>

namespace guardrail {

MonthlyCube::MonthlyCube(const Snapshot &snap, const Settings &settings)
    : m_channels(static_cast<int>(snap.channels.size())),
      m_segments(static_cast<int>(snap.segments.size()))
{
    MonthIndex first = std::numeric_limits<MonthIndex>::max(),
               last = std::numeric_limits<MonthIndex>::min();
    const auto see = [&](MonthIndex m) {
        first = std::min(first, m);
        last = std::max(last, m);
    };
    for (const Lead &l : snap.leads) {
        if (l.wonAt != kNever)
            see(iso::monthOfDay(iso::dayOf(l.wonAt)));
        if (l.createdAt != kNever)
            see(iso::monthOfDay(iso::dayOf(l.createdAt)));
    }
    for (const RevenueRow &r : snap.revenue)
        see(r.month + 1); // a churn shows in the month after the last active one
    for (const SpendRow &r : snap.spend)
        see(r.month);
    if (first > last)
        first = last = 0;
    m_first = first;
    m_months = last - first + 1;
    const size_t cells =
        static_cast<size_t>(std::max(m_channels, 1)) * std::max(m_segments, 1) * m_months;
    for (auto *v : {&m_new, &m_created, &m_mrr, &m_active, &m_churned})
        v->assign(cells, 0.0);
    m_spend.assign(static_cast<size_t>(m_channels + 1) * (m_segments + 1) * m_months, 0.0);
    m_spendByCategory.assign(static_cast<size_t>(m_channels + 1) * kSpendCategoryCount * m_months,
                             0.0);

    for (const Lead &l : snap.leads) {
        if (l.wonAt != kNever)
            m_new[cell(l.channel, l.segment, iso::monthOfDay(iso::dayOf(l.wonAt)))] += 1;
        if (l.createdAt != kNever)
            m_created[cell(l.channel, l.segment, iso::monthOfDay(iso::dayOf(l.createdAt)))] += 1;
    }

    // Revenue rows (mrr > 0 only) sorted by customer then month: a customer churns in month m
    // when it was active in m - 1 and has no row for m.
    std::vector<RevenueRow> rows = snap.revenue;
    std::sort(rows.begin(), rows.end(), [](const RevenueRow &a, const RevenueRow &b) {
        return a.lead != b.lead ? a.lead < b.lead : a.month < b.month;
    });
    for (size_t i = 0; i < rows.size(); ++i) {
        const RevenueRow &r = rows[i];
        if (i > 0 && rows[i - 1].lead == r.lead && rows[i - 1].month == r.month)
            continue; // one row per customer-month
        const Lead &l = snap.leads[r.lead];
        m_mrr[cell(l.channel, l.segment, r.month)] += r.mrr;
        m_active[cell(l.channel, l.segment, r.month)] += 1;
        const bool nextActive =
            i + 1 < rows.size() && rows[i + 1].lead == r.lead && rows[i + 1].month == r.month + 1;
        if (!nextActive)
            m_churned[cell(l.channel, l.segment, r.month + 1)] += 1;
    }

    for (const SpendRow &r : snap.spend) {
        if (!settings.cacCategories[static_cast<int>(r.category)])
            continue;
        m_spend[(static_cast<size_t>(r.channel + 1) * (m_segments + 1) + (r.segment + 1)) *
                    m_months +
                (r.month - m_first)] += r.amount;
        m_spendByCategory[(static_cast<size_t>(r.channel + 1) * kSpendCategoryCount +
                           static_cast<size_t>(r.category)) *
                              m_months +
                          (r.month - m_first)] += r.amount;
    }
}

double MonthlyCube::spend(int c, int s, MonthIndex m) const
{
    if (m < m_first || m >= m_first + m_months)
        return 0;
    return m_spend[(static_cast<size_t>(c + 1) * (m_segments + 1) + (s + 1)) * m_months +
                   (m - m_first)];
}

} // namespace guardrail

namespace guardrail {

double MonthlyCube::spendByCategory(int c, int k, MonthIndex m) const
{
    if (m < m_first || m >= m_first + m_months)
        return 0;
    return m_spendByCategory[(static_cast<size_t>(c + 1) * kSpendCategoryCount + k) * m_months +
                             (m - m_first)];
}

} // namespace guardrail
