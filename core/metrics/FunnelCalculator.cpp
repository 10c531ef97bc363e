// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelCalculator.h"

#include "CustomerRevenue.h"
#include "SlaCompliance.h"
#include "Snapshot.h"
#include "domain/Settings.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace guardrail {

FunnelCalculator::FunnelCalculator(const Snapshot &snapshot, const Settings &settings,
                                   const CustomerRevenue &revenue, int segment)
    : m_snapshot(snapshot), m_settings(settings), m_revenue(revenue), m_segment(segment)
{}

bool FunnelCalculator::counts(const Lead &lead) const
{
    return m_segment == kAllSegments || lead.segment == m_segment;
}

std::pair<MonthIndex, MonthIndex> FunnelCalculator::unitWindow(EpochDay asOf, int months)
{
    const MonthIndex month = iso::monthOfDay(asOf);
    const MonthIndex last = iso::lastDayOfMonth(month) == asOf ? month : month - 1;
    return {last - months + 1, last};
}

std::array<double, 4> FunnelCalculator::currentPerWeek(EpochDay a) const
{
    const auto in13Weeks = [a](EpochSeconds t) {
        return t != kNever && iso::dayOf(t) >= a - 90 && iso::dayOf(t) <= a;
    };
    std::array<double, 4> n{}; // customers, SQLs, MQLs, leads
    for (const Lead &l : m_snapshot.leads) {
        if (!counts(l))
            continue;
        n[0] += in13Weeks(l.wonAt);
        n[1] += in13Weeks(l.sqlAt);
        n[2] += in13Weeks(l.mqlAt);
        n[3] += in13Weeks(l.createdAt);
    }
    for (double &v : n)
        v /= 13;
    if (!m_snapshot.awareness.empty() && m_segment == kAllSegments) {
        const MonthIndex month = iso::monthOfDay(a);
        double volume = 0;
        for (const AwarenessRow &r : m_snapshot.awareness)
            if (r.month >= month - 3 && r.month < month)
                volume += r.count;
        n[3] = volume / (3 * 52.0 / 12);
    }
    return n;
}

