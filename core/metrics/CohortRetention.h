// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figure.h"
#include "domain/Iso8601.h"

#include <QList>

namespace guardrail {

struct Snapshot;

/**
 * Cohort retention: the customers won in each month, and in each later calendar month the
 * share still paying (logo retention) and their revenue against what they first paid
 * (revenue retention). Month 0 is the month of the win, so a customer billed from the next
 * month shows from month 1 on.
 */
class CohortRetention
{
public:
    struct Cohort
    {
        MonthIndex month = 0; // the month the customers were won
        int customers = 0;
        double startMrr = 0;   // each customer's first month with revenue, summed
        QList<Figure> logo;    // [k]: active in month + k / customers
        QList<Figure> revenue; // [k]: mrr in month + k / startMrr
    };

    /** The cohorts won in the `months` months ending with `lastMonth`, oldest first. */
    static QList<Cohort> compute(const Snapshot &snapshot, MonthIndex lastMonth, int months = 12);
};

} // namespace guardrail
