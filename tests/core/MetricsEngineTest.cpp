// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsEngine.h"
#include "domain/Settings.h"
#include "metrics/Brief.h"
#include "metrics/CohortRetention.h"
#include "metrics/DrillDown.h"
#include "metrics/LeadPlanner.h"
#include "metrics/MetricPath.h"
#include "metrics/MetricsJson.h"
#include "metrics/SlaCompliance.h"
#include "metrics/Snapshot.h"

#include "domain/Decision.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace guardrail;

namespace {

EpochSeconds at(const char *text)
{
    return *iso::parseTimestamp(QString::fromLatin1(text));
}
MonthIndex month(const char *text)
{
    return *iso::parseMonth(QString::fromLatin1(text));
}

Lead lead(int channel, const char *created, const char *mql = nullptr, const char *sql = nullptr,
          const char *won = nullptr, const char *lost = nullptr, double amount = NAN,
          const char *response = nullptr)
{
    Lead l;
    l.channel = channel;
    l.segment = 0;
    l.createdAt = at(created);
    l.mqlAt = mql ? at(mql) : kNever;
    l.sqlAt = sql ? at(sql) : kNever;
    l.wonAt = won ? at(won) : kNever;
    l.lostAt = lost ? at(lost) : kNever;
    l.amount = amount;
    l.firstResponseAt = response ? at(response) : kNever;
    return l;
}

/*
 * A company small enough to work out by hand. As of 2024-07-15, unit window 3 months
 * (U = 2024-04..2024-06), funnel window 30 days (F = 2024-06-16..2024-07-15).
 * Channels: 0 Paid, 1 Organic; one segment SMB (default margin 0.7).
 *   L0 Paid   won 2024-04-10, mrr 100 in Apr, May, Jun
 *   L1 Paid   won 2024-05-20, mrr 200 in May only (churns in June)
 *   L2 Organic won 2024-02-01, mrr 50 Feb..Jun
 *   L3..L8 exercise the funnel (see FunnelAndKpis).
 * Spend (marketing): Paid 1000 Apr, 500 May, 500 Jun; shared 300 in May.
 */
Snapshot handCompany()
{
    Snapshot s;
    s.channels = {QStringLiteral("Organic"), QStringLiteral("Paid")};
    s.channelPaused = {false, false};
    s.segments = {QStringLiteral("SMB")};
    const int paid = 1, organic = 0;
    s.leads = {
        lead(paid, "2024-03-01", nullptr, nullptr, "2024-04-10"),
        lead(paid, "2024-03-05", nullptr, nullptr, "2024-05-20"),
        lead(organic, "2024-01-01", nullptr, nullptr, "2024-02-01"),
        lead(paid, "2024-06-20", "2024-06-21T10:00Z", "2024-06-25", "2024-07-05", nullptr, 1200,
             "2024-06-22T09:00Z"),
        lead(paid, "2024-06-20", "2024-06-22", "2024-06-26", nullptr, "2024-07-01", 3000,
             "2024-06-23T01:00Z"),
        lead(organic, "2024-07-01", "2024-07-15T12:00Z"),
        lead(organic, "2024-07-10"),
        lead(organic, "2024-06-01", "2024-06-17", "2024-06-30", nullptr, nullptr, 5000),
        lead(organic, "2024-07-20", "2024-07-21"), // after the as-of date: never counted
    };
    for (const char *m : {"2024-04", "2024-05", "2024-06"})
        s.revenue.push_back({0, month(m), 100});
    s.revenue.push_back({1, month("2024-05"), 200});
    for (const char *m : {"2024-02", "2024-03", "2024-04", "2024-05", "2024-06"})
        s.revenue.push_back({2, month(m), 50});
    s.spend = {{month("2024-04"), paid, -1, SpendCategory::Marketing, 1000},
               {month("2024-05"), paid, -1, SpendCategory::Marketing, 500},
               {month("2024-06"), paid, -1, SpendCategory::Marketing, 500},
               {month("2024-05"), -1, -1, SpendCategory::Marketing, 300}};
    return s;
}

Settings handSettings()
{
    Settings s;
    s.unitWindowMonths = 3;
    s.funnelWindowDays = 30;
    return s;
}

const ChannelFigures &channel(const Metrics &m, const char *name)
{
    return *std::find_if(m.channels.cbegin(), m.channels.cend(),
                         [&](const ChannelFigures &c) { return c.name == QLatin1String(name); });
}

const QDate kAsOf(2024, 7, 15);

} // namespace

TEST(MetricsEngine, WindowsFollowTheAsOfDate)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    EXPECT_EQ(iso::formatMonth(m.unitStart), QStringLiteral("2024-04"));
    EXPECT_EQ(iso::formatMonth(m.unitEnd), QStringLiteral("2024-06"));
    EXPECT_EQ(iso::formatDate(m.funnelStart), QStringLiteral("2024-06-16")); // 15 Jul - 30 + 1
    // On the last day of a month, that month closes the unit window.
    const Metrics endOfMonth =
        MetricsEngine::compute(handCompany(), handSettings(), QDate(2024, 6, 30));
    EXPECT_EQ(iso::formatMonth(endOfMonth.unitEnd), QStringLiteral("2024-06"));
}

