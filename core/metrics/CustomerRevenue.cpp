// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRevenue.h"

#include <algorithm>

namespace guardrail {

CustomerRevenue::CustomerRevenue(const std::vector<RevenueRow> &rows) : m_rows(rows)
{
    std::sort(m_rows.begin(), m_rows.end(), [](const RevenueRow &a, const RevenueRow &b) {
        return a.lead != b.lead ? a.lead < b.lead : a.month < b.month;
    });
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (i + 1 == m_rows.size() || m_rows[i + 1].lead != m_rows[i].lead)
            m_customerEnd.push_back(i + 1);
}

double CustomerRevenue::mrrOf(size_t begin, size_t end, MonthIndex month) const
{
    const auto it = std::lower_bound(m_rows.begin() + static_cast<std::ptrdiff_t>(begin),
                                     m_rows.begin() + static_cast<std::ptrdiff_t>(end), month,
                                     [](const RevenueRow &r, MonthIndex m) { return r.month < m; });
    return it != m_rows.begin() + static_cast<std::ptrdiff_t>(end) && it->month == month ? it->mrr
                                                                                         : 0;
}

CustomerRevenue::Retention CustomerRevenue::retention(MonthIndex start, MonthIndex end) const
{
    double startCount = 0, retained = 0, startMrr = 0, endMrr = 0, cappedMrr = 0;
    size_t begin = 0;
    for (size_t customerEnd : m_customerEnd) {
        const double s = mrrOf(begin, customerEnd, start);
        if (s > 0) {
            const double e = mrrOf(begin, customerEnd, end);
            startCount += 1;
            retained += e > 0 ? 1 : 0;
            startMrr += s;
            endMrr += e;
            cappedMrr += std::min(e, s);
        }
        begin = customerEnd;
    }
    const QString why =
        QStringLiteral("no customer was active in the month before the unit window");
    return {Figure::ratio(retained, startCount, why), Figure::ratio(endMrr, startMrr, why),
            Figure::ratio(cappedMrr, startMrr, why)};
}

double CustomerRevenue::mrrIn(MonthIndex month) const
{
    double sum = 0;
    for (const RevenueRow &r : m_rows)
        if (r.month == month)
            sum += r.mrr;
    return sum;
}

} // namespace guardrail
