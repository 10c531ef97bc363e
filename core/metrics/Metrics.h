// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figure.h"
#include "Forecast.h"
#include "ReviewCadence.h"
#include "WinLoss.h"
#include "domain/Iso8601.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace guardrail {

enum class GuardrailStatus { Inside, Near, Breach, NoCustomers, NoData, NoLtv };
QString statusName(GuardrailStatus s);

enum class LtvCacBand { LosingMoney, BelowTarget, Healthy, Exceptional };
/** [0,1) losing money, [1,3) below target, [3,5) healthy, [5,inf) exceptional. */
std::optional<LtvCacBand> ltvCacBand(const Figure &ltvCac);
QString bandName(LtvCacBand b);

/** The unit economics of one group (a channel, a segment or the whole company) over U. */
struct UnitFigures
{
    int newCustomers = 0;
    double cost = 0;       // fully loaded, currency
    Figure cac;            // currency per new customer
    Figure arpa;           // currency per active customer-month
    Figure monthlyChurn;   // fraction per month
    Figure lifetimeMonths; // capped at lifetime_cap_months
    Figure grossMargin;    // fraction
    Figure ltv;            // currency
    Figure ltvCac;         // ratio
    Figure paybackMonths;
    bool fromAssumption = false; // LTV from the segment's assumed ARPA and churn
};

struct ChannelFigures
{
    QString name;
    bool paused = false;
    UnitFigures unit;
    Figure gpPerCustomer;    // currency
    Figure cacPctGp;         // fraction of gross profit per customer
    Figure maxCac;           // currency
    Figure headroom;         // currency, negative in breach
    Figure maxMonthlySpend;  // currency per month
    double monthlySpend = 0; // cost / unit_window_months: what it spends now, on the same basis
    GuardrailStatus status = GuardrailStatus::NoData;
    int monthsInBreach = 0;
    /** The oldest window counted in monthsInBreach starts before the data: "since the data
     * begins" (false when not in breach). */
    bool breachReachesDataStart = false;
    /** cost split by spend category (shared cost by the same share); sums to unit.cost. */
    std::array<double, 5> costByCategory{};
    /** cac_pct_gp over the unit windows ending in each of the last 12 months, oldest first. */
    QList<Figure> cacPctGpHistory;
};

struct SegmentFigures
{
    QString name;
    UnitFigures unit;
    double paybackTargetMonths = 18;
};

struct CompanyFigures
{
    UnitFigures unit;
    Figure grossProfit;      // currency over U
    Figure acquisitionPctGp; // total cost / gross profit, fraction
    double guardrailPct = 0.18;
    double ltvCacTarget = 3; // the setting, for the brief's weakest segment
    double endMrr = 0;       // sum of mrr in the unit window's last month
};

/** One step of the funnel: from stage `from` to the next one. */
struct StageRate
{
    int from = 0;
    Figure rate;
    double target = 0;
    Figure gap; // target - rate
    bool periodBasis = false;
};

struct Kpis
{
    Figure winRate, avgDealSize, timeToCloseDays, timeToCloseMedianDays;
    int timeToCloseLeftOut = 0; // won deals dated before their SQL date: no duration
    int openOpportunities = 0;
    double pipelineValue = 0;
    Figure pipelineVelocityPerDay, nrr, grr, slaResponseCompliance;
    int leads = 0, mqls = 0, sqls = 0, wins = 0; // created, MQL, SQL and won in F
};

/** The funnel figures and KPIs at one as-of date (the headline, or a weekly trend point). */
struct FunnelFigures
{
    EpochDay asOf = 0;
    std::array<StageRate, 4> stages;
    std::optional<int> constraint; // index into stages
    Kpis kpis;
    /** Median whole days leads spent in stage i before reaching stage i + 1 (left in F). */
    std::array<Figure, 4> medianDaysInStage;
};

struct MilestoneScore
{
    struct Rerate
    {
        QString trigger; // channel_breach, ltv_cac_below_target, no_recent_decision
        QString name;    // the channel, for channel_breach; else empty
    };
    int level = 0; // 0 Not started, 1 Learning, 2 In progress, 3 Installed
    QStringList missing;
    QList<Rerate> rerate; // the "re-rate yourself" triggers that hold as of A
};
QString milestoneName(int level);

/** SLA response compliance of one owner's or one channel's MQLs in the funnel window. */
struct SlaGroup
{
    QString name;
    int due = 0, met = 0;
    Figure compliance; // met / due
};

struct SlaFigures
{
    QList<SlaGroup> byOwner, byChannel; // by name, case-insensitive
};

/** Every figure of DESIGN section 4 at one as-of date. */
struct Metrics
{
    QDate asOf;
    QString currency;
    MonthIndex unitStart = 0, unitEnd = 0;
    EpochDay funnelStart = 0, funnelEnd = 0;
    QList<ChannelFigures> channels; // by name, case-insensitive
    QList<SegmentFigures> segments;
    CompanyFigures company;
    FunnelFigures funnel;
    FunnelFigures previousWeek; // the same figures as of seven days earlier, for the tiles
    std::optional<QString> closestToLine;
    MilestoneScore milestone;
    SlaFigures sla;                     // response compliance by owner and by channel
    QList<CadenceStatus> reviewCadence; // weekly, monthly, quarterly, annual: due and overdue
    WinLossFigures winLoss;             // wins and losses of the funnel window by group
    ForecastFigures forecast;           // the number: bookings against target, coverage, forecast
    // Customers, SQLs, MQLs, leads (or awareness) a week over the 13 weeks to A, for the plan.
    std::array<double, 4> currentPerWeek{};
    QList<FunnelFigures> weekly;     // oldest first, 13 Sundays
    QList<MonthIndex> historyMonths; // the last months of the windows of cacPctGpHistory
};

} // namespace guardrail
