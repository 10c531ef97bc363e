// SPDX-License-Identifier: GPL-3.0-or-later
// Win/loss gap analysis (DESIGN section 4) worked by hand: a group with no losses, an empty
// reason, ties among reasons, groups without a value.
#include "metrics/WinLoss.h"
#include "domain/Settings.h"
#include "domain/TextKey.h"
#include "metrics/Snapshot.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace guardrail;

namespace {

EpochSeconds at(const char *text)
{
    return *iso::parseTimestamp(QString::fromLatin1(text));
}

Lead closed(int channel, const char *sql, const char *won, const char *lost, double amount,
            int reason = -1)
{
    Lead l;
    l.channel = channel;
    l.createdAt = l.sqlAt = at(sql);
    l.wonAt = won ? at(won) : kNever;
    l.lostAt = lost ? at(lost) : kNever;
    l.amount = amount;
    l.lostReason = reason;
    return l;
}

/*
 * As of 2026-02-10, funnel window 180 days (2025-08-15..2026-02-10); target win rate 0.5.
 * Inbound (owner Maya, ICP yes): won 2026-01-11 (SQL 2026-01-01, 10 days, 100) and 2026-01-21
 *   (SQL 2026-01-01, 20 days, 300); no loss.
 * Outbound (owner Tom, ICP unknown): lost three, reasons Timing, Price and none given; and one
 *   won back in 2025-06 (before F: in no set).
 * Company: 2 won, 3 lost: win rate 0.4.
 */
Snapshot company()
{
    Snapshot s;
    s.channels = {QStringLiteral("Outbound"), QStringLiteral("Inbound")};
    s.segments = {QStringLiteral("SMB")};
    s.owners = {QStringLiteral("Tom"), QStringLiteral("Maya")};
    s.lostReasons = {QStringLiteral("Timing"), QStringLiteral("Price")};
    s.leads = {closed(1, "2026-01-01", "2026-01-11", nullptr, 100),
               closed(1, "2026-01-01", "2026-01-21", nullptr, 300),
               closed(0, "2025-12-01", nullptr, "2026-01-05", 50, 0),
               closed(0, "2025-12-01", nullptr, "2026-01-06", 50, 1),
               closed(0, "2025-12-01", nullptr, "2026-01-07", 50, -1),
               closed(0, "2025-05-01", "2025-06-01", nullptr, 999)};
    for (Lead &l : s.leads) {
        l.owner = l.channel == 1 ? 1 : 0;
        l.icpMatch = l.channel == 1 ? 1 : -1;
    }
    return s;
}

} // namespace

TEST(WinLoss, GroupsWorkedByHand)
{
    Settings settings;
    settings.targetWinRate = 0.5;
    const WinLossFigures f =
        WinLoss::compute(company(), settings, *iso::parseDate(QStringLiteral("2026-02-10")));
    EXPECT_DOUBLE_EQ(f.companyWinRate.value(), 0.4); // 2 / (2 + 3)
    ASSERT_EQ(f.byChannel.size(), 2);
    const auto &in = f.byChannel[0], &out = f.byChannel[1]; // by folded name
    EXPECT_EQ(in.name, QStringLiteral("Inbound"));
    EXPECT_EQ(in.won, 2);
    EXPECT_EQ(in.lost, 0);
    EXPECT_DOUBLE_EQ(in.winRate.value(), 1);
    EXPECT_DOUBLE_EQ(in.gapToTarget.value(), -0.5);   // 0.5 - 1
    EXPECT_DOUBLE_EQ(in.vsCompany.value(), 0.6);      // 1 - 0.4
    EXPECT_DOUBLE_EQ(in.avgDealSize.value(), 200);    // (100 + 300) / 2
    EXPECT_DOUBLE_EQ(in.timeToCloseDays.value(), 15); // (10 + 20) / 2
    EXPECT_TRUE(in.topLostReasons.isEmpty());         // no losses: no reasons
    EXPECT_EQ(out.won, 0);
    EXPECT_EQ(out.lost, 3);
    EXPECT_DOUBLE_EQ(out.winRate.value(), 0);
    EXPECT_NEAR(out.vsCompany.value(), -0.4, 1e-12);
    EXPECT_FALSE(out.avgDealSize.has());
    EXPECT_FALSE(out.timeToCloseDays.has());
    // Ties (one each) by name, code point by code point after case folding: "(" first.
    ASSERT_EQ(out.topLostReasons.size(), 3);
    EXPECT_EQ(out.topLostReasons[0].reason, QStringLiteral("(none given)"));
    EXPECT_EQ(out.topLostReasons[1].reason, QStringLiteral("Price"));
    EXPECT_EQ(out.topLostReasons[2].reason, QStringLiteral("Timing"));
    ASSERT_EQ(f.reasons.size(), 3);
    EXPECT_DOUBLE_EQ(f.reasons[0].share, 1.0 / 3);
    ASSERT_EQ(f.byOwner.size(), 2);
    EXPECT_EQ(f.byOwner[0].name, QStringLiteral("Maya"));
    ASSERT_EQ(f.byIcpMatch.size(), 2);
    EXPECT_EQ(f.byIcpMatch[0].name, QStringLiteral("Unknown"));
    EXPECT_EQ(f.byIcpMatch[1].name, QStringLiteral("yes"));
    ASSERT_EQ(f.byOffer.size(), 1); // no offer anywhere: one Unknown group of all five
    EXPECT_EQ(f.byOffer[0].won + f.byOffer[0].lost, 5);
    EXPECT_EQ(out.deals.size(), 3u);
}

TEST(WinLoss, WithoutATargetTheGapHasNoValue)
{
    const WinLossFigures f =
        WinLoss::compute(company(), Settings(), *iso::parseDate(QStringLiteral("2026-02-10")));
    EXPECT_FALSE(f.targetWinRate.has_value());
    EXPECT_FALSE(f.byChannel[0].gapToTarget.has());
    EXPECT_TRUE(f.byChannel[0].vsCompany.has());
}

TEST(WinLoss, AnOwnerNamedUnknownIsNotMergedWithDealsThatHaveNone)
{
    // Tom is renamed "UNKNOWN" (a CRM's own placeholder rep); Maya's two wins lose their owner.
    // Two groups: "UNKNOWN" with Tom's three losses, and the deals without an owner under a
    // name of their own, never a second "Unknown" row.
    Snapshot s = company();
    s.owners = {QStringLiteral("UNKNOWN")};
    for (Lead &l : s.leads)
        l.owner = l.channel == 1 ? -1 : 0;
    const WinLossFigures f =
        WinLoss::compute(s, Settings{}, *iso::parseDate(QStringLiteral("2026-02-10")));
    ASSERT_EQ(f.byOwner.size(), 2);
    EXPECT_EQ(f.byOwner[0].name, QStringLiteral("UNKNOWN"));
    EXPECT_EQ(f.byOwner[0].lost, 3);
    EXPECT_EQ(f.byOwner[1].name, QStringLiteral("Unknown (not given)"));
    EXPECT_EQ(f.byOwner[1].won, 2);
    EXPECT_EQ(noValueGroupName({QStringLiteral("Maya")}), QStringLiteral("Unknown"));
    EXPECT_EQ(noValueGroupName({QStringLiteral(" unknown ")}),
              QStringLiteral("Unknown (not given)")); // names compare trimmed and folded
}
