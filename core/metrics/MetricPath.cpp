// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricPath.h"

#include <QRegularExpression>

namespace guardrail {
namespace {

std::optional<double> of(const Figure &f)
{
    return f.has() ? std::optional<double>(f.value()) : std::nullopt;
}

} // namespace

std::optional<double> MetricPath::value(const Metrics &m, const QString &path)
{
    const UnitFigures &u = m.company.unit;
    const Kpis &k = m.funnel.kpis;
    if (path == u"company.cac")
        return of(u.cac);
    if (path == u"company.ltv")
        return of(u.ltv);
    if (path == u"company.ltv_cac")
        return of(u.ltvCac);
    if (path == u"company.payback_months")
        return of(u.paybackMonths);
    if (path == u"company.acquisition_pct_gp")
        return of(m.company.acquisitionPctGp);
    if (path == u"kpis.win_rate")
        return of(k.winRate);
    if (path == u"kpis.avg_deal_size")
        return of(k.avgDealSize);
    if (path == u"kpis.time_to_close_days")
        return of(k.timeToCloseDays);
    if (path == u"kpis.pipeline_velocity_per_day")
        return of(k.pipelineVelocityPerDay);
    if (path == u"kpis.nrr")
        return of(k.nrr);
    if (path == u"kpis.grr")
        return of(k.grr);
    if (path == u"kpis.sla_response_compliance")
        return of(k.slaResponseCompliance);
    static const QRegularExpression stage(QStringLiteral("^stages\\[([0-3])\\]\\.rate$"));
    if (const auto match = stage.match(path); match.hasMatch())
        return of(m.funnel.stages[size_t(match.captured(1).toInt())].rate);
    static const QRegularExpression channel(
        QStringLiteral("^channels\\[(.+)\\]\\.(cac|cac_pct_gp|ltv_cac)$"));
    if (const auto match = channel.match(path); match.hasMatch())
        for (const ChannelFigures &c : m.channels)
            if (c.name.compare(match.captured(1), Qt::CaseInsensitive) == 0) {
                const QString field = match.captured(2);
                return of(field == u"cac"          ? c.unit.cac
                          : field == u"cac_pct_gp" ? c.cacPctGp
                                                   : c.unit.ltvCac);
            }
    return std::nullopt;
}

QStringList MetricPath::choices(const Metrics &m)
{
    QStringList out = {QStringLiteral("company.cac"),
                       QStringLiteral("company.ltv_cac"),
                       QStringLiteral("company.payback_months"),
                       QStringLiteral("company.acquisition_pct_gp"),
                       QStringLiteral("kpis.win_rate"),
                       QStringLiteral("kpis.avg_deal_size"),
                       QStringLiteral("kpis.time_to_close_days"),
                       QStringLiteral("kpis.pipeline_velocity_per_day"),
                       QStringLiteral("kpis.nrr"),
                       QStringLiteral("kpis.sla_response_compliance")};
    for (int i = 0; i < 4; ++i)
        out << QStringLiteral("stages[%1].rate").arg(i);
    for (const ChannelFigures &c : m.channels)
        out << QStringLiteral("channels[%1].cac").arg(c.name)
            << QStringLiteral("channels[%1].cac_pct_gp").arg(c.name);
    return out;
}

QString MetricPath::label(const QString &path)
{
    static const QList<QPair<const char *, const char *>> names = {
        {"company.cac", "company CAC"},
        {"company.ltv", "company LTV"},
        {"company.ltv_cac", "company LTV/CAC"},
        {"company.payback_months", "company payback (months)"},
        {"company.acquisition_pct_gp", "acquisition % of GP"},
        {"kpis.win_rate", "win rate"},
        {"kpis.avg_deal_size", "average deal size"},
        {"kpis.time_to_close_days", "time to close (days)"},
        {"kpis.pipeline_velocity_per_day", "pipeline velocity per day"},
        {"kpis.nrr", "NRR"},
        {"kpis.grr", "GRR"},
        {"kpis.sla_response_compliance", "SLA compliance"}};
    for (const auto &[p, name] : names)
        if (path == QLatin1String(p))
            return QString::fromLatin1(name);
    static const QRegularExpression stage(QStringLiteral("^stages\\[([0-3])\\]\\.rate$"));
    if (const auto m = stage.match(path); m.hasMatch()) {
        static const char *const steps[] = {"Awareness → MQL", "MQL → SQL", "SQL → Customer",
                                            "Customer → Retention"};
        return QString::fromUtf8(steps[m.captured(1).toInt()]) + QStringLiteral(" rate");
    }
    static const QRegularExpression channel(QStringLiteral("^channels\\[(.+)\\]\\.(\\w+)$"));
    if (const auto m = channel.match(path); m.hasMatch())
        return m.captured(1) + (m.captured(2) == u"cac"          ? QStringLiteral(" CAC")
                                : m.captured(2) == u"cac_pct_gp" ? QStringLiteral(" CAC % of GP")
                                                                 : QStringLiteral(" LTV/CAC"));
    return path;
}

QJsonObject MetricPath::headline(const Metrics &m, const QString &channel)
{
    QJsonObject o;
    QStringList paths = {QStringLiteral("company.cac"),
                         QStringLiteral("company.ltv_cac"),
                         QStringLiteral("company.payback_months"),
                         QStringLiteral("company.acquisition_pct_gp"),
                         QStringLiteral("kpis.win_rate"),
                         QStringLiteral("kpis.nrr")};
    if (m.funnel.constraint)
        paths << QStringLiteral("stages[%1].rate").arg(*m.funnel.constraint);
    for (const ChannelFigures &c : m.channels)
        if (c.name.compare(channel, Qt::CaseInsensitive) == 0)
            paths << QStringLiteral("channels[%1].cac").arg(c.name)
                  << QStringLiteral("channels[%1].cac_pct_gp").arg(c.name);
    for (const QString &p : paths)
        if (const auto v = value(m, p))
            o.insert(p, *v);
    o.insert(QStringLiteral("as_of"), m.asOf.toString(Qt::ISODate));
    return o;
}

} // namespace guardrail
