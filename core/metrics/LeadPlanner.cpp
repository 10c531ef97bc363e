// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPlanner.h"

#include <cmath>

namespace guardrail {
namespace {

Figure pick(const std::optional<double> &override, const Figure &measured)
{
    return override ? Figure::of(*override) : measured;
}

// ceil(count / rate), or none when an input has no value or the rate is 0.
Figure divideUp(const Figure &count, const Figure &rate, const QString &what)
{
    if (!count.has())
        return count;
    if (!rate.has())
        return Figure::none(rate.reason());
    if (rate.value() <= 0)
        return Figure::none(QStringLiteral("%1 is 0").arg(what));
    return Figure::of(std::ceil(count.value() / rate.value() - 1e-9));
}

} // namespace

LeadPlanner::Plan LeadPlanner::plan(const Metrics &m, double targetArr, int horizonMonths,
                                    const Overrides &o)
{
    Plan p;
    p.targetArr = targetArr;
    p.horizonMonths = horizonMonths;
    p.currentArr = 12 * m.company.endMrr;
    p.monthlyChurn = pick(o.monthlyChurn, m.company.unit.monthlyChurn);
    const double churn = p.monthlyChurn.valueOr(0); // no measured churn: the current ARR is kept
    p.neededNewArr = targetArr - p.currentArr * std::pow(1 - churn, horizonMonths);
    p.awarenessBasis = m.funnel.stages[0].periodBasis;
    p.currentPerWeek = m.currentPerWeek;
    if (p.neededNewArr <= 0) {
        for (int i = 0; i < 4; ++i)
            p.total[i] = p.perWeek[i] = Figure::of(0);
        p.taktHours = Figure::none(QStringLiteral("no new revenue needed"));
        comparePace(p);
        return p;
    }
    const Figure deal = pick(o.avgDealSize, m.funnel.kpis.avgDealSize);
    p.total[0] =
        divideUp(Figure::of(p.neededNewArr), deal, QStringLiteral("the average deal size"));
    p.total[1] = divideUp(p.total[0], pick(o.winRate, m.funnel.kpis.winRate),
                          QStringLiteral("the win rate"));
    p.total[2] = divideUp(p.total[1], pick(o.mqlToSql, m.funnel.stages[1].rate),
                          QStringLiteral("the MQL-to-SQL rate"));
    p.total[3] = divideUp(p.total[2], pick(o.awarenessToMql, m.funnel.stages[0].rate),
                          QStringLiteral("the Awareness-to-MQL rate"));
    const double weeks = horizonMonths * 52.0 / 12.0;
    for (int i = 0; i < 4; ++i)
        p.perWeek[i] = p.total[i].has() ? Figure::of(p.total[i].value() / weeks) : p.total[i];
    if (p.perWeek[3].has())
        p.taktHours = Figure::ratio(40, p.perWeek[3].value(), QStringLiteral("no leads needed"));
    else
        p.taktHours = p.perWeek[3];
    comparePace(p);
    return p;
}

void LeadPlanner::comparePace(Plan &p)
{
    double worst = 0;
    for (int i = 0; i < 4; ++i) {
        p.paceGap[i] = p.perWeek[i].has() ? Figure::of(p.perWeek[i].value() - p.currentPerWeek[i])
                                          : p.perWeek[i];
        if (!p.paceGap[i].has() || p.paceGap[i].value() <= 0)
            continue;
        const double shortBy = p.paceGap[i].value() / p.perWeek[i].value();
        if (shortBy > worst) {
            worst = shortBy;
            p.shortest = i;
        }
    }
}

QString LeadPlanner::paceSentence(const Plan &p, const QLocale &locale)
{
    if (p.shortest < 0) {
        bool any = false;
        for (const Figure &g : p.paceGap)
            any = any || g.has();
        return any ? QStringLiteral(
                         "Pace: the last 13 weeks meet what the goal needs at every stage.")
                   : QStringLiteral("Pace: no stage has a weekly need to compare with.");
    }
    const QStringList names = {
        QStringLiteral("Customers"), QStringLiteral("SQLs"), QStringLiteral("MQLs"),
        p.awarenessBasis ? QStringLiteral("Awareness contacts") : QStringLiteral("Leads")};
    const auto week = [&locale](double v) { return locale.toString(v, 'f', 1); };
    const auto i = static_cast<size_t>(p.shortest); // short stages always have a need and a gap
    return QStringLiteral("Pace: %1 are short: %2 a week needed, %3 a week now (%4 a week short).")
        .arg(names[p.shortest], week(p.perWeek[i].value()), week(p.currentPerWeek[i]),
             week(p.paceGap[i].value()));
}

} // namespace guardrail
