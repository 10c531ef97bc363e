// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figure.h"
#include "domain/Iso8601.h"
#include "domain/RevenueRow.h"

#include <vector>

namespace guardrail {

/**
 * Each customer's mrr by month (rows with mrr > 0), for the figures that follow customers
 * from one month to another: logo retention, NRR and GRR.
 */
class CustomerRevenue
{
public:
    explicit CustomerRevenue(const std::vector<RevenueRow> &rows);

    struct Retention
    {
        Figure logoRetention; // customers active in both / active in the start month
        Figure nrr;           // end mrr / start mrr of the start month's customers
        Figure grr;           // the same with each end mrr capped at its start mrr
    };
    /** From the month before the unit window (start) to its last month (end). */
    Retention retention(MonthIndex start, MonthIndex end) const;
    /** Sum of mrr of all customers in one month. */
    double mrrIn(MonthIndex month) const;

private:
    double mrrOf(size_t customerBegin, size_t customerEnd, MonthIndex month) const;

    std::vector<RevenueRow> m_rows;    // sorted by customer, then month
    std::vector<size_t> m_customerEnd; // end offset of each customer's rows
};

} // namespace guardrail
