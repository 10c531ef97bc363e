// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTable.h"

#include "domain/JourneyStage.h"
#include "metrics/Brief.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace guardrail {
namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

QString money(const Figure &f)
{
    return f.has() ? kEnglish.toString(f.value(), 'f', 0) : QStringLiteral("—");
}
QString pct(const Figure &f)
{
    return f.has() ? Brief::percent(f.value(), 1) : QStringLiteral("—");
}
QString num(const Figure &f, int decimals = 1)
{
    return f.has() ? kEnglish.toString(f.value(), 'f', decimals) : QStringLiteral("—");
}

QString row(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i)
        line += i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
    return line + QLatin1Char('\n');
}

QString period(const QString &name, const PeriodForecast &p)
{
    const QString coverage = p.coverage.has()
                                 ? QStringLiteral("coverage %1x (%2)")
                                       .arg(num(p.coverage), coverageStatusName(*p.coverageStatus))
                                 : QStringLiteral("coverage — (%1)").arg(p.coverage.reason());
    return QStringLiteral("%1 %2..%3: booked %4 of %5 (%6); due %7 in %8 deals, %9; forecast %10 "
                          "(%11 of target); run rate %12\n")
        .arg(name, iso::formatDate(p.start), iso::formatDate(p.end), money(Figure::of(p.bookings)),
             money(p.target), pct(p.attainment), money(Figure::of(p.pipelineDue)),
             QString::number(p.dueCount), coverage)
        .arg(money(p.forecast), pct(p.forecastAttainment), money(p.runRate));
}

} // namespace

QString MetricsTable::text(const Metrics &m)
{
    QString s;
    s += QStringLiteral("As of %1 (%2). Unit window %3..%4; funnel window %5..%6\n\n")
             .arg(m.asOf.toString(Qt::ISODate), m.currency, iso::formatMonth(m.unitStart),
                  iso::formatMonth(m.unitEnd), iso::formatDate(m.funnelStart),
                  iso::formatDate(m.funnelEnd));
    const ForecastFigures &f = m.forecast;
    s += period(QStringLiteral("Quarter"), f.quarter) + period(QStringLiteral("Month"), f.month);
    s += QStringLiteral("Slipped: %1 deals worth %2; undated: %3 worth %4\n\n")
             .arg(f.slippedCount)
             .arg(money(Figure::of(f.slippedValue)))
             .arg(f.undatedCount)
             .arg(money(Figure::of(f.undatedValue)));
    const QList<int> w = {14, 8, 12, 10, 12, 9, 9, 9, 14, 8};
    s += row({QStringLiteral("Channel"), QStringLiteral("New"), QStringLiteral("Cost"),
              QStringLiteral("CAC"), QStringLiteral("LTV"), QStringLiteral("LTV/CAC"),
              QStringLiteral("Payback"), QStringLiteral("CAC%GP"), QStringLiteral("Status"),
              QStringLiteral("Months")},
             w);
    for (const ChannelFigures &c : m.channels)
        s += row({c.name, QString::number(c.unit.newCustomers), money(Figure::of(c.unit.cost)),
                  money(c.unit.cac), money(c.unit.ltv), num(c.unit.ltvCac),
                  num(c.unit.paybackMonths), pct(c.cacPctGp), statusName(c.status),
                  QString::number(c.monthsInBreach)},
                 w);
    s += QLatin1Char('\n');
    const QList<int> ws = {14, 8, 12, 10, 10, 9, 12, 9, 9, 12};
    s += row({QStringLiteral("Segment"), QStringLiteral("New"), QStringLiteral("Cost"),
              QStringLiteral("CAC"), QStringLiteral("ARPA"), QStringLiteral("Churn"),
              QStringLiteral("LTV"), QStringLiteral("LTV/CAC"), QStringLiteral("Payback"),
              QStringLiteral("Source")},
             ws);
    for (const SegmentFigures &g : m.segments)
        s += row({g.name, QString::number(g.unit.newCustomers), money(Figure::of(g.unit.cost)),
                  money(g.unit.cac), money(g.unit.arpa), pct(g.unit.monthlyChurn),
                  money(g.unit.ltv), num(g.unit.ltvCac), num(g.unit.paybackMonths),
                  g.unit.fromAssumption ? QStringLiteral("assumption") : QStringLiteral("data")},
                 ws);
    const UnitFigures &c = m.company.unit;
    s += QStringLiteral("\nCompany: CAC %1, LTV %2, LTV/CAC %3, payback %4 months; acquisition "
                        "spend %5 of the unit window's gross profit (a spend ratio, not the "
                        "guardrail, which is CAC at most %6 of a customer's gross profit)\n")
             .arg(money(c.cac), money(c.ltv), num(c.ltvCac), num(c.paybackMonths),
                  pct(m.company.acquisitionPctGp), Brief::percent(m.company.guardrailPct));
    s += QStringLiteral("Closest to the line: %1\n\nFunnel\n")
             .arg(m.closestToLine.value_or(QStringLiteral("—")));
    for (int i = 0; i < 4; ++i) {
        const StageRate &r = m.funnel.stages[i];
        s += QStringLiteral("  %1 -> %2: %3 (target %4)%5\n")
                 .arg(stageName(r.from).leftJustified(9), stageName(r.from + 1).leftJustified(9),
                      pct(r.rate), Brief::percent(r.target),
                      m.funnel.constraint == i ? QStringLiteral("  <- constraint") : QString());
    }
    const Kpis &k = m.funnel.kpis;
    s += QStringLiteral("\nWin rate %1, average deal %2, time to close %3 days (median %4), "
                        "pipeline velocity %5/day\n")
             .arg(pct(k.winRate), money(k.avgDealSize), num(k.timeToCloseDays),
                  num(k.timeToCloseMedianDays), money(k.pipelineVelocityPerDay));
    s += QStringLiteral(
             "Open opportunities %1 worth %2; NRR %3, GRR %4; SLA response compliance %5\n")
             .arg(k.openOpportunities)
             .arg(money(Figure::of(k.pipelineValue)), pct(k.nrr), pct(k.grr),
                  pct(k.slaResponseCompliance));
    s += QStringLiteral("Volume (funnel window): %1 MQLs, %2 SQLs, %3 wins\n")
             .arg(k.mqls)
             .arg(k.sqls)
             .arg(k.wins);
    s += QStringLiteral("Milestone: %1 %2")
             .arg(m.milestone.level)
             .arg(milestoneName(m.milestone.level));
    if (!m.milestone.missing.isEmpty())
        s +=
            QStringLiteral("; next level needs: ") + m.milestone.missing.join(QStringLiteral("; "));
    return s + QLatin1Char('\n');
}

