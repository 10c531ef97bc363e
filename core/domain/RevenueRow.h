// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Iso8601.h"

namespace guardrail {

/** Recurring revenue of one customer (an index into the snapshot's leads) in one month. */
struct RevenueRow
{
    int lead = 0;
    MonthIndex month = 0;
    double mrr = 0;
};

/** Company gross profit of one month, from the financial model. */
struct GrossProfitRow
{
    MonthIndex month = 0;
    double grossProfit = 0;
};

/** The bookings target of one month (the targets table): won deal value to book. */
struct TargetRow
{
    MonthIndex month = 0;
    double bookings = 0;
};

/** Top-of-funnel volume counted outside the CRM; channel -1 when not given. */
struct AwarenessRow
{
    MonthIndex month = 0;
    int channel = -1;
    double count = 0;
};

} // namespace guardrail
