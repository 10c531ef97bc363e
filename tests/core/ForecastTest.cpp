// SPDX-License-Identifier: GPL-3.0-or-later
// "The number" (DESIGN section 4) on companies small enough to work out by hand, its null
// rules, fiscal quarters, and the company time zone end to end through the CLI.
#include "metrics/Forecast.h"
#include "domain/CompanyClock.h"
#include "domain/Settings.h"
#include "metrics/Snapshot.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace guardrail;

namespace {

EpochSeconds at(const char *text)
{
    return *iso::parseTimestamp(QString::fromLatin1(text));
}
EpochDay day(const char *text)
{
    return *iso::parseDate(QString::fromLatin1(text));
}
MonthIndex month(const char *text)
{
    return *iso::parseMonth(QString::fromLatin1(text));
}

// An opportunity of a channel: SQL on sql, then won or lost or still open, and its expected
// close date.
Lead deal(int channel, const char *sql, const char *won, const char *lost, double amount,
          const char *expected = nullptr)
{
    Lead l;
    l.channel = channel;
    l.createdAt = l.sqlAt = at(sql);
    l.wonAt = won ? at(won) : kNever;
    l.lostAt = lost ? at(lost) : kNever;
    l.amount = amount;
    l.expectedCloseAt = expected ? at(expected) : kNever;
    return l;
}

/*
 * As of 2026-02-10, fiscal year from January: quarter 2026-01-01..2026-03-31, month
 * 2026-02-01..2026-02-28. Funnel window 180 days: 2025-08-15..2026-02-10.
 * Targets: Jan 100,000, Feb 100,000, Mar 100,000 -> quarter 300,000, month 100,000.
 * Channel 0 "Inbound": won 2025-12-01 (20,000, before the quarter), won 2026-01-20 (50,000),
 *   won 2026-02-05 (30,000), lost 2026-01-10 -> 3 won, 1 lost in F: win rate 3/4 = 0.75.
 * Channel 1 "Outbound": lost 2026-01-15, lost 2026-02-01 -> win rate 0/2 = 0 (used as is).
 * Channel 2 "Events": no deal won or lost in F -> the company's rate, 3 / (3 + 3) = 0.5.
 * Open deals (SQL by A, neither won nor lost by A):
 *   Inbound  40,000 expected 2026-02-20 (due in month and quarter)
 *   Inbound  10,000 expected 2026-03-15 (due in quarter only)
 *   Outbound 60,000 expected 2026-02-25 (due in month and quarter, win rate 0)
 *   Events   20,000 expected 2026-03-31 (due in quarter, on its last day)
 *   Inbound  15,000 expected 2026-02-10 (A itself: slipped)
 *   Events    5,000 expected 2026-01-31 (slipped)
 *   Inbound   7,000 no expected date (undated)
 *   Outbound 90,000 expected 2026-04-02 (after the quarter: neither due nor slipped)
 *   Inbound  (no amount) expected 2026-02-15 (due, counted, adds no money)
 */
Snapshot company()
{
    Snapshot s;
    s.channels = {QStringLiteral("Inbound"), QStringLiteral("Outbound"), QStringLiteral("Events")};
    s.segments = {QStringLiteral("SMB")};
    s.targets = {
        {month("2026-01"), 100000}, {month("2026-02"), 100000}, {month("2026-03"), 100000}};
    s.leads = {
        deal(0, "2025-11-01", "2025-12-01", nullptr, 20000),
        deal(0, "2025-12-01", "2026-01-20", nullptr, 50000),
        deal(0, "2026-01-02", "2026-02-05", nullptr, 30000),
        deal(0, "2025-12-15", nullptr, "2026-01-10", 8000),
        deal(1, "2025-12-01", nullptr, "2026-01-15", 9000),
        deal(1, "2025-12-20", nullptr, "2026-02-01", 9000),
        deal(0, "2026-01-05", nullptr, nullptr, 40000, "2026-02-20"),
        deal(0, "2026-01-06", nullptr, nullptr, 10000, "2026-03-15"),
        deal(1, "2026-01-07", nullptr, nullptr, 60000, "2026-02-25"),
        deal(2, "2026-01-08", nullptr, nullptr, 20000, "2026-03-31"),
        deal(0, "2026-01-09", nullptr, nullptr, 15000, "2026-02-10"),
        deal(2, "2026-01-10", nullptr, nullptr, 5000, "2026-01-31"),
        deal(0, "2026-01-11", nullptr, nullptr, 7000),
        deal(1, "2026-01-12", nullptr, nullptr, 90000, "2026-04-02"),
        deal(0, "2026-01-13", nullptr, nullptr, NAN, "2026-02-15"),
    };
    return s;
}

} // namespace

