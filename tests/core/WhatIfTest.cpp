// SPDX-License-Identifier: GPL-3.0-or-later
// What-if scenarios (DESIGN section 4) on a company small enough to work out by hand.
#include "metrics/WhatIf.h"
#include "domain/Settings.h"
#include "metrics/Snapshot.h"
#include "metrics/WhatIfRecord.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

MonthIndex month(const char *text)
{
    return *iso::parseMonth(QString::fromLatin1(text));
}

Lead win(int channel, const char *when, double amount)
{
    Lead l;
    l.channel = channel;
    l.createdAt = l.sqlAt = l.wonAt = *iso::parseTimestamp(QString::fromLatin1(when));
    l.amount = amount;
    return l;
}

/*
 * As of 2024-04-15 with a 3-month unit window: U = 2024-01..2024-03. Channels 0 Paid, 1 Events.
 * Spend (marketing): Paid 3,000 in each month of U (9,000); Events 600 in January; shared 900 in
 * February, split by new customers. Paid wins three deals of 1,200 (January, February, March),
 * each paying 100 a month from then on. With eventsWins, Events wins one of 600 in February.
 */
Snapshot company(bool eventsWins)
{
    Snapshot s;
    s.channels = {QStringLiteral("Paid"), QStringLiteral("Events")};
    s.channelPaused = {false, false};
    s.segments = {QStringLiteral("SMB")};
    s.leads = {win(0, "2024-01-10", 1200), win(0, "2024-02-10", 1200), win(0, "2024-03-10", 1200)};
    if (eventsWins)
        s.leads.push_back(win(1, "2024-02-12", 600));
    for (int i = 0; i < int(s.leads.size()); ++i)
        for (MonthIndex m = iso::monthOfDay(iso::dayOf(s.leads[i].wonAt)); m <= month("2024-03");
             ++m)
            s.revenue.push_back(RevenueRow{i, m, i == 3 ? 50.0 : 100.0});
    for (const char *m : {"2024-01", "2024-02", "2024-03"})
        s.spend.push_back(SpendRow{month(m), 0, -1, SpendCategory::Marketing, 3000});
    s.spend.push_back(SpendRow{month("2024-01"), 1, -1, SpendCategory::Marketing, 600});
    s.spend.push_back(SpendRow{month("2024-02"), -1, -1, SpendCategory::Marketing, 900});
    return s;
}

Settings threeMonths()
{
    Settings s;
    s.unitWindowMonths = 3;
    return s;
}

const QDate kAsOf(2024, 4, 15);

} // namespace

TEST(WhatIf, PausingTheOnlyChannelWithCustomersLeavesNoCompanyCac)
{
    const WhatIf::Result r =
        WhatIf::pause(company(false), threeMonths(), kAsOf, QStringLiteral("paid"));
    ASSERT_TRUE(r.refusal.isEmpty()) << r.refusal.toStdString();
    // Before: the shared 900 goes to Paid (3 of 3 new customers): 9,000 + 900 = 9,900, CAC 3,300;
    // Events 600 with no customer. Company 10,500 over 3 = 3,500.
    EXPECT_DOUBLE_EQ(r.before.cost, 10500);
    EXPECT_DOUBLE_EQ(r.before.cac.value(), 3500);
    EXPECT_DOUBLE_EQ(r.before.channels[1].cost, 9900); // channels by name: Events, Paid
    // After: Paid's own 9,000 leaves; no channel has new customers, so the shared 900 reaches
    // none but still counts: company cost 1,500, no new customer, no CAC.
    EXPECT_DOUBLE_EQ(r.after.cost, 1500);
    EXPECT_DOUBLE_EQ(r.after.newCustomers, 0);
    EXPECT_FALSE(r.after.cac.has());
    ASSERT_EQ(r.after.channels.size(), 1); // Paid is left out
    EXPECT_EQ(r.after.channels[0].name, QStringLiteral("Events"));
    EXPECT_DOUBLE_EQ(r.after.channels[0].cost, 600);
    EXPECT_EQ(r.after.channels[0].status, GuardrailStatus::NoCustomers);
    EXPECT_DOUBLE_EQ(*r.monthlySpendSaved, 3000);    // 9,000 / 3
    EXPECT_DOUBLE_EQ(*r.monthlyNewCustomersLost, 1); // 3 / 3
    EXPECT_DOUBLE_EQ(*r.monthlyBookingsLost, 1200);  // 3 x 1,200 / 3
    // The company's gross profit is unchanged (its customers keep paying): acquisition % of GP
    // falls in proportion to the cost, 10,500 -> 1,500.
    EXPECT_DOUBLE_EQ(r.after.acquisitionPctGp.value() / r.before.acquisitionPctGp.value(),
                     1500.0 / 10500);
}