TEST(MetricsEngine, ChannelUnitEconomicsByHand)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    const ChannelFigures &paid = channel(m, "Paid");
    // New customers in U: L0 (Apr), L1 (May). Cost 1000+500+500 own + all 300 shared (only
    // Paid has spend or customers, so its share is 1) = 2300. CAC 2300 / 2 = 1150.
    EXPECT_EQ(paid.unit.newCustomers, 2);
    EXPECT_DOUBLE_EQ(paid.unit.cost, 2300);
    EXPECT_DOUBLE_EQ(paid.unit.cac.value(), 1150);
    // ARPA: (100*3 + 200) / 4 active customer-months = 125.
    EXPECT_DOUBLE_EQ(paid.unit.arpa.value(), 125);
    // Churn: active the month before Apr/May/Jun = 0 + 1 + 2 = 3; churned: L1 in June = 1.
    EXPECT_DOUBLE_EQ(paid.unit.monthlyChurn.value(), 1.0 / 3);
    EXPECT_DOUBLE_EQ(paid.unit.lifetimeMonths.value(), 3);
    // LTV = 125 * 0.7 * 3 = 262.5; LTV/CAC = 262.5 / 1150; payback = 1150 / (125 * 0.7).
    EXPECT_DOUBLE_EQ(paid.unit.ltv.value(), 262.5);
    EXPECT_DOUBLE_EQ(paid.unit.ltvCac.value(), 262.5 / 1150);
    EXPECT_DOUBLE_EQ(paid.unit.paybackMonths.value(), 1150 / 87.5);
    // Guardrail on the lifetime basis: 1150 / 262.5 = 4.38 > 0.18: breach.
    EXPECT_DOUBLE_EQ(paid.cacPctGp.value(), 1150 / 262.5);
    EXPECT_EQ(paid.status, GuardrailStatus::Breach);
    EXPECT_DOUBLE_EQ(paid.maxCac.value(), 0.18 * 262.5);                  // 47.25
    EXPECT_DOUBLE_EQ(paid.headroom.value(), 0.18 * 262.5 - 1150);         // -1102.75
    EXPECT_DOUBLE_EQ(paid.maxMonthlySpend.value(), 0.18 * 262.5 * 2 / 3); // 31.5
    // One month back (U = Mar..May): 2 new, cost 1800, CAC 900; ARPA 400/3, churn 0/1 -> lifetime
    // 60, LTV 133.33*0.7*60 = 5600; 900/5600 = 16.07% < 16.2% (near line): inside. So 1 month.
    EXPECT_EQ(paid.monthsInBreach, 1);
    EXPECT_EQ(m.closestToLine, QStringLiteral("Paid"));
}

TEST(MetricsEngine, ChannelWithoutSpendOrCustomersHasNoData)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    const ChannelFigures &organic = channel(m, "Organic");
    EXPECT_EQ(organic.status, GuardrailStatus::NoData);
    EXPECT_FALSE(organic.unit.cac.has());
    EXPECT_FALSE(organic.cacPctGp.has());
    EXPECT_EQ(organic.monthsInBreach, 0);
    // Its customer L2 still has an LTV: ARPA 150/3 = 50, no churn -> cap 60: 50 * 0.7 * 60.
    EXPECT_DOUBLE_EQ(organic.unit.ltv.value(), 2100);
    EXPECT_EQ(organic.unit.ltvCac.reason(), QStringLiteral("no new customers in the unit window"));
}

TEST(MetricsEngine, CompanyAndSegmentByHand)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    const UnitFigures &c = m.company.unit;
    EXPECT_DOUBLE_EQ(c.cac.value(), 1150);                // 2300 / 2
    EXPECT_DOUBLE_EQ(c.arpa.value(), 650.0 / 7);          // (500 + 150) / (4 + 3)
    EXPECT_DOUBLE_EQ(c.monthlyChurn.value(), 1.0 / 6);    // 1 / (3 + 3)
    EXPECT_DOUBLE_EQ(c.ltv.value(), 650.0 / 7 * 0.7 * 6); // 390
    EXPECT_DOUBLE_EQ(m.company.grossProfit.value(), 650 * 0.7);
    EXPECT_DOUBLE_EQ(m.company.acquisitionPctGp.value(), 2300 / (650 * 0.7));
    ASSERT_EQ(m.segments.size(), 1);
    EXPECT_DOUBLE_EQ(m.segments[0].unit.cost, 2300);
    EXPECT_DOUBLE_EQ(m.segments[0].unit.ltv.value(), 390);
    EXPECT_FALSE(m.segments[0].unit.fromAssumption);
}

TEST(MetricsEngine, FunnelAndKpisByHand)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    const FunnelFigures &f = m.funnel;
    // Created in F: L3, L4, L5, L6 (L7 before F, L8 after A); with an MQL by A: L3, L4, L5.
    EXPECT_DOUBLE_EQ(f.stages[0].rate.value(), 0.75);
    // MQL in F: L3, L4, L5, L7; SQL by A: L3, L4, L7.
    EXPECT_DOUBLE_EQ(f.stages[1].rate.value(), 0.75);
    // SQL in F: L3, L4, L7; won by A: L3.
    EXPECT_DOUBLE_EQ(f.stages[2].rate.value(), 1.0 / 3);
    // Active in March (month before U): L2; still active in June: 1 / 1.
    EXPECT_DOUBLE_EQ(f.stages[3].rate.value(), 1.0);
    EXPECT_DOUBLE_EQ(f.stages[2].gap.value(), 0.35 - 1.0 / 3);
    // rate/target: 7.5, 2.5, 0.952, 1.11 -> SQL->Customer is the constraint.
    EXPECT_EQ(f.constraint, 2);
    const Kpis &k = f.kpis;
    EXPECT_DOUBLE_EQ(k.winRate.value(), 0.5);        // L3 won, L4 lost
    EXPECT_DOUBLE_EQ(k.avgDealSize.value(), 1200);   // L3
    EXPECT_DOUBLE_EQ(k.timeToCloseDays.value(), 10); // 25 Jun -> 5 Jul
    EXPECT_DOUBLE_EQ(k.timeToCloseMedianDays.value(), 10);
    EXPECT_EQ(k.openOpportunities, 1); // L7
    EXPECT_DOUBLE_EQ(k.pipelineValue, 5000);
    EXPECT_DOUBLE_EQ(k.pipelineVelocityPerDay.value(), 1 * 0.5 * 1200 / 10.0);
    EXPECT_DOUBLE_EQ(k.nrr.value(), 1.0); // L2: 50 in March, 50 in June
    EXPECT_DOUBLE_EQ(k.grr.value(), 1.0);
    // SLA: L3 answered in 23 h (met), L4 in 25 h (missed), L7 never (missed); L5's deadline
    // (16 Jul 12:00) is after the end of the as-of day, so it is not due yet: 1 / 3.
    EXPECT_DOUBLE_EQ(k.slaResponseCompliance.value(), 1.0 / 3);
    EXPECT_EQ(k.leads, 4); // L3, L4, L5, L6
    EXPECT_EQ(k.mqls, 4);
    EXPECT_EQ(k.sqls, 3);
    EXPECT_EQ(k.wins, 1);
}