TEST(Forecast, QuarterAndMonthByHand)
{
    const Snapshot s = company();
    const ForecastFigures f = Forecast::compute(s, Settings(), day("2026-02-10"));
    const PeriodForecast &q = f.quarter;
    EXPECT_EQ(q.start, day("2026-01-01"));
    EXPECT_EQ(q.end, day("2026-03-31"));
    EXPECT_DOUBLE_EQ(q.target.value(), 300000);
    EXPECT_DOUBLE_EQ(q.bookings, 80000); // 50,000 + 30,000 (Dec's win is before)
    EXPECT_DOUBLE_EQ(q.attainment.value(), 80000.0 / 300000);
    EXPECT_DOUBLE_EQ(q.remaining.value(), 220000); // 300,000 - 80,000
    EXPECT_EQ(q.dueCount, 5);                      // 40k, 10k, 60k, 20k and the one without
    EXPECT_DOUBLE_EQ(q.pipelineDue, 130000);       // 40,000 + 10,000 + 60,000 + 20,000
    EXPECT_DOUBLE_EQ(q.coverage.value(), 130000.0 / 220000); // 0.59 < 3: thin
    EXPECT_EQ(q.coverageStatus, CoverageStatus::Thin);
    // 80,000 + 0.75 x (40,000 + 10,000) + 0 x 60,000 + 0.5 x 20,000 = 127,500
    EXPECT_DOUBLE_EQ(q.forecast.value(), 127500);
    EXPECT_DOUBLE_EQ(q.forecastAttainment.value(), 127500.0 / 300000);
    // 80,000 over 41 days (Jan 1 .. Feb 10), over the quarter's 90 days
    EXPECT_DOUBLE_EQ(q.runRate.value(), 80000.0 / 41 * 90);

    const PeriodForecast &m = f.month;
    EXPECT_DOUBLE_EQ(m.target.value(), 100000);
    EXPECT_DOUBLE_EQ(m.bookings, 30000);
    EXPECT_EQ(m.dueCount, 3); // 40k, 60k and the one without amount
    EXPECT_DOUBLE_EQ(m.pipelineDue, 100000);
    EXPECT_DOUBLE_EQ(m.coverage.value(), 100000.0 / 70000);
    // 30,000 + 0.75 x 40,000 + 0 x 60,000 = 60,000
    EXPECT_DOUBLE_EQ(m.forecast.value(), 60000);
    EXPECT_DOUBLE_EQ(m.runRate.value(), 30000.0 / 10 * 28);

    EXPECT_EQ(f.slippedCount, 2); // due on A itself counts as slipped
    EXPECT_DOUBLE_EQ(f.slippedValue, 20000);
    EXPECT_EQ(f.undatedCount, 1);
    EXPECT_DOUBLE_EQ(f.undatedValue, 7000);
    ASSERT_EQ(f.slipped.size(), 2u);
    EXPECT_EQ(f.slipped[0], 11); // oldest expected date first: 2026-01-31, then 2026-02-10
    EXPECT_EQ(f.slipped[1], 10);
    EXPECT_EQ(f.winsWithoutAmount, 0);
}

TEST(Forecast, CoverageIsNullOnceTheTargetIsMetAndStatusFollowsTheSetting)
{
    Snapshot s = company();
    s.targets = {{month("2026-01"), 20000}, {month("2026-02"), 20000}, {month("2026-03"), 20000}};
    Settings settings;
    const ForecastFigures f = Forecast::compute(s, settings, day("2026-02-10"));
    EXPECT_DOUBLE_EQ(f.quarter.remaining.value(), -20000); // 60,000 - 80,000
    EXPECT_FALSE(f.quarter.coverage.has());
    EXPECT_EQ(f.quarter.coverage.reason(), QStringLiteral("target already met"));
    EXPECT_FALSE(f.quarter.coverageStatus.has_value());
    // Month: remaining 20,000 - 30,000 < 0 too.
    EXPECT_FALSE(f.month.coverage.has());

    s.targets = {{month("2026-01"), 100000}, {month("2026-02"), 50000}, {month("2026-03"), 100000}};
    settings.coverageTarget = 5;
    // Month: 100,000 due / (50,000 - 30,000) = 5 -> covered at exactly the target.
    const ForecastFigures g = Forecast::compute(s, settings, day("2026-02-10"));
    EXPECT_DOUBLE_EQ(g.month.coverage.value(), 5);
    EXPECT_EQ(g.month.coverageStatus, CoverageStatus::Covered);
}

TEST(Forecast, AMonthWithoutATargetLeavesThePeriodWithout)
{
    Snapshot s = company();
    s.targets.pop_back(); // no March
    const ForecastFigures f = Forecast::compute(s, Settings(), day("2026-02-10"));
    EXPECT_FALSE(f.quarter.target.has());
    EXPECT_EQ(f.quarter.target.reason(), QStringLiteral("no bookings target for 2026-03"));
    EXPECT_FALSE(f.quarter.attainment.has());
    EXPECT_FALSE(f.quarter.remaining.has());
    EXPECT_FALSE(f.quarter.coverage.has());
    EXPECT_FALSE(f.quarter.forecastAttainment.has());
    EXPECT_TRUE(f.quarter.forecast.has()); // the forecast needs no target
    EXPECT_DOUBLE_EQ(f.quarter.forecast.value(), 127500);
    EXPECT_TRUE(f.month.target.has()); // February has one
}

