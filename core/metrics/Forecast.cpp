// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forecast.h"

#include "Snapshot.h"
#include "domain/Settings.h"

#include <QHash>

#include <algorithm>

namespace guardrail {

QString coverageStatusName(CoverageStatus s)
{
    return s == CoverageStatus::Covered ? QStringLiteral("covered") : QStringLiteral("thin");
}

std::pair<EpochDay, EpochDay> Forecast::fiscalQuarter(EpochDay day, int fiscalYearStartMonth)
{
    const MonthIndex month = iso::monthOfDay(day);
    // Months since the fiscal year began, then back to the first month of its quarter.
    const int intoYear = ((month % 12) - (fiscalYearStartMonth - 1) + 12) % 12;
    const MonthIndex first = month - intoYear % 3;
    return {iso::firstDayOfMonth(first), iso::lastDayOfMonth(first + 2)};
}

namespace {

// Open as the KPIs count it: an opportunity by A, neither won nor lost by A.
bool isOpen(const Lead &l, EpochDay a)
{
    return l.sqlAt != kNever && iso::dayOf(l.sqlAt) <= a &&
           (l.wonAt == kNever || iso::dayOf(l.wonAt) > a) &&
           (l.lostAt == kNever || iso::dayOf(l.lostAt) > a) && !l.closedUndated;
}

struct ChannelRate
{
    double won = 0, lost = 0, due = 0;
};

Figure targetOf(const Snapshot &s, EpochDay start, EpochDay end)
{
    QHash<MonthIndex, double> byMonth;
    for (const TargetRow &t : s.targets)
        byMonth.insert(t.month, t.bookings);
    double sum = 0;
    for (MonthIndex m = iso::monthOfDay(start); m <= iso::monthOfDay(end); ++m) {
        const auto it = byMonth.constFind(m);
        if (it == byMonth.cend())
            return Figure::none(
                QStringLiteral("no bookings target for %1").arg(iso::formatMonth(m)));
        sum += *it;
    }
    return Figure::of(sum);
}

PeriodForecast period(const Snapshot &s, const Settings &settings, EpochDay a, EpochDay start,
                      EpochDay end, std::vector<ChannelRate> rates, const Figure &companyRate)
{
    PeriodForecast p;
    p.start = start;
    p.end = end;
    p.target = targetOf(s, start, end);
    for (const Lead &l : s.leads) {
        const EpochDay won = l.wonAt == kNever ? 0 : iso::dayOf(l.wonAt);
        if (l.wonAt != kNever && won >= start && won <= a && l.hasAmount())
            p.bookings += l.amount;
        if (!isOpen(l, a) || l.expectedCloseAt == kNever)
            continue;
        const EpochDay expected = iso::dayOf(l.expectedCloseAt);
        if (expected > a && expected <= end) {
            p.dueCount += 1;
            if (l.hasAmount()) {
                p.pipelineDue += l.amount;
                rates[size_t(l.channel)].due += l.amount;
            }
        }
    }
    p.attainment = p.target.has() ? Figure::ratio(p.bookings, p.target.value(),
                                                  QStringLiteral("the bookings target is 0"))
                                  : p.target;
    p.remaining = p.target.has() ? Figure::of(p.target.value() - p.bookings) : p.target;
    if (!p.remaining.has())
        p.coverage = p.remaining;
    else if (p.remaining.value() <= 0)
        p.coverage = Figure::none(QStringLiteral("target already met"));
    else
        p.coverage = Figure::of(p.pipelineDue / p.remaining.value());
    if (p.coverage.has())
        p.coverageStatus = p.coverage.value() >= settings.coverageTarget ? CoverageStatus::Covered
                                                                         : CoverageStatus::Thin;

    double expected = p.bookings;
    QString missingRate;
    for (size_t c = 0; c < rates.size(); ++c) {
        const ChannelRate &r = rates[c];
        if (r.due == 0)
            continue;
        const double rate = r.won + r.lost > 0  ? r.won / (r.won + r.lost)
                            : companyRate.has() ? companyRate.value()
                                                : -1;
        if (rate < 0) {
            missingRate =
                QStringLiteral("deals are due on %1, which has no win rate, and neither has the "
                               "company (no opportunity won or lost in the funnel window)")
                    .arg(s.channels.value(qsizetype(c)));
            break;
        }
        expected += rate * r.due;
    }
    p.forecast = missingRate.isEmpty() ? Figure::of(expected) : Figure::none(missingRate);
    p.forecastAttainment = !p.forecast.has() ? p.forecast
                           : p.target.has()
                               ? Figure::ratio(p.forecast.value(), p.target.value(),
                                               QStringLiteral("the bookings target is 0"))
                               : p.target;
    p.runRate = Figure::of(p.bookings / double(a - start + 1) * double(end - start + 1));
    return p;
}

} // namespace

ForecastFigures Forecast::compute(const Snapshot &s, const Settings &settings, EpochDay a)
{
    // Each channel's win rate over the funnel window: the won and lost sets of the KPIs.
    const EpochDay f0 = a - settings.funnelWindowDays + 1;
    const auto inF = [a, f0](EpochSeconds t) {
        return t != kNever && iso::dayOf(t) >= f0 && iso::dayOf(t) <= a;
    };
    std::vector<ChannelRate> rates(size_t(s.channels.size()));
    double won = 0, lost = 0;
    for (const Lead &l : s.leads) {
        if (l.sqlAt == kNever)
            continue;
        const bool w = inF(l.wonAt), x = inF(l.lostAt);
        rates[size_t(l.channel)].won += w;
        rates[size_t(l.channel)].lost += x;
        won += w;
        lost += x;
    }
    const Figure companyRate = Figure::ratio(
        won, won + lost, QStringLiteral("no opportunity won or lost in the funnel window"));

    ForecastFigures f;
    const auto [qStart, qEnd] = fiscalQuarter(a, settings.fiscalYearStartMonth);
    f.quarter = period(s, settings, a, qStart, qEnd, rates, companyRate);
    const MonthIndex month = iso::monthOfDay(a);
    f.month = period(s, settings, a, iso::firstDayOfMonth(month), iso::lastDayOfMonth(month), rates,
                     companyRate);

    for (size_t i = 0; i < s.leads.size(); ++i) {
        const Lead &l = s.leads[i];
        if (l.wonAt != kNever && iso::dayOf(l.wonAt) >= qStart && iso::dayOf(l.wonAt) <= a &&
            !l.hasAmount())
            f.winsWithoutAmount += 1;
        if (!isOpen(l, a))
            continue;
        const double amount = l.hasAmount() ? l.amount : 0;
        if (l.expectedCloseAt == kNever) {
            f.undatedCount += 1;
            f.undatedValue += amount;
        } else if (iso::dayOf(l.expectedCloseAt) <= a) {
            f.slippedCount += 1;
            f.slippedValue += amount;
            f.slipped.push_back(static_cast<int>(i));
        }
    }
    std::stable_sort(f.slipped.begin(), f.slipped.end(), [&s](int x, int y) {
        return s.leads[size_t(x)].expectedCloseAt < s.leads[size_t(y)].expectedCloseAt;
    });
    return f;
}

} // namespace guardrail