TEST(MetricsEngine, EmptyCompanyGivesNullsWithReasonsNeverZero)
{
    Snapshot empty;
    const Metrics m = MetricsEngine::compute(empty, Settings(), kAsOf);
    EXPECT_FALSE(m.company.unit.cac.has());
    EXPECT_FALSE(m.funnel.kpis.winRate.has());
    EXPECT_FALSE(m.funnel.constraint.has_value());
    EXPECT_FALSE(m.closestToLine.has_value());
    EXPECT_EQ(m.milestone.level, 0);
    const QJsonObject json = MetricsJson::toJson(m);
    EXPECT_TRUE(
        json.value(QStringLiteral("company")).toObject().value(QStringLiteral("cac")).isNull());
    const QJsonArray nulls = json.value(QStringLiteral("nulls")).toArray();
    const auto found = std::find_if(nulls.begin(), nulls.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("path")).toString() == u"company.cac";
    });
    ASSERT_NE(found, nulls.end());
    EXPECT_EQ(found->toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("no new customers in the unit window"));
}

TEST(MetricsEngine, OneLeadIsEnoughForRatesAndNoMore)
{
    Snapshot s;
    s.channels = {QStringLiteral("Inbound")};
    s.channelPaused = {false};
    s.segments = {QStringLiteral("SMB")};
    s.leads = {lead(0, "2024-07-01", "2024-07-02")};
    const Metrics m = MetricsEngine::compute(s, Settings(), kAsOf);
    EXPECT_DOUBLE_EQ(m.funnel.stages[0].rate.value(), 1.0);
    EXPECT_DOUBLE_EQ(m.funnel.stages[1].rate.value(), 0.0); // an MQL that is not an SQL yet
    EXPECT_FALSE(m.funnel.stages[2].rate.has());
    EXPECT_EQ(m.channels[0].status, GuardrailStatus::NoData);
}

TEST(MetricsEngine, CustomersAtNoCostHaveACacOfZeroAndNoLtvCac)
{
    Snapshot s = handCompany();
    s.spend.clear();
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    const ChannelFigures &paid = channel(m, "Paid");
    EXPECT_DOUBLE_EQ(paid.unit.cac.value(), 0);
    EXPECT_FALSE(paid.unit.ltvCac.has());
    EXPECT_EQ(paid.unit.ltvCac.reason(), QStringLiteral("CAC is 0 (customers at no cost)"));
    EXPECT_EQ(paid.status, GuardrailStatus::Inside);
}

TEST(MetricsEngine, SpendWithoutCustomersIsNoCustomers)
{
    Snapshot s = handCompany();
    s.spend.push_back({month("2024-05"), 0, -1, SpendCategory::Marketing, 700}); // Organic
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    const ChannelFigures &organic = channel(m, "Organic");
    EXPECT_EQ(organic.status, GuardrailStatus::NoCustomers);
    // Shared cost follows new customers, so Organic (none) takes none of the 300.
    EXPECT_DOUBLE_EQ(organic.unit.cost, 700);
    EXPECT_DOUBLE_EQ(m.company.unit.cost, 3000);
}

TEST(MetricsEngine, ChannelWithOnlySharedCostUnderEqualAllocation)
{
    Snapshot s = handCompany();
    s.leads[2].wonAt = at("2024-05-02"); // Organic now has a new customer in U but no own spend
    Settings settings = handSettings();
    settings.sharedCostAllocation = SharedCostAllocation::Equal;
    const Metrics m = MetricsEngine::compute(s, settings, kAsOf);
    // Two eligible channels share the 300 equally.
    EXPECT_DOUBLE_EQ(channel(m, "Organic").unit.cost, 150);
    EXPECT_DOUBLE_EQ(channel(m, "Organic").unit.cac.value(), 150);
    EXPECT_DOUBLE_EQ(channel(m, "Paid").unit.cost, 2150);
}

TEST(MetricsEngine, SegmentWithoutRevenueUsesItsAssumptions)
{
    Snapshot s = handCompany();
    s.revenue.clear();
    Settings settings = handSettings();
    settings.set(QStringLiteral("segment.SMB.assumed_arpa"), QStringLiteral("100"));
    settings.set(QStringLiteral("segment.SMB.assumed_annual_churn"), QStringLiteral("0.2"));
    const Metrics m = MetricsEngine::compute(s, settings, kAsOf);
    const UnitFigures &smb = m.segments[0].unit;
    EXPECT_TRUE(smb.fromAssumption);
    const double churn = 1 - std::pow(0.8, 1.0 / 12); // 1.842% a month
    EXPECT_DOUBLE_EQ(smb.monthlyChurn.value(), churn);
    EXPECT_DOUBLE_EQ(smb.ltv.value(), 100 * 0.7 * (1 / churn));
    EXPECT_FALSE(m.company.unit.ltv.has()); // the company has no assumptions
    EXPECT_FALSE(channel(m, "Paid").unit.ltv.has());
    EXPECT_EQ(channel(m, "Paid").status, GuardrailStatus::NoLtv);
}

TEST(MetricsEngine, NoChurnMeansTheLifetimeCap)
{
    Snapshot s = handCompany();
    s.revenue.push_back({1, month("2024-06"), 200}); // L1 stays
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    EXPECT_DOUBLE_EQ(channel(m, "Paid").unit.monthlyChurn.value(), 0);
    EXPECT_DOUBLE_EQ(channel(m, "Paid").unit.lifetimeMonths.value(), 60);
}

TEST(MetricsEngine, ABreachThatEndedIsNotCounted)
{
    // With the as-of date in October, U = Jul..Sep: Paid has no new customers, so it is no
    // longer in breach and months_in_breach is 0.
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), QDate(2024, 10, 10));
    EXPECT_NE(channel(m, "Paid").status, GuardrailStatus::Breach);
    EXPECT_EQ(channel(m, "Paid").monthsInBreach, 0);
}

TEST(MetricsEngine, AwarenessRowsSwitchTheFirstStepToThePeriodBasis)
{
    Snapshot s = handCompany();
    // F spans June and July: both months count in full, May does not.
    s.awareness = {
        {month("2024-05"), -1, 1000}, {month("2024-06"), -1, 30}, {month("2024-07"), -1, 10}};
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    EXPECT_TRUE(m.funnel.stages[0].periodBasis);
    EXPECT_DOUBLE_EQ(m.funnel.stages[0].rate.value(), 4.0 / 40); // MQLs in F / awareness volume
}

