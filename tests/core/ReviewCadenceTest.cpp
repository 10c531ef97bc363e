// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ReviewCadence.h"

#include <gtest/gtest.h>

using namespace guardrail;

namespace {
Review held(int y, int m, int d, const char *kind)
{
    Review r;
    r.heldOn = QDate(y, m, d);
    r.kind = QString::fromLatin1(kind);
    return r;
}
const CadenceStatus &of(const QList<CadenceStatus> &all, const char *kind)
{
    for (const CadenceStatus &s : all)
        if (s.kind == QLatin1String(kind))
            return s;
    throw std::runtime_error("no such cadence");
}
} // namespace

// As of Wed 2 Dec 2026, data from Jan 2025:
// weekly: the latest held on or before A is 30 Nov (9 Dec is after A and ignored),
//   due 30 Nov + 7 = 7 Dec, not overdue.
// monthly: last 3 Oct, due 3 Nov, A 2 Dec > 3 Nov: overdue.
// quarterly: last 2 Sep, due 2 Dec: due today, not overdue (overdue only after the day).
// annual: never held, due 1 Jan 2025 + 12 months = 1 Jan 2026: overdue.
TEST(ReviewCadence, DueOnePeriodAfterTheLastAndOverdueOnlyPastThatDay)
{
    const QList<Review> reviews = {held(2026, 12, 9, "weekly"), held(2026, 11, 30, "weekly"),
                                   held(2026, 11, 23, "weekly"), held(2026, 10, 3, "monthly"),
                                   held(2026, 9, 2, "quarterly")};
    const auto all =
        ReviewCadence::compute(reviews, QDate(2026, 12, 2), iso::monthOf(QDate(2025, 1, 15)));
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all[0].kind, QStringLiteral("weekly"));
    EXPECT_EQ(of(all, "weekly").lastHeld, QDate(2026, 11, 30));
    EXPECT_EQ(of(all, "weekly").nextDue, QDate(2026, 12, 7));
    EXPECT_FALSE(of(all, "weekly").overdue);
    EXPECT_EQ(of(all, "monthly").nextDue, QDate(2026, 11, 3));
    EXPECT_TRUE(of(all, "monthly").overdue);
    EXPECT_EQ(of(all, "quarterly").nextDue, QDate(2026, 12, 2));
    EXPECT_FALSE(of(all, "quarterly").overdue);
    EXPECT_FALSE(of(all, "annual").lastHeld.has_value());
    EXPECT_EQ(of(all, "annual").nextDue, QDate(2026, 1, 1));
    EXPECT_TRUE(of(all, "annual").overdue);
}

// A company whose data began in Nov 2026 is not late for a quarterly review it never held:
// due 1 Nov + 3 months = 1 Feb 2027. Without data, nothing is due before A + a period.
TEST(ReviewCadence, ANewCompanyIsNotLate)
{
    const auto young =
        ReviewCadence::compute({}, QDate(2026, 12, 2), iso::monthOf(QDate(2026, 11, 1)));
    EXPECT_EQ(of(young, "quarterly").nextDue, QDate(2027, 2, 1));
    EXPECT_FALSE(of(young, "quarterly").overdue);
    EXPECT_TRUE(of(young, "weekly").overdue); // 1 Nov + 7 days = 8 Nov, past
    const auto empty = ReviewCadence::compute({}, QDate(2026, 12, 2), std::nullopt);
    for (const CadenceStatus &s : empty)
        EXPECT_FALSE(s.overdue) << s.kind.toStdString();
    EXPECT_EQ(of(empty, "annual").nextDue, QDate(2027, 12, 2));
}
