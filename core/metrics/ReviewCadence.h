// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"
#include "domain/Review.h"

#include <QList>

#include <optional>

namespace guardrail {

/** One cadence of reviews as of A: when it was last held and when the next one is due. */
struct CadenceStatus
{
    QString kind;
    std::optional<QDate> lastHeld; // the latest review of the kind held on or before A
    QDate nextDue;
    bool overdue = false; // A is past nextDue
};

/**
 * Whether the team keeps its review rhythm: the weekly CRO review every 7 days, the monthly
 * meeting every month, the quarterly review every 3 months and the annual reset every 12.
 * The next review is due one period after the last; a cadence never held is due one period
 * after the data begins (the first month with a lead or spend), so a new company is not told
 * it is late on its first day.
 */
class ReviewCadence
{
public:
    static QList<CadenceStatus> compute(const QList<Review> &reviews, const QDate &asOf,
                                        std::optional<MonthIndex> dataStart);
};

} // namespace guardrail