TEST(MetricsEngine, InvariantsShuffleScaleAndFutureLeads)
{
    const Metrics base = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    Snapshot shuffled = handCompany();
    std::mt19937 rng(7);
    std::shuffle(shuffled.spend.begin(), shuffled.spend.end(), rng);
    std::shuffle(shuffled.revenue.begin(), shuffled.revenue.end(), rng);
    const Metrics s = MetricsEngine::compute(shuffled, handSettings(), kAsOf);
    EXPECT_EQ(MetricsJson::toJson(s), MetricsJson::toJson(base));

    Snapshot scaled = handCompany();
    for (SpendRow &r : scaled.spend)
        r.amount *= 3;
    const Metrics k = MetricsEngine::compute(scaled, handSettings(), kAsOf);
    EXPECT_DOUBLE_EQ(channel(k, "Paid").unit.cac.value(),
                     3 * channel(base, "Paid").unit.cac.value());
    EXPECT_DOUBLE_EQ(k.company.unit.cac.value(), 3 * base.company.unit.cac.value());

    Snapshot future = handCompany();
    future.leads.push_back(
        lead(1, "2024-08-01", "2024-08-02", "2024-08-03", "2024-08-20", nullptr, 999));
    const Metrics f = MetricsEngine::compute(future, handSettings(), kAsOf);
    QJsonObject a = MetricsJson::toJson(f), b = MetricsJson::toJson(base);
    EXPECT_EQ(a, b);
}

TEST(MetricsEngine, ThirteenWeeklyPointsEndingOnTheLastSunday)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf); // a Monday
    ASSERT_EQ(m.weekly.size(), 13);
    EXPECT_EQ(iso::toDate(m.weekly.last().asOf), QDate(2024, 7, 14));
    EXPECT_EQ(iso::toDate(m.weekly.first().asOf), QDate(2024, 4, 21)); // 14 Jul - 12 weeks
    const Metrics sunday =
        MetricsEngine::compute(handCompany(), handSettings(), QDate(2024, 7, 14));
    EXPECT_EQ(iso::toDate(sunday.weekly.last().asOf), QDate(2024, 7, 14));
}

TEST(MetricsEngine, BriefAndPlanReadTheEngine)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    const QString brief = Brief::text(m, {});
    // Spelled as the pages spell them: whole units of money, rates to one decimal.
    EXPECT_TRUE(brief.contains(QStringLiteral("Our CAC is $1,150 by Paid.")))
        << brief.toStdString();
    EXPECT_TRUE(
        brief.contains(QStringLiteral("SQL-to-Customer step, currently at 33.3% vs target 35.0%")));
    // Paid: CAC % of GP 1150 / 262.5 = 438.1%, in breach one month, its window starting after
    // the first lead (January): a count, not "since the data begins".
    EXPECT_TRUE(brief.contains(QStringLiteral("Paid is over the line at 438.1% (in breach for "
                                              "1 month)")))
        << brief.toStdString();
    EXPECT_TRUE(brief.contains(QStringLiteral("No lever is logged yet")));
    // Plan: current ARR = 12 * 150 (June mrr) = 1800; churn 1/6 over 12 months leaves
    // 1800 * (5/6)^12; needed = 20000 - that; customers = ceil(needed / 1200) etc.
    const LeadPlanner::Plan p = LeadPlanner::plan(m, 20000, 12);
    const double needed = 20000 - 1800 * std::pow(5.0 / 6, 12);
    EXPECT_DOUBLE_EQ(p.neededNewArr, needed);
    const double customers = std::ceil(needed / 1200);
    EXPECT_DOUBLE_EQ(p.total[0].value(), customers);
    EXPECT_DOUBLE_EQ(p.total[1].value(), std::ceil(customers / 0.5));
    EXPECT_DOUBLE_EQ(p.total[2].value(), std::ceil(std::ceil(customers / 0.5) / 0.75));
    EXPECT_DOUBLE_EQ(p.perWeek[0].value(), customers / 52);
    const LeadPlanner::Plan none = LeadPlanner::plan(m, 100, 12);
    EXPECT_DOUBLE_EQ(none.total[3].value(), 0);
}

TEST(MetricsEngine, CostByCategoryAndTheTwelveMonthGuardrailHistory)
{
    Snapshot s = handCompany();
    // Add a sales_comp row for Paid in June (200) and a shared onboarding row in June (100):
    // Paid is still the only channel with spend or customers, so it carries all shared cost.
    s.spend.push_back({month("2024-06"), 1, -1, SpendCategory::SalesComp, 200});
    s.spend.push_back({month("2024-06"), -1, -1, SpendCategory::Onboarding, 100});
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    const ChannelFigures &paid = channel(m, "Paid");
    // marketing 1000 + 500 + 500 own + 300 shared = 2300; sales_comp 200; onboarding 100.
    EXPECT_DOUBLE_EQ(paid.costByCategory[int(SpendCategory::Marketing)], 2300);
    EXPECT_DOUBLE_EQ(paid.costByCategory[int(SpendCategory::SalesComp)], 200);
    EXPECT_DOUBLE_EQ(paid.costByCategory[int(SpendCategory::Onboarding)], 100);
    EXPECT_DOUBLE_EQ(paid.costByCategory[int(SpendCategory::OpsTooling)], 0);
    double sum = 0;
    for (double c : paid.costByCategory)
        sum += c;
    EXPECT_DOUBLE_EQ(sum, paid.unit.cost); // 2600
    // Organic has customers (L2 won in Feb, outside U) but no spend: every category is 0.
    for (double c : channel(m, "Organic").costByCategory)
        EXPECT_EQ(c, 0);

    // History: 12 windows, oldest first, the last being U itself (ending 2024-06).
    ASSERT_EQ(m.historyMonths.size(), 12);
    EXPECT_EQ(iso::formatMonth(m.historyMonths.front()), QStringLiteral("2023-07"));
    EXPECT_EQ(iso::formatMonth(m.historyMonths.back()), QStringLiteral("2024-06"));
    ASSERT_EQ(paid.cacPctGpHistory.size(), 12);
    EXPECT_DOUBLE_EQ(paid.cacPctGpHistory.back().value(), paid.cacPctGp.value());
    // The window ending 2024-05 (Mar..May) was worked out above: CAC 900, LTV 5600.
    EXPECT_DOUBLE_EQ(paid.cacPctGpHistory[10].value(), 900.0 / 5600);
    // The window ending 2024-01 has no Paid customers: no value, with a reason.
    EXPECT_FALSE(paid.cacPctGpHistory[6].has());
    EXPECT_FALSE(paid.cacPctGpHistory[6].reason().isEmpty());
}