QString MetricsTable::plan(const LeadPlanner::Plan &p, const QString &currency, bool json)
{
    const QStringList names = {
        QStringLiteral("customers"), QStringLiteral("sqls"), QStringLiteral("mqls"),
        p.awarenessBasis ? QStringLiteral("awareness") : QStringLiteral("leads")};
    if (json) {
        QJsonObject o{{QStringLiteral("target_arr"), p.targetArr},
                      {QStringLiteral("horizon_months"), p.horizonMonths},
                      {QStringLiteral("current_arr"), p.currentArr},
                      {QStringLiteral("needed_new_arr"), p.neededNewArr}};
        const auto put = [](QJsonObject &obj, const QString &key, const Figure &f) {
            obj.insert(key, f.has() ? QJsonValue(f.value()) : QJsonValue());
        };
        put(o, QStringLiteral("monthly_churn"), p.monthlyChurn);
        QJsonObject total, week;
        for (int i = 0; i < 4; ++i) {
            put(total, names[i], p.total[i]);
            put(week, names[i], p.perWeek[i]);
        }
        o.insert(QStringLiteral("total"), total);
        o.insert(QStringLiteral("per_week"), week);
        QJsonObject current, gap;
        for (int i = 0; i < 4; ++i) {
            current.insert(names[i], p.currentPerWeek[i]);
            put(gap, names[i], p.paceGap[i]);
        }
        o.insert(QStringLiteral("current_per_week"), current);
        o.insert(QStringLiteral("pace_gap"), gap);
        put(o, QStringLiteral("takt_hours"), p.taktHours);
        return QString::fromUtf8(QJsonDocument(o).toJson());
    }
    QString s =
        QStringLiteral(
            "Target ARR %1 in %2 months; current ARR %3, monthly churn %4; new ARR needed %5\n")
            .arg(Brief::money(p.targetArr, currency))
            .arg(p.horizonMonths)
            .arg(Brief::money(p.currentArr, currency), pct(p.monthlyChurn),
                 Brief::money(p.neededNewArr, currency));
    if (p.neededNewArr <= 0)
        return s + QStringLiteral("No new revenue needed: every count is 0.\n");
    for (int i = 0; i < 4; ++i)
        s += QStringLiteral("  %1 %2 in total, %3 per week; now %4 a week%5\n")
                 .arg(names[i].leftJustified(10), num(p.total[i], 0).rightJustified(8),
                      num(p.perWeek[i], 1), num(Figure::of(p.currentPerWeek[i]), 1),
                      p.total[i].has()
                          ? QString()
                          : QStringLiteral(" (") + p.total[i].reason() + QLatin1Char(')'));
    s += LeadPlanner::paceSentence(p, kEnglish) + QLatin1Char('\n');
    // As the Planner page says it: minutes under an hour, never "0.1 working hours".
    const QString who = p.awarenessBasis ? QStringLiteral("visitor") : QStringLiteral("lead");
    if (p.taktHours.has() && p.taktHours.value() >= 1)
        s += QStringLiteral("Takt: one new %1 every %2 working hours (40-hour weeks)\n")
                 .arg(who, num(p.taktHours, 1));
    else if (p.taktHours.has())
        s += QStringLiteral("Takt: one new %1 every %2 working minutes (40-hour weeks)\n")
                 .arg(who, num(Figure::of(p.taktHours.value() * 60), 1));
    return s;
}

} // namespace guardrail