TEST(WhatIf, AShiftMovesCustomersAtEachChannelsCac)
{
    const WhatIf::Result r = WhatIf::shift(company(true), threeMonths(), kAsOf, 100,
                                           QStringLiteral("Paid"), QStringLiteral("Events"));
    ASSERT_TRUE(r.refusal.isEmpty()) << r.refusal.toStdString();
    // Before: shared 900 by new customers, Paid 3 of 4 = 675, Events 225. Paid 9,675 / 3 = 3,225;
    // Events 825 / 1 = 825. Moved = 100 x 3 = 300.
    const WhatIf::Channel &events = r.after.channels[0], &paid = r.after.channels[1];
    EXPECT_DOUBLE_EQ(paid.cost, 9675 - 300);
    EXPECT_DOUBLE_EQ(events.cost, 825 + 300);
    EXPECT_DOUBLE_EQ(paid.newCustomers, 3 - 300.0 / 3225);
    EXPECT_DOUBLE_EQ(events.newCustomers, 1 + 300.0 / 825);
    EXPECT_DOUBLE_EQ(paid.cac.value(), 3225); // each keeps its CAC
    EXPECT_EQ(paid.status, r.before.channels[1].status);
    // Company cost unchanged; CAC' = 10,500 / (4 - 300/3225 + 300/825).
    EXPECT_DOUBLE_EQ(r.after.cost, 10500);
    EXPECT_DOUBLE_EQ(r.after.cac.value(), 10500 / (4 - 300.0 / 3225 + 300.0 / 825));
    EXPECT_FALSE(r.monthlySpendSaved.has_value());
}

TEST(WhatIf, ImpossibleShiftsAreRefusedWithTheReason)
{
    const Snapshot s = company(false);
    // 4,000 a month is 12,000 over U: more than Paid's 9,900.
    const WhatIf::Result tooMuch = WhatIf::shift(company(true), threeMonths(), kAsOf, 4000,
                                                 QStringLiteral("Paid"), QStringLiteral("Events"));
    EXPECT_TRUE(tooMuch.refusal.contains(QStringLiteral("more than Paid spends")))
        << tooMuch.refusal.toStdString();
    // Events has no CAC (no new customers): customers cannot be moved at its CAC.
    const WhatIf::Result noCac = WhatIf::shift(s, threeMonths(), kAsOf, 100, QStringLiteral("Paid"),
                                               QStringLiteral("Events"));
    EXPECT_TRUE(noCac.refusal.contains(QStringLiteral("Events has no CAC")))
        << noCac.refusal.toStdString();
    EXPECT_FALSE(
        WhatIf::shift(s, threeMonths(), kAsOf, 100, QStringLiteral("Paid"), QStringLiteral("PAID"))
            .refusal.isEmpty());
    EXPECT_TRUE(WhatIf::pause(s, threeMonths(), kAsOf, QStringLiteral("Radio"))
                    .refusal.contains(QStringLiteral("no channel is named")));
}