TEST(CohortRetention, LogoAndRevenueByHand)
{
    // The hand company, cohorts of the three months ending 2024-06:
    //   2024-04: L0 (won 10 Apr, pays 100 in Apr, May, Jun)          -> 1 customer
    //   2024-05: L1 (won 20 May, pays 200 in May only)               -> 1 customer
    //   2024-06: none won (L2 was won in Feb, L3 in July)
    const QList<CohortRetention::Cohort> c =
        CohortRetention::compute(handCompany(), month("2024-06"), 3);
    ASSERT_EQ(c.size(), 3);
    EXPECT_EQ(c[0].customers, 1);
    EXPECT_DOUBLE_EQ(c[0].startMrr, 100);
    ASSERT_EQ(c[0].logo.size(), 3); // Apr, May, Jun
    for (int k = 0; k < 3; ++k) {
        EXPECT_DOUBLE_EQ(c[0].logo[k].value(), 1);
        EXPECT_DOUBLE_EQ(c[0].revenue[k].value(), 1);
    }
    // May cohort: paying in May (1/1, 200/200), gone in June (0/1, 0/200).
    ASSERT_EQ(c[1].logo.size(), 2);
    EXPECT_DOUBLE_EQ(c[1].logo[0].value(), 1);
    EXPECT_DOUBLE_EQ(c[1].logo[1].value(), 0);
    EXPECT_DOUBLE_EQ(c[1].revenue[1].value(), 0);
    // June: no customers -> no value, with a reason (never 0).
    EXPECT_EQ(c[2].customers, 0);
    EXPECT_FALSE(c[2].logo[0].has());
    EXPECT_FALSE(c[2].revenue[0].reason().isEmpty());
}

TEST(SlaCompliance, EachMqlIsJudgedByTheVersionInForceWhenItArrived)
{
    // Two SLA versions: from 2024-01-01 a 20-hour response, from 2024-06-22 48 hours.
    //   L7 MQL 17 Jun (v1, 20 h): never answered -> missed, due 17 Jun 20:00.
    //   L3 MQL 21 Jun 10:00 (v1, 20 h): answered after 23 h -> missed by 3 h.
    //   L4 MQL 22 Jun 00:00 (v2, 48 h): answered after 25 h -> met.
    //   L5 MQL 15 Jul 12:00 (v2, 48 h): deadline 17 Jul, after the as-of day -> not due.
    // Compliance = 1 met / 3 due; with the setting alone (24 h) it was also 1/3 but with L3 met.
    Snapshot s = handCompany();
    Sla v1, v2;
    v1.effectiveFrom = QDate(2024, 1, 1);
    v1.responseHours = 20;
    v2.effectiveFrom = QDate(2024, 6, 22);
    v2.responseHours = 48;
    s.slaVersions = {v1, v2};
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    EXPECT_DOUBLE_EQ(m.funnel.kpis.slaResponseCompliance.value(), 1.0 / 3);
    const QList<SlaCompliance::Miss> misses =
        SlaCompliance(s, handSettings()).misses(iso::fromDate(kAsOf), 30);
    ASSERT_EQ(misses.size(), 2);
    EXPECT_EQ(misses[0].lead, 3); // L3, the latest MQL first
    EXPECT_DOUBLE_EQ(misses[0].hoursLate, 3);
    EXPECT_TRUE(misses[0].responded);
    EXPECT_DOUBLE_EQ(misses[0].allowedHours, 20);
    EXPECT_EQ(misses[1].lead, 7); // L7, never answered: late until the end of 15 Jul
    EXPECT_FALSE(misses[1].responded);
    // Deadline 17 Jun 20:00 to the end of 15 Jul (23:59:59): 28 days and 4 hours less a second.
    EXPECT_NEAR(misses[1].hoursLate, 28 * 24 + 4 - 1.0 / 3600, 1e-9);
    // A version without hours falls back to the setting (24 h): L3 (23 h) is met again.
    s.slaVersions[0].responseHours.reset();
    EXPECT_EQ(SlaCompliance(s, handSettings()).misses(iso::fromDate(kAsOf), 30).size(), 1);
}

TEST(MetricsEngine, MedianDaysInEachStageByHand)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    // Became MQL in F (16 Jun - 15 Jul): L3 1 day after creation, L4 2, L5 14, L7 16 -> (2+14)/2.
    EXPECT_DOUBLE_EQ(m.funnel.medianDaysInStage[0].value(), 8);
    // Became SQL in F: L3 4 days after MQL, L4 4, L7 13 -> 4.
    EXPECT_DOUBLE_EQ(m.funnel.medianDaysInStage[1].value(), 4);
    // Won in F: L3 10 days after SQL.
    EXPECT_DOUBLE_EQ(m.funnel.medianDaysInStage[2].value(), 10);
    EXPECT_FALSE(m.funnel.medianDaysInStage[3].has());
}

