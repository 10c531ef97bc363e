// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsEngine.h"

#include "CustomerRevenue.h"
#include "FunnelCalculator.h"
#include "MilestoneScorer.h"
#include "MonthlyCube.h"
#include "ReviewCadence.h"
#include "SlaCompliance.h"
#include "Snapshot.h"
#include "UnitEconomics.h"
#include "domain/Settings.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace guardrail {
namespace {

constexpr int kMaxMonthsInBreach = 36;
constexpr int kHistoryMonths = 12;

Figure grossProfitOver(const Snapshot &snap, MonthIndex first, MonthIndex last, double fromRevenue)
{
    if (snap.grossProfit.empty())
        return Figure::of(fromRevenue);
    double sum = 0;
    for (MonthIndex m = first; m <= last; ++m) {
        const auto it = std::find_if(snap.grossProfit.cbegin(), snap.grossProfit.cend(),
                                     [m](const GrossProfitRow &r) { return r.month == m; });
        if (it == snap.grossProfit.cend())
            return Figure::none(QStringLiteral("the gross_profit table has no row for %1")
                                    .arg(iso::formatMonth(m)));
        sum += it->grossProfit;
    }
    return Figure::of(sum);
}

// The first month with any lead created or any spend row; INT_MAX without either.
MonthIndex dataStart(const Snapshot &snap)
{
    EpochSeconds first = std::numeric_limits<EpochSeconds>::max();
    for (const Lead &l : snap.leads)
        if (l.createdAt != kNever)
            first = std::min(first, l.createdAt);
    MonthIndex month = first == std::numeric_limits<EpochSeconds>::max()
                           ? std::numeric_limits<MonthIndex>::max()
                           : iso::monthOfDay(iso::dayOf(first));
    for (const SpendRow &r : snap.spend)
        month = std::min(month, r.month);
    return month;
}

// The funnel a week before A and at each of the 13 week ends, beside m.funnel at A.
void computeWeeks(const FunnelCalculator &funnel, const QDate &asOf, Metrics &m)
{
    m.previousWeek = funnel.compute(iso::fromDate(asOf) - 7);
    m.weekly.clear();
    for (const QDate &week : MetricsEngine::weekEnds(asOf))
        m.weekly << (week == asOf ? m.funnel : funnel.compute(iso::fromDate(week)));
}

} // namespace

void MetricsEngine::computeSegmentFunnel(const Snapshot &snap, const Settings &settings,
                                         const QDate &asOf, int segment, Metrics &m)
{
    std::vector<RevenueRow> rows;
    for (const RevenueRow &r : snap.revenue)
        if (snap.leads[static_cast<size_t>(r.lead)].segment == segment)
            rows.push_back(r);
    const CustomerRevenue revenue(rows);
    const FunnelCalculator funnel(snap, settings, revenue, segment);
    m.funnel = funnel.compute(iso::fromDate(asOf));
    computeWeeks(funnel, asOf, m);
}

QList<QDate> MetricsEngine::weekEnds(const QDate &asOf)
{
    const QDate lastSunday = asOf.addDays(-(asOf.dayOfWeek() % 7));
    QList<QDate> weeks;
    for (int i = 12; i >= 0; --i)
        weeks << lastSunday.addDays(-7 * i);
    return weeks;
}