FunnelFigures FunnelCalculator::compute(EpochDay a) const
{
    const EpochDay f0 = a - m_settings.funnelWindowDays + 1;
    const auto onOrBefore = [a](EpochSeconds t) { return t != kNever && iso::dayOf(t) <= a; };
    const auto inF = [a, f0](EpochSeconds t) {
        if (t == kNever)
            return false;
        const EpochDay d = iso::dayOf(t);
        return d >= f0 && d <= a;
    };
    const SlaCompliance sla(m_snapshot, m_settings);
    const EpochSeconds endOfA = sla.endOfDay(a);

    double created = 0, createdToMql = 0, mqls = 0, mqlToSql = 0, sqls = 0, sqlToWon = 0;
    double won = 0, lost = 0, amountSum = 0, amountCount = 0, daysSum = 0, open = 0, pipeline = 0;
    int leftOut = 0;
    double due = 0, met = 0;
    std::vector<int> closeDays, toMqlDays, toSqlDays;
    for (const Lead &l : m_snapshot.leads) {
        if (!counts(l))
            continue;
        // Days spent in a stage, for the leads that left it for the next one in F.
        // Stage dates out of order (imported as given) measure no duration: left out.
        if (inF(l.mqlAt) && l.createdAt != kNever && iso::dayOf(l.mqlAt) >= iso::dayOf(l.createdAt))
            toMqlDays.push_back(iso::dayOf(l.mqlAt) - iso::dayOf(l.createdAt));
        if (inF(l.sqlAt) && l.mqlAt != kNever && iso::dayOf(l.sqlAt) >= iso::dayOf(l.mqlAt))
            toSqlDays.push_back(iso::dayOf(l.sqlAt) - iso::dayOf(l.mqlAt));
        if (inF(l.createdAt)) {
            created += 1;
            createdToMql += onOrBefore(l.mqlAt);
        }
        if (inF(l.mqlAt)) {
            mqls += 1;
            mqlToSql += onOrBefore(l.sqlAt);
            const SlaCompliance::Due d = sla.due(l, endOfA);
            due += d != SlaCompliance::Due::NotYet;
            met += d == SlaCompliance::Due::Met;
        }
        if (inF(l.sqlAt)) {
            sqls += 1;
            sqlToWon += onOrBefore(l.wonAt);
        }
        if (l.sqlAt != kNever && inF(l.wonAt)) {
            won += 1;
            if (l.hasAmount()) {
                amountSum += l.amount;
                amountCount += 1;
            }
            // A deal won "before" it became an SQL (entered after it closed) has no duration.
            const int days = iso::dayOf(l.wonAt) - iso::dayOf(l.sqlAt);
            if (days < 0) {
                leftOut += 1;
            } else {
                daysSum += days;
                closeDays.push_back(days);
            }
        }
        if (l.sqlAt != kNever && inF(l.lostAt))
            lost += 1;
        if (onOrBefore(l.sqlAt) && !onOrBefore(l.wonAt) && !onOrBefore(l.lostAt) &&
            !l.closedUndated) {
            open += 1;
            if (l.hasAmount())
                pipeline += l.amount;
        }
    }

    const auto [uFirst, uLast] = unitWindow(a, m_settings.unitWindowMonths);
    const CustomerRevenue::Retention retention = m_revenue.retention(uFirst - 1, uLast);

    FunnelFigures out;
    out.asOf = a;
    const auto median = [](std::vector<int> days, const QString &none) {
        if (days.empty())
            return Figure::none(none);
        std::sort(days.begin(), days.end());
        const size_t n = days.size();
        return Figure::of(n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0);
    };
    out.medianDaysInStage[0] =
        median(toMqlDays, QStringLiteral("no lead became an MQL in the funnel window"));
    out.medianDaysInStage[1] =
        median(toSqlDays, QStringLiteral("no MQL became an SQL in the funnel window"));
    out.medianDaysInStage[2] =
        median(closeDays, QStringLiteral("no SQL was won in the funnel window"));
    out.medianDaysInStage[3] = Figure::none(
        QStringLiteral("a customer stays a customer: retention is measured month by month"));
    for (int i = 0; i < 4; ++i) {
        out.stages[i].from = i;
        out.stages[i].target = m_settings.stageTargets[i];
    }
    if (m_segment != kAllSegments && !m_snapshot.awareness.empty()) {
        out.stages[0].periodBasis = true;
        out.stages[0].rate = Figure::none(
            QStringLiteral("awareness volume is counted for the company, not by segment"));
    } else if (m_snapshot.awareness.empty()) {
        out.stages[0].rate = Figure::ratio(createdToMql, created,
                                           QStringLiteral("no leads created in the funnel window"));
    } else {
        double volume = 0;
        const MonthIndex m0 = iso::monthOfDay(f0), m1 = iso::monthOfDay(a);
        for (const AwarenessRow &r : m_snapshot.awareness)
            if (r.month >= m0 && r.month <= m1)
                volume += r.count;
        out.stages[0].periodBasis = true;
        out.stages[0].rate = Figure::ratio(
            mqls, volume, QStringLiteral("no awareness volume in the months of the funnel window"));
    }
    out.stages[1].rate =
        Figure::ratio(mqlToSql, mqls, QStringLiteral("no MQLs in the funnel window"));
    out.stages[2].rate =
        Figure::ratio(sqlToWon, sqls, QStringLiteral("no SQLs in the funnel window"));
    out.stages[3].rate = retention.logoRetention;
    for (StageRate &s : out.stages)
        s.gap =
            s.rate.has() ? Figure::of(s.target - s.rate.value()) : Figure::none(s.rate.reason());

    double lowest = 0;
    for (int i = 0; i < 4; ++i) {
        const StageRate &s = out.stages[i];
        if (!s.rate.has() || s.target <= 0)
            continue;
        const double relative = s.rate.value() / s.target;
        if (!out.constraint || relative < lowest) {
            out.constraint = i;
            lowest = relative;
        }
    }

    Kpis &k = out.kpis;
    k.winRate = Figure::ratio(won, won + lost,
                              QStringLiteral("no opportunity won or lost in the funnel window"));
    k.avgDealSize = Figure::ratio(
        amountSum, amountCount, QStringLiteral("no won deal with an amount in the funnel window"));
    const QString noDuration = won > 0 ? QStringLiteral("every won deal in the funnel window is "
                                                        "dated before its SQL date")
                                       : QStringLiteral("no won deal in the funnel window");
    k.timeToCloseDays = Figure::ratio(daysSum, won - leftOut, noDuration);
    k.timeToCloseLeftOut = leftOut;
    if (closeDays.empty()) {
        k.timeToCloseMedianDays = Figure::none(noDuration);
    } else {
        std::sort(closeDays.begin(), closeDays.end());
        const size_t n = closeDays.size();
        k.timeToCloseMedianDays =
            Figure::of(n % 2 ? closeDays[n / 2] : (closeDays[n / 2 - 1] + closeDays[n / 2]) / 2.0);
    }
    k.openOpportunities = static_cast<int>(open);
    k.pipelineValue = pipeline;
    if (!k.winRate.has() || !k.avgDealSize.has() || !k.timeToCloseDays.has()) {
        const Figure &missing = !k.winRate.has()       ? k.winRate
                                : !k.avgDealSize.has() ? k.avgDealSize
                                                       : k.timeToCloseDays;
        k.pipelineVelocityPerDay = Figure::none(missing.reason());
    } else {
        k.pipelineVelocityPerDay = Figure::ratio(
            open * k.winRate.value() * k.avgDealSize.value(), k.timeToCloseDays.value(),
            QStringLiteral("deals close the day they become SQLs (time to close 0)"));
    }
    k.nrr = retention.nrr;
    k.grr = retention.grr;
    k.slaResponseCompliance =
        Figure::ratio(met, due, QStringLiteral("no MQL response due in the funnel window"));
    k.leads = static_cast<int>(created);
    k.mqls = static_cast<int>(mqls);
    k.sqls = static_cast<int>(sqls);
    k.wins = static_cast<int>(won);
    return out;
}

} // namespace guardrail