TEST(MetricPath, NamesFiguresAsTheJsonDoes)
{
    const Metrics m = MetricsEngine::compute(handCompany(), handSettings(), kAsOf);
    EXPECT_DOUBLE_EQ(*MetricPath::value(m, QStringLiteral("company.cac")),
                     m.company.unit.cac.value());
    EXPECT_DOUBLE_EQ(*MetricPath::value(m, QStringLiteral("channels[paid].cac_pct_gp")),
                     1150 / 262.5); // any case, as channel names match
    EXPECT_DOUBLE_EQ(*MetricPath::value(m, QStringLiteral("stages[1].rate")),
                     m.funnel.stages[1].rate.value());
    EXPECT_FALSE(MetricPath::value(m, QStringLiteral("channels[Nope].cac")).has_value());
    EXPECT_FALSE(MetricPath::value(m, QStringLiteral("company.colour")).has_value());
    EXPECT_EQ(MetricPath::label(QStringLiteral("channels[Paid].cac_pct_gp")),
              QStringLiteral("Paid CAC % of GP"));
    EXPECT_EQ(MetricPath::label(QStringLiteral("stages[1].rate")),
              QStringLiteral("MQL → SQL rate"));
    // Every choice offered in the decision dialog can be looked up.
    for (const QString &path : MetricPath::choices(m))
        EXPECT_NE(MetricPath::label(path), QString()) << path.toStdString();
    const QJsonObject h = MetricPath::headline(m, QStringLiteral("Paid"));
    EXPECT_TRUE(h.contains(QStringLiteral("channels[Paid].cac")));
    EXPECT_EQ(h.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-07-15"));
}

TEST(MetricsEngine, DatesOutOfOrderMeasureNoDurationAndUndatedClosesLeaveThePipeline)
{
    // As of 2024-07-15, F = 2024-01-17..2024-07-15 (the default 180 days).
    Snapshot s;
    s.channels = {QStringLiteral("Inbound")};
    s.channelPaused = {false};
    s.segments = {QStringLiteral("SMB")};
    s.leads = {
        // won 10 days after its SQL date
        lead(0, "2024-06-01", nullptr, "2024-06-01", "2024-06-11", nullptr, 100),
        // entered after it closed: won 5 days "before" its SQL date
        lead(0, "2024-06-10", nullptr, "2024-06-10", "2024-06-05", nullptr, 300),
        // open, with an amount
        lead(0, "2024-06-02", nullptr, "2024-06-02", nullptr, nullptr, 50),
        // won in the CRM without a close date: neither open nor won
        lead(0, "2024-06-03", nullptr, "2024-06-03", nullptr, nullptr, 70),
    };
    s.leads[3].closedUndated = true;
    const Metrics m = MetricsEngine::compute(s, Settings(), kAsOf);
    const Kpis &k = m.funnel.kpis;
    // Both wins count as wins (2 won, 0 lost); only the first measures a time to close.
    EXPECT_DOUBLE_EQ(k.winRate.value(), 1.0);
    EXPECT_DOUBLE_EQ(k.avgDealSize.value(), 200); // (100 + 300) / 2
    EXPECT_DOUBLE_EQ(k.timeToCloseDays.value(), 10);
    EXPECT_DOUBLE_EQ(k.timeToCloseMedianDays.value(), 10);
    EXPECT_EQ(k.timeToCloseLeftOut, 1);
    EXPECT_DOUBLE_EQ(m.funnel.medianDaysInStage[2].value(), 10);
    // Open: only the third lead (the undated win is out of the pipeline).
    EXPECT_EQ(k.openOpportunities, 1);
    EXPECT_DOUBLE_EQ(k.pipelineValue, 50);
    EXPECT_EQ(MetricsJson::toJson(m)
                  .value(QStringLiteral("kpis"))
                  .toObject()
                  .value(QStringLiteral("time_to_close_left_out"))
                  .toInt(),
              1);

    // Every win out of order: no duration at all, and the reason says why.
    s.leads = {lead(0, "2024-06-10", nullptr, "2024-06-10", "2024-06-05", nullptr, 300)};
    const Kpis k2 = MetricsEngine::compute(s, Settings(), kAsOf).funnel.kpis;
    EXPECT_FALSE(k2.timeToCloseDays.has());
    EXPECT_TRUE(k2.timeToCloseDays.reason().contains(QStringLiteral("before its SQL date")));
}

TEST(MetricsEngine, ABreachAsOldAsTheDataIsSaidSo)
{
    // A 5-month unit window as of 2024-07-15: U = 2024-02..2024-06. Paid is in breach in U
    // (CAC 1,100 or 1,150 against an LTV of 262.5) and not one month back (Jan..May: CAC 850
    // or 900 against an LTV of 5,600, under the near line), so months_in_breach = 1 and the
    // one window counted starts in 2024-02.
    Settings settings = handSettings();
    settings.unitWindowMonths = 5;
    // With L2 (Organic, created 2024-01-01) the data starts in January, before the window.
    const Metrics with = MetricsEngine::compute(handCompany(), settings, kAsOf);
    EXPECT_EQ(channel(with, "Paid").monthsInBreach, 1);
    EXPECT_FALSE(channel(with, "Paid").breachReachesDataStart);
    // Without L2 the first lead is L0, created 2024-03-01, and the first spend is April: the
    // data starts in March, after the window's start in February.
    Snapshot s = handCompany();
    s.leads.erase(s.leads.begin() + 2); // later leads have no revenue rows: indexes hold
    std::erase_if(s.revenue, [](const RevenueRow &r) { return r.lead == 2; });
    const Metrics without = MetricsEngine::compute(s, settings, kAsOf);
    const ChannelFigures &paid = channel(without, "Paid");
    ASSERT_EQ(paid.status, GuardrailStatus::Breach);
    EXPECT_EQ(paid.monthsInBreach, 1);
    EXPECT_TRUE(paid.breachReachesDataStart);
    EXPECT_FALSE(channel(without, "Organic").breachReachesDataStart); // not in breach
    const QJsonObject json = MetricsJson::toJson(without);
    for (const QJsonValue &c : json[QStringLiteral("channels")].toArray())
        EXPECT_EQ(c[QStringLiteral("breach_reaches_data_start")].toBool(),
                  c[QStringLiteral("name")].toString() == QStringLiteral("Paid"));
    EXPECT_TRUE(Brief::text(without, {})
                    .contains(QStringLiteral("(in breach since the data begins, 1 month back)")));
}

TEST(MetricsEngine, TheReRateTriggersThatHold)
{
    // Guardrail 0.1%: Paid is in breach as of July (U = Apr..Jun), one month back (Mar..May:
    // 900 / 5,600 = 16%) and two back (Feb..Apr: L0 alone, CAC 1,000, LTV 100 × 0.7 × 60 =
    // 4,200: 24%); three back (Jan..Mar) it has no spend and no customer. months_in_breach 3.
    Settings settings = handSettings();
    settings.guardrailPct = 0.001;
    Snapshot s = handCompany();
    const Metrics m = MetricsEngine::compute(s, settings, kAsOf);
    ASSERT_EQ(channel(m, "Paid").monthsInBreach, 3);
    // Company: CAC 2,300 / 2 = 1,150; ARPA 650 / 7; churn 1/6, lifetime 6; LTV = 650 / 7 × 0.7
    // × 6 = 390; LTV/CAC 0.34 < 3. No decision at all.
    EXPECT_NEAR(m.company.unit.ltvCac.value(), 390.0 / 1150, 1e-12);
    QStringList triggers;
    for (const MilestoneScore::Rerate &r : m.milestone.rerate)
        triggers << r.trigger + QLatin1Char(':') + r.name;
    EXPECT_EQ(triggers, (QStringList{QStringLiteral("channel_breach:Paid"),
                                     QStringLiteral("ltv_cac_below_target:"),
                                     QStringLiteral("no_recent_decision:")}));
    // A decision 89 days before A is recent; an LTV/CAC target of 0.3 is met.
    Decision d;
    d.decidedOn = kAsOf.addDays(-89);
    s.decisions = {d};
    settings.ltvCacTarget = 0.3;
    const Metrics later = MetricsEngine::compute(s, settings, kAsOf);
    ASSERT_EQ(later.milestone.rerate.size(), 1);
    EXPECT_EQ(later.milestone.rerate[0].trigger, QStringLiteral("channel_breach"));
    const QJsonArray json =
        MetricsJson::toJson(later)[QStringLiteral("milestone_score")][QStringLiteral("rerate")]
            .toArray();
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json[0][QStringLiteral("name")].toString(), QStringLiteral("Paid"));
    EXPECT_TRUE(Brief::text(later, {}).contains(
        QStringLiteral("Time to re-rate the milestone score: Paid has been in breach two months "
                       "or more.")));
    // Without a trigger the brief says nothing of it.
    settings.guardrailPct = 0.18;
    EXPECT_FALSE(Brief::text(MetricsEngine::compute(s, settings, kAsOf), {})
                     .contains(QStringLiteral("re-rate")));
}

