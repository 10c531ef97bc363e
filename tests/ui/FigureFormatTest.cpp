// SPDX-License-Identifier: GPL-3.0-or-later
// One spelling per kind of figure, the same on every page and in the packs.
#include "FigureFormat.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace guardrail;

TEST(FigureFormat, PartsRoundedToWholeUnitsAddUpToTheirTotal)
{
    // 1.4 + 1.4 + 1.2 = 4.0: the floors give 3; the one unit left goes to the largest fraction
    // (0.4, the first of a tie): 2 + 1 + 1.
    EXPECT_EQ(FigureFormat::wholeParts({1.4, 1.4, 1.2}), (QList<double>{2, 1, 1}));
    // Rounded one by one, 10.6 + 20.6 + 30.6 = 61.8 would print as 11 + 21 + 31 = 63 against a
    // total of 62. Whole parts: each within a unit of its value, adding up to 62.
    const QList<double> row{10.6, 20.6, 30.6};
    const QList<double> whole = FigureFormat::wholeParts(row);
    EXPECT_EQ(std::accumulate(whole.cbegin(), whole.cend(), 0.0), 62);
    for (qsizetype i = 0; i < row.size(); ++i)
        EXPECT_LT(std::abs(whole[i] - row[i]), 1) << i;
    EXPECT_EQ(FigureFormat::wholeParts({30100.7, 29600.2, 29600.4}),
              (QList<double>{30101, 29600, 29600})); // 89,301.3: one unit, to the 0.7
    EXPECT_EQ(FigureFormat::wholeParts({0.5, 0.5}), (QList<double>{1, 0}));   // 1 in all
    EXPECT_EQ(FigureFormat::wholeParts({7, 0, 3}), (QList<double>{7, 0, 3})); // whole already
    EXPECT_TRUE(FigureFormat::wholeParts({}).isEmpty());
}

TEST(FigureFormat, DatesAndMonthsReadOneWayEverywhere)
{
    const FigureFormat f(QStringLiteral("USD"), QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(f.date(QDate(2026, 11, 18)), QStringLiteral("18 Nov 2026"));
    EXPECT_EQ(f.date(QDate()), FigureFormat::dash());
    const MonthIndex nov2025 = *iso::parseMonth(QStringLiteral("2025-11"));
    const MonthIndex oct2026 = *iso::parseMonth(QStringLiteral("2026-10"));
    EXPECT_EQ(f.month(oct2026), QStringLiteral("Oct 2026"));
    EXPECT_EQ(f.monthRange(nov2025, oct2026), QStringLiteral("Nov 2025 – Oct 2026"));
    EXPECT_EQ(f.monthRange(oct2026, oct2026), QStringLiteral("Oct 2026"));
    EXPECT_EQ(
        f.dateRange(QDate(2026, 5, 23), QDate(2026, 11, 18)),
        QStringLiteral("23\u00A0May\u00A02026 – 18\u00A0Nov\u00A02026")); // no break in a date
    // A German reader gets German month names in the same order.
    const FigureFormat de(QStringLiteral("EUR"), QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(de.date(QDate(2026, 3, 5)), QStringLiteral("5 März 2026"));
    EXPECT_EQ(FigureFormat::spendCategoryLabel(SpendCategory::SalesComp),
              QStringLiteral("Sales compensation"));
}
