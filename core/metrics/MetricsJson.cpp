// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsJson.h"

#include "domain/JourneyStage.h"

#include <QJsonArray>

namespace guardrail {
namespace {

// Writes figures into objects and records each null with its JSON path.
class Writer
{
public:
    QJsonArray nulls;

    void put(QJsonObject &o, const QString &path, const char *key, const Figure &f)
    {
        const QString k = QString::fromLatin1(key);
        if (f.has()) {
            o.insert(k, f.value());
        } else {
            o.insert(k, QJsonValue::Null);
            nulls.append(QJsonObject{{QStringLiteral("path"), QString(path + QLatin1Char('.') + k)},
                                     {QStringLiteral("reason"), f.reason()}});
        }
    }

    QJsonObject unit(const QString &path, const UnitFigures &u, bool withArpa)
    {
        QJsonObject o;
        o.insert(QStringLiteral("new_customers"), u.newCustomers);
        o.insert(QStringLiteral("cost"), u.cost);
        put(o, path, "cac", u.cac);
        put(o, path, "ltv", u.ltv);
        put(o, path, "ltv_cac", u.ltvCac);
        put(o, path, "payback_months", u.paybackMonths);
        if (const auto band = ltvCacBand(u.ltvCac))
            o.insert(QStringLiteral("ltv_cac_band"), bandName(*band));
        if (withArpa) {
            put(o, path, "arpa", u.arpa);
            put(o, path, "monthly_churn", u.monthlyChurn);
            put(o, path, "gross_margin", u.grossMargin);
            put(o, path, "lifetime_months", u.lifetimeMonths);
        }
        return o;
    }

    QJsonObject period(const QString &path, const PeriodForecast &p)
    {
        QJsonObject o{{QStringLiteral("start"), iso::formatDate(p.start)},
                      {QStringLiteral("end"), iso::formatDate(p.end)},
                      {QStringLiteral("bookings"), p.bookings},
                      {QStringLiteral("due_count"), p.dueCount},
                      {QStringLiteral("pipeline_due"), p.pipelineDue}};
        put(o, path, "target", p.target);
        put(o, path, "attainment", p.attainment);
        put(o, path, "remaining", p.remaining);
        put(o, path, "coverage", p.coverage);
        o.insert(QStringLiteral("coverage_status"),
                 p.coverageStatus ? QJsonValue(coverageStatusName(*p.coverageStatus))
                                  : QJsonValue(QJsonValue::Null)); // its reason is coverage's
        put(o, path, "forecast", p.forecast);
        put(o, path, "forecast_attainment", p.forecastAttainment);
        put(o, path, "run_rate", p.runRate);
        return o;
    }

    QJsonObject whatIfSide(const QString &path, const WhatIf::Side &side)
    {
        QJsonObject company{{QStringLiteral("new_customers"), side.newCustomers},
                            {QStringLiteral("cost"), side.cost}};
        put(company, path + QStringLiteral(".company"), "cac", side.cac);
        put(company, path + QStringLiteral(".company"), "acquisition_pct_gp",
            side.acquisitionPctGp);
        QJsonArray channels;
        for (const WhatIf::Channel &c : side.channels) {
            const QString p = path + QStringLiteral(".channels[%1]").arg(c.name);
            QJsonObject o{{QStringLiteral("name"), c.name},
                          {QStringLiteral("cost"), c.cost},
                          {QStringLiteral("new_customers"), c.newCustomers},
                          {QStringLiteral("status"), statusName(c.status)}};
            put(o, p, "cac", c.cac);
            put(o, p, "cac_pct_gp", c.cacPctGp);
            channels.append(o);
        }
        return {{QStringLiteral("company"), company}, {QStringLiteral("channels"), channels}};
    }

    QJsonArray slaGroups(const QString &path, const QList<SlaGroup> &groups)
    {
        QJsonArray out;
        for (const SlaGroup &g : groups) {
            QJsonObject o{{QStringLiteral("name"), g.name},
                          {QStringLiteral("due"), g.due},
                          {QStringLiteral("met"), g.met}};
            put(o, path + QStringLiteral("[%1]").arg(g.name), "compliance", g.compliance);
            out.append(o);
        }
        return out;
    }