TEST(MetricsEngine, SlaComplianceByOwnerAndByChannel)
{
    // Due in F as FunnelAndKpisByHand counts them: L3 (Paid, met in 23 h), L4 (Paid, missed at
    // 25 h), L7 (Organic, never answered). L3 belongs to Ann, L4 and L7 to nobody.
    Snapshot s = handCompany();
    s.owners = {QStringLiteral("Ann")};
    s.leads[3].owner = 0;
    const Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    ASSERT_EQ(m.sla.byChannel.size(), 2);
    EXPECT_EQ(m.sla.byChannel[0].name, QStringLiteral("Organic")); // 0 of 1
    EXPECT_EQ(m.sla.byChannel[0].due, 1);
    EXPECT_DOUBLE_EQ(m.sla.byChannel[0].compliance.value(), 0);
    EXPECT_EQ(m.sla.byChannel[1].name, QStringLiteral("Paid")); // 1 of 2
    EXPECT_DOUBLE_EQ(m.sla.byChannel[1].compliance.value(), 0.5);
    ASSERT_EQ(m.sla.byOwner.size(), 2);
    EXPECT_EQ(m.sla.byOwner[0].name, QStringLiteral("Ann")); // 1 of 1
    EXPECT_DOUBLE_EQ(m.sla.byOwner[0].compliance.value(), 1);
    EXPECT_EQ(m.sla.byOwner[1].name, QStringLiteral("Unknown")); // L4, L7: 0 of 2
    EXPECT_EQ(m.sla.byOwner[1].due, 2);
    EXPECT_EQ(m.sla.byOwner[1].met, 0);
    // A rep literally called "Unknown" keeps the name; the leads without one get another.
    s.owners = {QStringLiteral("unknown")};
    const Metrics named = MetricsEngine::compute(s, handSettings(), kAsOf);
    ASSERT_EQ(named.sla.byOwner.size(), 2);
    EXPECT_EQ(named.sla.byOwner[0].name, QStringLiteral("unknown"));
    EXPECT_EQ(named.sla.byOwner[1].name, QStringLiteral("Unknown (not given)"));
}

TEST(DrillDown, WhatIsBehindAChannelAStepAndASpendLine)
{
    const Snapshot s = handCompany();
    const Settings settings = handSettings();
    const EpochDay a = iso::fromDate(kAsOf);
    // Paid's opportunities: L3 (SQL 25 Jun, won 5 Jul) and L4 (SQL 26 Jun, lost 1 Jul), both
    // with an SQL date in F; newest SQL first. Names match as text does ("paid").
    EXPECT_EQ(DrillDown::channelDeals(s, settings, a, QStringLiteral("paid")),
              (std::vector<int>{4, 3}));
    // Organic: L7, SQL 30 Jun and still open. L2 won in February never was an SQL.
    EXPECT_EQ(DrillDown::channelDeals(s, settings, a, QStringLiteral("Organic")),
              (std::vector<int>{7}));
    EXPECT_EQ(DrillDown::segmentDeals(s, settings, a, QStringLiteral("SMB")),
              (std::vector<int>{7, 4, 3}));
    // The cohorts the stage rates count (FunnelAndKpisByHand): created in F L3–L6; MQLs of F
    // L3, L4, L5, L7; SQLs of F L3, L4, L7; active in March (the month before U) L2.
    EXPECT_EQ(DrillDown::stepCohort(s, settings, a, 0), (std::vector<int>{3, 4, 5, 6}));
    EXPECT_EQ(DrillDown::stepCohort(s, settings, a, 1), (std::vector<int>{3, 4, 5, 7}));
    EXPECT_EQ(DrillDown::stepCohort(s, settings, a, 2), (std::vector<int>{3, 4, 7}));
    EXPECT_EQ(DrillDown::stepCohort(s, settings, a, 3), (std::vector<int>{2}));
    // Paid's own spend in U (Apr..Jun): 1,000, 500, 500 of marketing; the shared 300 of May is
    // not its own.
    const QList<DrillDown::MonthSpend> spend =
        DrillDown::channelSpend(s, settings, a, QStringLiteral("Paid"));
    ASSERT_EQ(spend.size(), 3);
    EXPECT_EQ(spend[0].month, month("2024-04"));
    EXPECT_DOUBLE_EQ(spend[0].total, 1000);
    EXPECT_DOUBLE_EQ(spend[1].total, 500);
    EXPECT_DOUBLE_EQ(spend[1].byCategory[size_t(SpendCategory::Marketing)], 500);
    EXPECT_DOUBLE_EQ(spend[2].total, 500);
}

namespace {

// The hand company with a second segment: L2 (the customer of March), L4 (lost) and L7 (open)
// are Enterprise; the rest stays SMB.
Snapshot twoSegmentCompany()
{
    Snapshot s = handCompany();
    s.segments << QStringLiteral("Enterprise");
    for (int i : {2, 4, 7})
        s.leads[size_t(i)].segment = 1;
    return s;
}

} // namespace

