// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Iso8601.h"

#include <gtest/gtest.h>

using namespace guardrail;

TEST(Iso8601, ParsesEveryTimestampLayoutOfTheDesign)
{
    // 2024-01-05 is day 19727 since 1970-01-01 (54 years incl. 13 leap days: 54*365+13 = 19723,
    // +4).
    const EpochSeconds midnight = EpochSeconds(19727) * 86400;
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05"), midnight);
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05T09:30"), midnight + 9 * 3600 + 30 * 60);
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05 09:30:15"), midnight + 9 * 3600 + 30 * 60 + 15);
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05T09:30:15Z"), midnight + 9 * 3600 + 30 * 60 + 15);
    // +02:00 means the UTC time is two hours earlier.
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05T09:30+02:00"), midnight + 7 * 3600 + 30 * 60);
    EXPECT_EQ(iso::parseTimestamp(u"2024-01-05T01:00-03:00"), midnight + 4 * 3600);
}

TEST(Iso8601, RefusesWhatIsNotIso)
{
    for (const char16_t *bad : {u"2024-1-05", u"05/01/2024", u"2024-02-30", u"2024-13-01",
                                u"2024-01-05T25:00", u"2024-01-05T09:30Q", u"", u"2024-01-05T"})
        EXPECT_FALSE(iso::parseTimestamp(QStringView(bad)).has_value())
            << QString::fromUtf16(bad).toStdString();
}

TEST(Iso8601, MonthsAndDaysRoundTrip)
{
    EXPECT_EQ(iso::parseMonth(u"2024-02"), 2024 * 12 + 1);
    EXPECT_EQ(iso::formatMonth(2024 * 12 + 1), QStringLiteral("2024-02"));
    EXPECT_EQ(iso::lastDayOfMonth(2024 * 12 + 1), iso::fromDate(QDate(2024, 2, 29))); // leap year
    EXPECT_EQ(iso::toDate(iso::fromDate(QDate(1999, 12, 31))), QDate(1999, 12, 31));
    EXPECT_EQ(iso::dayOf(-1), -1); // one second before the epoch is on 1969-12-31
    EXPECT_EQ(iso::formatTimestamp(EpochSeconds(19727) * 86400), QStringLiteral("2024-01-05"));
    EXPECT_EQ(iso::formatTimestamp(EpochSeconds(19727) * 86400 + 61),
              QStringLiteral("2024-01-05T00:01:01Z"));
}