TEST(Forecast, NoWinRateAnywhereLeavesTheForecastWithout)
{
    Snapshot s;
    s.channels = {QStringLiteral("Inbound")};
    s.targets = {{month("2026-02"), 1000}};
    s.leads = {deal(0, "2026-01-05", nullptr, nullptr, 500, "2026-02-20"),
               deal(0, "2026-02-01", "2026-02-03", nullptr, NAN)};
    s.leads[1].sqlAt = kNever; // a win that was never an opportunity: in no win rate
    const ForecastFigures f = Forecast::compute(s, Settings(), day("2026-02-10"));
    EXPECT_FALSE(f.month.forecast.has());
    EXPECT_TRUE(f.month.forecast.reason().contains(QStringLiteral("Inbound")));
    EXPECT_FALSE(f.month.forecastAttainment.has());
    EXPECT_DOUBLE_EQ(f.month.bookings, 0); // the win has no amount
    EXPECT_EQ(f.winsWithoutAmount, 1);
}

TEST(Forecast, FiscalQuartersStartInTheFiscalYearsFirstMonth)
{
    // April start: Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar.
    EXPECT_EQ(Forecast::fiscalQuarter(day("2026-02-10"), 4),
              std::make_pair(day("2026-01-01"), day("2026-03-31")));
    EXPECT_EQ(Forecast::fiscalQuarter(day("2026-04-01"), 4),
              std::make_pair(day("2026-04-01"), day("2026-06-30")));
    // February start: Nov-Jan spans the year end.
    EXPECT_EQ(Forecast::fiscalQuarter(day("2026-01-15"), 2),
              std::make_pair(day("2025-11-01"), day("2026-01-31")));
    EXPECT_EQ(Forecast::fiscalQuarter(day("2025-12-31"), 2),
              std::make_pair(day("2025-11-01"), day("2026-01-31")));
    EXPECT_EQ(Forecast::fiscalQuarter(day("2026-02-01"), 2),
              std::make_pair(day("2026-02-01"), day("2026-04-30")));
    // December start: Dec-Feb (a leap February), Mar-May.
    EXPECT_EQ(Forecast::fiscalQuarter(day("2028-02-29"), 12),
              std::make_pair(day("2027-12-01"), day("2028-02-29")));
}

TEST(CompanyClock, NewYorkOffsetsAndTheHoursTheClocksSkipOrRepeat)
{
    const CompanyClock ny(QStringLiteral("America/New_York"));
    EXPECT_FALSE(ny.isUtc());
    EXPECT_EQ(ny.offsetAt(at("2026-01-15T12:00:00Z")), -5 * 3600);
    EXPECT_EQ(ny.offsetAt(at("2026-07-15T12:00:00Z")), -4 * 3600);
    // 8 pm on 31 March in New York is 00:00 UTC on 1 April: its date is 31 March.
    EXPECT_EQ(ny.dayOf(at("2026-04-01T00:00:00Z")), day("2026-03-31"));
    // Wall clock to instant: 2026-03-31 20:00 EDT = 2026-04-01 00:00 UTC.
    EXPECT_EQ(ny.utcOf(at("2026-03-31T20:00:00Z")), at("2026-04-01T00:00:00Z"));
    // 2026-03-08 02:30 does not exist (02:00 EST -> 03:00 EDT): read with the offset before,
    // -5 h, it is 07:30 UTC, which is 03:30 EDT.
    EXPECT_EQ(ny.utcOf(at("2026-03-08T02:30:00Z")), at("2026-03-08T07:30:00Z"));
    // 2026-11-01 01:30 happens twice (EDT, then EST): the first, 05:30 UTC.
    EXPECT_EQ(ny.utcOf(at("2026-11-01T01:30:00Z")), at("2026-11-01T05:30:00Z"));
    const CompanyClock utc;
    EXPECT_TRUE(utc.isUtc());
    EXPECT_EQ(utc.utcOf(at("2026-03-08T02:30:00Z")), at("2026-03-08T02:30:00Z"));
}

TEST(CompanyClock, TheSettingTakesOnlyKnownZones)
{
    Settings s;
    EXPECT_TRUE(s.set(QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")).isEmpty());
    EXPECT_EQ(s.timezone, QStringLiteral("Europe/Berlin"));
    EXPECT_FALSE(s.set(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("fiscal_year_start_month"), QStringLiteral("13")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("coverage_target"), QStringLiteral("0")).isEmpty());
    EXPECT_TRUE(s.set(QStringLiteral("target.win_rate"), QStringLiteral("40%")).isEmpty());
    EXPECT_DOUBLE_EQ(*s.targetWinRate, 0.4);
    EXPECT_TRUE(s.set(QStringLiteral("target.win_rate"), QStringLiteral("none")).isEmpty());
    EXPECT_FALSE(s.targetWinRate.has_value());
    EXPECT_EQ(Settings::fromMap(s.toMap()).timezone, QStringLiteral("Europe/Berlin"));
}