TEST(MetricsEngine, OneSegmentsFunnelByHand)
{
    const Snapshot s = twoSegmentCompany();
    Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    MetricsEngine::computeSegmentFunnel(s, handSettings(), kAsOf, 0, m);
    const FunnelFigures &smb = m.funnel;
    // SMB created in F: L3, L5, L6; with an MQL by A: L3, L5 -> 2/3.
    EXPECT_DOUBLE_EQ(smb.stages[0].rate.value(), 2.0 / 3);
    // SMB MQLs in F: L3, L5; SQL by A: L3 -> 1/2.
    EXPECT_DOUBLE_EQ(smb.stages[1].rate.value(), 0.5);
    // SMB SQLs in F: L3, won -> 1/1.
    EXPECT_DOUBLE_EQ(smb.stages[2].rate.value(), 1.0);
    // No SMB customer paid in March (L0 starts in April, L1 in May): no retention, no NRR.
    EXPECT_FALSE(smb.stages[3].rate.has());
    EXPECT_FALSE(smb.kpis.nrr.has());
    // rate/target: 6.67, 1.67, 2.86 -> MQL->SQL is SMB's constraint (the company's is SQL->won).
    EXPECT_EQ(smb.constraint, 1);
    EXPECT_DOUBLE_EQ(smb.kpis.winRate.value(), 1.0); // L3 won, no SMB loss
    EXPECT_DOUBLE_EQ(smb.kpis.avgDealSize.value(), 1200);
    EXPECT_EQ(smb.kpis.openOpportunities, 0);
    EXPECT_DOUBLE_EQ(smb.kpis.slaResponseCompliance.value(), 1.0); // L3 met, L5 not due yet
    EXPECT_EQ(smb.kpis.mqls, 2);
    // A week earlier (F = 9 Jun .. 8 Jul): created L3, L5; L5's MQL (15 Jul) is later -> 1/2.
    EXPECT_DOUBLE_EQ(m.previousWeek.stages[0].rate.value(), 0.5);
    ASSERT_EQ(m.weekly.size(), 13);
    // Sunday 14 Jul (F = 15 Jun .. 14 Jul): created L3, L5, L6; only L3 is an MQL by then -> 1/3.
    EXPECT_DOUBLE_EQ(m.weekly.last().stages[0].rate.value(), 1.0 / 3);
    // Everything outside the funnel stays the company's.
    EXPECT_EQ(m.channels.size(), 2);

    Metrics e = MetricsEngine::compute(s, handSettings(), kAsOf);
    MetricsEngine::computeSegmentFunnel(s, handSettings(), kAsOf, 1, e);
    // Enterprise: created in F L4 (MQL) -> 1/1; MQLs L4, L7 both SQL -> 1; SQLs L4, L7, none won.
    EXPECT_DOUBLE_EQ(e.funnel.stages[0].rate.value(), 1.0);
    EXPECT_DOUBLE_EQ(e.funnel.stages[1].rate.value(), 1.0);
    EXPECT_DOUBLE_EQ(e.funnel.stages[2].rate.value(), 0.0);
    EXPECT_DOUBLE_EQ(e.funnel.stages[3].rate.value(), 1.0); // L2: 50 in March and in June
    EXPECT_DOUBLE_EQ(e.funnel.kpis.nrr.value(), 1.0);
    EXPECT_EQ(e.funnel.constraint, 2);
    EXPECT_DOUBLE_EQ(e.funnel.kpis.winRate.value(), 0.0); // L4 lost
    EXPECT_FALSE(e.funnel.kpis.avgDealSize.has());
    EXPECT_EQ(e.funnel.kpis.openOpportunities, 1); // L7
    EXPECT_DOUBLE_EQ(e.funnel.kpis.pipelineValue, 5000);
    EXPECT_DOUBLE_EQ(e.funnel.kpis.slaResponseCompliance.value(), 0.0); // L4 late, L7 never

    // The two segments add up to the company's volumes.
    const Metrics company = MetricsEngine::compute(s, handSettings(), kAsOf);
    EXPECT_EQ(smb.kpis.mqls + e.funnel.kpis.mqls, company.funnel.kpis.mqls);
    EXPECT_EQ(smb.kpis.sqls + e.funnel.kpis.sqls, company.funnel.kpis.sqls);
    EXPECT_EQ(smb.kpis.wins + e.funnel.kpis.wins, company.funnel.kpis.wins);
}

TEST(MetricsEngine, ASegmentHasNoAwarenessStepWhenAwarenessIsCountedForTheCompany)
{
    Snapshot s = twoSegmentCompany();
    s.awareness = {{month("2024-06"), -1, 30}, {month("2024-07"), -1, 10}};
    Metrics m = MetricsEngine::compute(s, handSettings(), kAsOf);
    ASSERT_TRUE(m.funnel.stages[0].rate.has()); // the company's: 4 MQLs / 40
    MetricsEngine::computeSegmentFunnel(s, handSettings(), kAsOf, 0, m);
    EXPECT_FALSE(m.funnel.stages[0].rate.has());
    EXPECT_TRUE(m.funnel.stages[0].rate.reason().contains(QStringLiteral("not by segment")));
    EXPECT_FALSE(m.funnel.stages[0].gap.has());
    EXPECT_EQ(m.funnel.constraint, 1); // the steps that have a value: MQL->SQL 1.67 is lowest
}

TEST(DrillDown, AStepsCohortOfOneSegment)
{
    const Snapshot s = twoSegmentCompany();
    const EpochDay a = iso::fromDate(kAsOf);
    // The MQLs of F: L3, L4, L5, L7; of SMB only L3 and L5.
    EXPECT_EQ(DrillDown::stepCohort(s, handSettings(), a, 1, 0), (std::vector<int>{3, 5}));
    EXPECT_EQ(DrillDown::stepCohort(s, handSettings(), a, 1, 1), (std::vector<int>{4, 7}));
    // Customers active in March: L2, an Enterprise customer.
    EXPECT_TRUE(DrillDown::stepCohort(s, handSettings(), a, 3, 0).empty());
    EXPECT_EQ(DrillDown::stepCohort(s, handSettings(), a, 3, 1), (std::vector<int>{2}));
}