    QJsonObject winLossGroup(const QString &path, const WinLossFigures::Group &g)
    {
        QJsonObject o{{QStringLiteral("name"), g.name},
                      {QStringLiteral("won"), g.won},
                      {QStringLiteral("lost"), g.lost}};
        put(o, path, "win_rate", g.winRate);
        put(o, path, "gap_to_target", g.gapToTarget);
        put(o, path, "vs_company", g.vsCompany);
        put(o, path, "avg_deal_size", g.avgDealSize);
        put(o, path, "time_to_close_days", g.timeToCloseDays);
        QJsonArray reasons;
        for (const WinLossFigures::Reason &r : g.topLostReasons)
            reasons.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("count"), r.count}});
        o.insert(QStringLiteral("top_lost_reasons"), reasons);
        return o;
    }

    QJsonObject winLoss(const WinLossFigures &f)
    {
        QJsonObject o{{QStringLiteral("target_win_rate"),
                       f.targetWinRate ? QJsonValue(*f.targetWinRate) : QJsonValue()}};
        const std::pair<const char *, const QList<WinLossFigures::Group> *> lists[] = {
            {"by_channel", &f.byChannel},
            {"by_segment", &f.bySegment},
            {"by_offer", &f.byOffer},
            {"by_owner", &f.byOwner},
            {"by_icp_match", &f.byIcpMatch}};
        for (const auto &[key, groups] : lists) {
            QJsonArray rows;
            for (const WinLossFigures::Group &g : *groups)
                rows.append(winLossGroup(
                    QStringLiteral("win_loss.%1[%2]").arg(QLatin1String(key), g.name), g));
            o.insert(QLatin1String(key), rows);
        }
        QJsonArray reasons;
        for (const WinLossFigures::Reason &r : f.reasons)
            reasons.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("count"), r.count},
                                       {QStringLiteral("share"), r.share}});
        o.insert(QStringLiteral("reasons"), reasons);
        return o;
    }

    QJsonObject forecast(const ForecastFigures &f)
    {
        return {{QStringLiteral("quarter"), period(QStringLiteral("forecast.quarter"), f.quarter)},
                {QStringLiteral("month"), period(QStringLiteral("forecast.month"), f.month)},
                {QStringLiteral("slipped_count"), f.slippedCount},
                {QStringLiteral("slipped_value"), f.slippedValue},
                {QStringLiteral("undated_count"), f.undatedCount},
                {QStringLiteral("undated_value"), f.undatedValue},
                {QStringLiteral("wins_without_amount"), f.winsWithoutAmount}};
    }

    QJsonObject funnel(const QString &path, const FunnelFigures &f)
    {
        QJsonObject o;
        QJsonArray stages;
        for (int i = 0; i < 4; ++i) {
            const StageRate &s = f.stages[i];
            const QString p = path + QStringLiteral("stages[%1]").arg(i);
            QJsonObject so{{QStringLiteral("from"), stageName(s.from)},
                           {QStringLiteral("to"), stageName(s.from + 1)},
                           {QStringLiteral("target"), s.target},
                           {QStringLiteral("basis"),
                            s.periodBasis ? QStringLiteral("period") : QStringLiteral("cohort")}};
            put(so, p, "rate", s.rate);
            put(so, p, "gap", s.gap);
            stages.append(so);
        }
        o.insert(QStringLiteral("stages"), stages);
        if (f.constraint) {
            const StageRate &s = f.stages[*f.constraint];
            o.insert(QStringLiteral("constraint"),
                     QJsonObject{{QStringLiteral("from"), stageName(s.from)},
                                 {QStringLiteral("to"), stageName(s.from + 1)},
                                 {QStringLiteral("rate"), s.rate.value()},
                                 {QStringLiteral("target"), s.target}});
        } else {
            o.insert(QStringLiteral("constraint"), QJsonValue::Null);
            nulls.append(
                QJsonObject{{QStringLiteral("path"), QString(path + QStringLiteral("constraint"))},
                            {QStringLiteral("reason"),
                             QStringLiteral("no stage has both a rate and a target")}});
        }
        const Kpis &k = f.kpis;
        const QString kp = path + QStringLiteral("kpis");
        QJsonObject ko;
        put(ko, kp, "win_rate", k.winRate);
        put(ko, kp, "avg_deal_size", k.avgDealSize);
        put(ko, kp, "time_to_close_days", k.timeToCloseDays);
        put(ko, kp, "time_to_close_median_days", k.timeToCloseMedianDays);
        ko.insert(QStringLiteral("time_to_close_left_out"), k.timeToCloseLeftOut);
        ko.insert(QStringLiteral("open_opportunities"), k.openOpportunities);
        ko.insert(QStringLiteral("pipeline_value"), k.pipelineValue);
        put(ko, kp, "pipeline_velocity_per_day", k.pipelineVelocityPerDay);
        put(ko, kp, "nrr", k.nrr);
        put(ko, kp, "grr", k.grr);
        put(ko, kp, "sla_response_compliance", k.slaResponseCompliance);
        ko.insert(QStringLiteral("mqls"), k.mqls);
        ko.insert(QStringLiteral("sqls"), k.sqls);
        ko.insert(QStringLiteral("wins"), k.wins);
        o.insert(QStringLiteral("kpis"), ko);
        return o;
    }
};

} // namespace