namespace {

void expectSameFigure(const Figure &a, const Figure &b, const char *what)
{
    ASSERT_EQ(a.has(), b.has()) << what;
    if (a.has())
        EXPECT_DOUBLE_EQ(a.value(), b.value()) << what; // JSON keeps a double bit for bit
    else
        EXPECT_EQ(a.reason(), b.reason()) << what;
}

void expectSameSide(const WhatIf::Side &a, const WhatIf::Side &b)
{
    expectSameFigure(a.cac, b.cac, "cac");
    expectSameFigure(a.acquisitionPctGp, b.acquisitionPctGp, "acquisition_pct_gp");
    EXPECT_DOUBLE_EQ(a.newCustomers, b.newCustomers);
    EXPECT_DOUBLE_EQ(a.cost, b.cost);
    ASSERT_EQ(a.channels.size(), b.channels.size());
    for (qsizetype i = 0; i < a.channels.size(); ++i) {
        const WhatIf::Channel &x = a.channels[i], &y = b.channels[i];
        EXPECT_EQ(x.name, y.name);
        EXPECT_DOUBLE_EQ(x.cost, y.cost);
        EXPECT_DOUBLE_EQ(x.newCustomers, y.newCustomers);
        expectSameFigure(x.cac, y.cac, "channel cac");
        expectSameFigure(x.cacPctGp, y.cacPctGp, "channel cac_pct_gp");
        EXPECT_EQ(x.status, y.status) << x.name.toStdString();
    }
}

// A decision's figures_json as DecisionDialog::log writes it: the headline figures and the
// scenario under "whatif".
QString figuresWith(const WhatIf::Result &r, int months)
{
    QJsonObject figures{{QStringLiteral("company.cac"), 3500.0}};
    figures.insert(WhatIfRecord::key(), WhatIfRecord::toJson(r, months));
    return QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
}

} // namespace

TEST(WhatIfRecord, AScenarioKeptWithADecisionReadsBackExactly)
{
    // The pause leaves company CAC null (no new customer): its reason must come back too.
    const WhatIf::Result pause =
        WhatIf::pause(company(false), threeMonths(), kAsOf, QStringLiteral("Paid"));
    const WhatIf::Result shift = WhatIf::shift(company(true), threeMonths(), kAsOf, 500,
                                               QStringLiteral("Paid"), QStringLiteral("Events"));
    for (const WhatIf::Result *r : {&pause, &shift}) {
        ASSERT_TRUE(r->refusal.isEmpty()) << r->refusal.toStdString();
        const std::optional<WhatIfRecord> back = WhatIfRecord::read(figuresWith(*r, 3));
        ASSERT_TRUE(back.has_value()) << r->scenario.toStdString();
        EXPECT_EQ(back->unitWindowMonths, 3);
        const WhatIf::Result &b = back->scenario;
        EXPECT_EQ(b.scenario, r->scenario);
        EXPECT_EQ(b.assumption, r->assumption);
        expectSameSide(b.before, r->before);
        expectSameSide(b.after, r->after);
        EXPECT_EQ(b.monthlySpendSaved, r->monthlySpendSaved);
        EXPECT_EQ(b.monthlyNewCustomersLost, r->monthlyNewCustomersLost);
        EXPECT_EQ(b.monthlyBookingsLost, r->monthlyBookingsLost);
    }
    EXPECT_FALSE(pause.after.cac.has());
    // The pause saves Paid's own 9,000 over 3 months: 3,000 a month.
    EXPECT_EQ(WhatIfRecord::read(figuresWith(pause, 3))->scenario.monthlySpendSaved, 3000);
    EXPECT_FALSE(WhatIfRecord::read(figuresWith(shift, 3))->scenario.monthlySpendSaved);
}

TEST(WhatIfRecord, FiguresWithoutAScenarioHoldNone)
{
    EXPECT_FALSE(WhatIfRecord::read(QStringLiteral("{\"company.cac\":3500}")));
    EXPECT_FALSE(WhatIfRecord::read(QString()));
    EXPECT_FALSE(WhatIfRecord::read(QStringLiteral("not json")));
    EXPECT_FALSE(WhatIfRecord::read(QStringLiteral("{\"whatif\":{\"scenario\":\"x\"}}")));
    // A record without its unit window cannot say "a month": not read rather than guessed.
    QJsonObject record = WhatIfRecord::toJson(
        WhatIf::pause(company(false), threeMonths(), kAsOf, QStringLiteral("Paid")), 3);
    record.remove(QStringLiteral("unit_window_months"));
    EXPECT_FALSE(WhatIfRecord::fromJson(record));
}