Metrics MetricsEngine::compute(const Snapshot &snap, const Settings &settings, const QDate &asOf)
{
    Metrics m;
    m.asOf = asOf;
    m.currency = settings.currency;
    const EpochDay a = iso::fromDate(asOf);
    std::tie(m.unitStart, m.unitEnd) = FunnelCalculator::unitWindow(a, settings.unitWindowMonths);
    m.funnelStart = a - settings.funnelWindowDays + 1;
    m.funnelEnd = a;

    const MonthlyCube cube(snap, settings);
    const UnitEconomics units(cube, settings, snap.channels, snap.segments);
    const UnitEconomics::Result now = units.compute(m.unitStart, m.unitEnd);

    m.channels = now.channels;
    // The windows ending in each of the last 12 months: the guardrail chart, and the first
    // steps of the walk back for months_in_breach.
    QList<UnitEconomics::Result> past{now};
    for (int k = 1; k < kHistoryMonths; ++k)
        past << units.compute(m.unitStart - k, m.unitEnd - k);
    for (int k = kHistoryMonths - 1; k >= 0; --k)
        m.historyMonths << m.unitEnd - k;
    std::optional<MonthIndex> firstMonth; // read only when a channel is in breach
    for (qsizetype c = 0; c < m.channels.size(); ++c) {
        ChannelFigures &ch = m.channels[c];
        ch.paused = snap.channelPaused[static_cast<size_t>(c)];
        for (int k = kHistoryMonths - 1; k >= 0; --k)
            ch.cacPctGpHistory << past[k].channels[c].cacPctGp;
        if (ch.status != GuardrailStatus::Breach)
            continue;
        // Walk back one month at a time until the channel was not in breach.
        int k = 1;
        for (; k <= kMaxMonthsInBreach; ++k) {
            const auto status =
                k < kHistoryMonths
                    ? past[k].channels[c].status
                    : units.compute(m.unitStart - k, m.unitEnd - k).channels[c].status;
            if (status != GuardrailStatus::Breach)
                break;
        }
        ch.monthsInBreach = std::min(k, kMaxMonthsInBreach);
        // The oldest window counted (k = months − 1) starts before the data: say "since the
        // data begins", not a count that only measures how far back the file goes.
        if (!firstMonth)
            firstMonth = dataStart(snap);
        ch.breachReachesDataStart = m.unitStart - (ch.monthsInBreach - 1) < *firstMonth;
    }
    m.segments = now.segments;
    const auto byName = [](const auto &x, const auto &y) {
        return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(m.channels.begin(), m.channels.end(), byName);
    std::stable_sort(m.segments.begin(), m.segments.end(), byName);

    m.company.unit = now.company;
    m.company.guardrailPct = settings.guardrailPct;
    m.company.ltvCacTarget = settings.ltvCacTarget;
    m.company.grossProfit = grossProfitOver(snap, m.unitStart, m.unitEnd, now.revenueGrossProfit);
    if (m.company.grossProfit.has())
        m.company.acquisitionPctGp =
            Figure::ratio(m.company.unit.cost, m.company.grossProfit.value(),
                          QStringLiteral("no gross profit in the unit window"));
    else
        m.company.acquisitionPctGp = Figure::none(m.company.grossProfit.reason());

    const ChannelFigures *closest = nullptr;
    for (const ChannelFigures &c : m.channels) // sorted by name, so ties keep the first name
        if (c.cacPctGp.has() && (!closest || c.cacPctGp.value() > closest->cacPctGp.value()))
            closest = &c;
    if (closest)
        m.closestToLine = closest->name;

    const CustomerRevenue revenue(snap.revenue);
    const FunnelCalculator funnel(snap, settings, revenue);
    m.company.endMrr = revenue.mrrIn(m.unitEnd);
    m.funnel = funnel.compute(a);
    m.forecast = Forecast::compute(snap, settings, a);
    m.winLoss = WinLoss::compute(snap, settings, a);
    m.currentPerWeek = funnel.currentPerWeek(a);
    computeWeeks(funnel, asOf, m);

    m.sla = SlaCompliance(snap, settings).groups(a, settings.funnelWindowDays);
    if (!firstMonth)
        firstMonth = dataStart(snap);
    m.reviewCadence = ReviewCadence::compute(
        snap.reviews, asOf,
        *firstMonth == std::numeric_limits<MonthIndex>::max() ? std::nullopt : firstMonth);
    m.milestone = MilestoneScorer::score(snap, settings, m);
    return m;
}

} // namespace guardrail