QJsonObject MetricsJson::toJson(const Metrics &m)
{
    Writer w;
    QJsonObject root;
    root.insert(QStringLiteral("as_of"), m.asOf.toString(Qt::ISODate));
    root.insert(QStringLiteral("currency"), m.currency);
    root.insert(QStringLiteral("unit_window"),
                QJsonObject{{QStringLiteral("start_month"), iso::formatMonth(m.unitStart)},
                            {QStringLiteral("end_month"), iso::formatMonth(m.unitEnd)}});
    root.insert(QStringLiteral("funnel_window"),
                QJsonObject{{QStringLiteral("start"), iso::formatDate(m.funnelStart)},
                            {QStringLiteral("end"), iso::formatDate(m.funnelEnd)}});
    QJsonArray channels;
    for (qsizetype i = 0; i < m.channels.size(); ++i) {
        const ChannelFigures &c = m.channels[i];
        const QString p = QStringLiteral("channels[%1]").arg(c.name);
        QJsonObject o = w.unit(p, c.unit, false);
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("paused"), c.paused);
        w.put(o, p, "gp_per_customer", c.gpPerCustomer);
        w.put(o, p, "cac_pct_gp", c.cacPctGp);
        o.insert(QStringLiteral("status"), statusName(c.status));
        o.insert(QStringLiteral("months_in_breach"), c.monthsInBreach);
        o.insert(QStringLiteral("breach_reaches_data_start"), c.breachReachesDataStart);
        w.put(o, p, "max_cac", c.maxCac);
        w.put(o, p, "headroom", c.headroom);
        w.put(o, p, "max_monthly_spend", c.maxMonthlySpend);
        o.insert(QStringLiteral("monthly_spend"), c.monthlySpend);
        channels.append(o);
    }
    root.insert(QStringLiteral("channels"), channels);
    QJsonArray segments;
    for (const SegmentFigures &s : m.segments) {
        const QString p = QStringLiteral("segments[%1]").arg(s.name);
        QJsonObject o = w.unit(p, s.unit, true);
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("payback_target_months"), s.paybackTargetMonths);
        o.insert(QStringLiteral("source"),
                 s.unit.fromAssumption ? QStringLiteral("assumption") : QStringLiteral("data"));
        segments.append(o);
    }
    root.insert(QStringLiteral("segments"), segments);
    QJsonObject company = w.unit(QStringLiteral("company"), m.company.unit, true);
    w.put(company, QStringLiteral("company"), "gross_profit", m.company.grossProfit);
    w.put(company, QStringLiteral("company"), "acquisition_pct_gp", m.company.acquisitionPctGp);
    company.insert(QStringLiteral("guardrail_pct"), m.company.guardrailPct);
    root.insert(QStringLiteral("company"), company);

    const QJsonObject funnel = w.funnel(QString(), m.funnel);
    for (auto it = funnel.begin(); it != funnel.end(); ++it)
        root.insert(it.key(), it.value());
    if (m.closestToLine) {
        root.insert(QStringLiteral("closest_to_line"), *m.closestToLine);
    } else {
        root.insert(QStringLiteral("closest_to_line"), QJsonValue::Null);
        w.nulls.append(QJsonObject{
            {QStringLiteral("path"), QStringLiteral("closest_to_line")},
            {QStringLiteral("reason"), QStringLiteral("no channel has a CAC % of gross profit")}});
    }
    QJsonArray rerate;
    for (const MilestoneScore::Rerate &r : m.milestone.rerate)
        rerate.append(
            QJsonObject{{QStringLiteral("trigger"), r.trigger},
                        {QStringLiteral("name"),
                         r.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.name)}});
    root.insert(
        QStringLiteral("milestone_score"),
        QJsonObject{{QStringLiteral("level"), m.milestone.level},
                    {QStringLiteral("name"), milestoneName(m.milestone.level)},
                    {QStringLiteral("missing"), QJsonArray::fromStringList(m.milestone.missing)},
                    {QStringLiteral("rerate"), rerate}});
    root.insert(QStringLiteral("sla"),
                QJsonObject{{QStringLiteral("by_owner"),
                             w.slaGroups(QStringLiteral("sla.by_owner"), m.sla.byOwner)},
                            {QStringLiteral("by_channel"),
                             w.slaGroups(QStringLiteral("sla.by_channel"), m.sla.byChannel)}});
    QJsonArray cadence;
    for (qsizetype i = 0; i < m.reviewCadence.size(); ++i) {
        const CadenceStatus &c = m.reviewCadence[i];
        QJsonValue last = QJsonValue::Null;
        if (c.lastHeld)
            last = c.lastHeld->toString(Qt::ISODate);
        else
            w.nulls.append(QJsonObject{
                {QStringLiteral("path"), QStringLiteral("review_cadence[%1].last_held").arg(i)},
                {QStringLiteral("reason"),
                 QStringLiteral("no %1 review logged on or before the as-of date").arg(c.kind)}});
        cadence.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                   {QStringLiteral("last_held"), last},
                                   {QStringLiteral("next_due"), c.nextDue.toString(Qt::ISODate)},
                                   {QStringLiteral("overdue"), c.overdue}});
    }
    root.insert(QStringLiteral("review_cadence"), cadence);
    root.insert(QStringLiteral("forecast"), w.forecast(m.forecast));
    root.insert(QStringLiteral("win_loss"), w.winLoss(m.winLoss));
    QJsonArray weekly;
    for (qsizetype i = 0; i < m.weekly.size(); ++i) {
        QJsonObject o = w.funnel(QStringLiteral("weekly[%1].").arg(i), m.weekly[i]);
        o.insert(QStringLiteral("week_end"), iso::formatDate(m.weekly[i].asOf));
        weekly.append(o);
    }
    root.insert(QStringLiteral("weekly"), weekly);
    root.insert(QStringLiteral("nulls"), w.nulls);
    return root;
}

QJsonObject MetricsJson::toJson(const WhatIf::Result &r)
{
    Writer w;
    QJsonObject after = w.whatIfSide(QStringLiteral("after"), r.after);
    if (r.monthlySpendSaved) {
        after.insert(QStringLiteral("monthly_spend_saved"), *r.monthlySpendSaved);
        after.insert(QStringLiteral("monthly_new_customers_lost"), *r.monthlyNewCustomersLost);
        after.insert(QStringLiteral("monthly_bookings_lost"), *r.monthlyBookingsLost);
    }
    return {{QStringLiteral("scenario"), r.scenario},
            {QStringLiteral("assumption"), r.assumption},
            {QStringLiteral("before"), w.whatIfSide(QStringLiteral("before"), r.before)},
            {QStringLiteral("after"), after},
            {QStringLiteral("nulls"), w.nulls}};
}

} // namespace guardrail
