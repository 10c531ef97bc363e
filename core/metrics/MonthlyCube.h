// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"

#include <vector>

namespace guardrail {

struct Settings;
struct Snapshot;

/**
 * Monthly aggregates by channel x segment, built once per snapshot so that every unit figure
 * of any window (the current one, the 37 of months_in_breach, the weekly trends) is a sum over
 * a few hundred cells instead of a scan of every lead and revenue row.
 */
class MonthlyCube
{
public:
    MonthlyCube(const Snapshot &snapshot, const Settings &settings);

    int channels() const { return m_channels; }
    int segments() const { return m_segments; }

    // Per channel c, segment s, month m; 0 outside the data's months.
    double newCustomers(int c, int s, MonthIndex m) const { return at(m_new, c, s, m); }
    double leadsCreated(int c, int s, MonthIndex m) const { return at(m_created, c, s, m); }
    double mrr(int c, int s, MonthIndex m) const { return at(m_mrr, c, s, m); }
    double active(int c, int s, MonthIndex m) const { return at(m_active, c, s, m); }
    double churned(int c, int s, MonthIndex m) const { return at(m_churned, c, s, m); }
    /** Spend in the CAC categories; c = -1 shared, s = -1 not assigned to a segment. */
    double spend(int c, int s, MonthIndex m) const;
    /** The same spend by category k (any segment); c = -1 shared. */
    double spendByCategory(int c, int k, MonthIndex m) const;

private:
    size_t cell(int c, int s, MonthIndex m) const
    {
        return (static_cast<size_t>(c) * m_segments + s) * m_months + (m - m_first);
    }
    double at(const std::vector<double> &v, int c, int s, MonthIndex m) const
    {
        return m < m_first || m >= m_first + m_months ? 0 : v[cell(c, s, m)];
    }

    int m_channels = 0, m_segments = 0, m_months = 0;
    MonthIndex m_first = 0;
    std::vector<double> m_new, m_created, m_mrr, m_active, m_churned;
    std::vector<double> m_spend;           // (channel + 1) x (segment + 1) x month
    std::vector<double> m_spendByCategory; // (channel + 1) x category x month
};

} // namespace guardrail
