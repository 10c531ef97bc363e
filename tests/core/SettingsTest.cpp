// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Settings.h"

#include <gtest/gtest.h>

using namespace guardrail;

TEST(Settings, DefaultsAreTheDesignsDefaults)
{
    const Settings s;
    EXPECT_EQ(s.guardrailPct, 0.18);
    EXPECT_EQ(s.unitWindowMonths, 12);
    EXPECT_EQ(s.funnelWindowDays, 180);
    EXPECT_EQ(s.paybackTargetOf(QStringLiteral("Enterprise")), 24);
    EXPECT_EQ(s.paybackTargetOf(QStringLiteral("SMB")), 18);
    EXPECT_EQ(s.grossMarginOf(QStringLiteral("SMB")), 0.70);
    EXPECT_EQ(s.assumedAnnualChurnOf(QStringLiteral("SMB")), 0.10);
}

TEST(Settings, RefusesValuesOutOfRange)
{
    Settings s;
    EXPECT_FALSE(s.set(QStringLiteral("guardrail_pct"), QStringLiteral("1.5")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("guardrail_pct"), QStringLiteral("0")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("unit_window_months"), QStringLiteral("-3")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("funnel_window_days"), QStringLiteral("ten")).isEmpty());
    EXPECT_FALSE(
        s.set(QStringLiteral("cac_categories"), QStringLiteral("marketing,travel")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("no_such_key"), QStringLiteral("1")).isEmpty());
    EXPECT_FALSE(s.set(QStringLiteral("guardrail_pct"), QStringLiteral("150%")).isEmpty());
    EXPECT_EQ(s.guardrailPct, 0.18); // a refused value changes nothing
    EXPECT_EQ(s.unitWindowMonths, 12);
    // A percentage is read as the fraction it names, and reads back as a fraction.
    EXPECT_EQ(s.set(QStringLiteral("guardrail_pct"), QStringLiteral(" 20% ")), QString());
    EXPECT_DOUBLE_EQ(s.guardrailPct, 0.2);
    EXPECT_EQ(s.value(QStringLiteral("guardrail_pct")), QStringLiteral("0.2"));
}

TEST(Settings, SegmentKeysMatchAnyCaseAndRoundTrip)
{
    Settings s;
    ASSERT_TRUE(
        s.set(QStringLiteral("segment.Mid-market.gross_margin"), QStringLiteral("0.68")).isEmpty());
    ASSERT_TRUE(
        s.set(QStringLiteral("cac_categories"), QStringLiteral("marketing,sales_comp")).isEmpty());
    EXPECT_EQ(s.grossMarginOf(QStringLiteral("MID-MARKET")), 0.68);
    const Settings back = Settings::fromMap(s.toMap());
    EXPECT_EQ(back.grossMarginOf(QStringLiteral("mid-market")), 0.68);
    EXPECT_TRUE(back.cacCategories[0] && back.cacCategories[1] && !back.cacCategories[4]);
    EXPECT_EQ(back.toMap().value(QStringLiteral("segment.Mid-market.gross_margin")),
              QStringLiteral("0.68"));
}

TEST(Settings, SegmentKeysFoldUnicodeCaseFully)
{
    // Full case folding: "Straße" and "STRASSE" are one name ("strasse"), "Événements" and
    // "événements" another; ASCII lower-casing alone missed both.
    Settings s;
    ASSERT_TRUE(
        s.set(QStringLiteral("segment.Straße.gross_margin"), QStringLiteral("0.61")).isEmpty());
    ASSERT_TRUE(
        s.set(QStringLiteral("segment.Événements.gross_margin"), QStringLiteral("0.55")).isEmpty());
    EXPECT_EQ(s.grossMarginOf(QStringLiteral("STRASSE")), 0.61);
    EXPECT_EQ(s.grossMarginOf(QStringLiteral("événements")), 0.55);
    EXPECT_EQ(s.grossMarginOf(QStringLiteral("Strase")), s.defaultGrossMargin); // not a near miss
    EXPECT_EQ(Settings::fromMap(s.toMap()).grossMarginOf(QStringLiteral("ÉVÉNEMENTS")), 0.55);
}
