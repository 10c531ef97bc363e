// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfRecord.h"

#include "MetricsJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace guardrail {
namespace {

class Reader
{
public:
    explicit Reader(const QJsonArray &nulls)
    {
        for (const QJsonValue &n : nulls)
            m_reasons.insert(n[QStringLiteral("path")].toString(),
                             n[QStringLiteral("reason")].toString());
    }

    Figure figure(const QJsonObject &o, const QString &path, const QString &key) const
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble())
            return Figure::of(v.toDouble());
        return Figure::none(
            m_reasons.value(path + QLatin1Char('.') + key, QStringLiteral("not recorded")));
    }

    WhatIf::Side side(const QJsonObject &o, const QString &path) const
    {
        WhatIf::Side s;
        const QJsonObject company = o.value(QStringLiteral("company")).toObject();
        const QString cp = path + QStringLiteral(".company");
        s.cac = figure(company, cp, QStringLiteral("cac"));
        s.acquisitionPctGp = figure(company, cp, QStringLiteral("acquisition_pct_gp"));
        s.newCustomers = company.value(QStringLiteral("new_customers")).toDouble();
        s.cost = company.value(QStringLiteral("cost")).toDouble();
        for (const QJsonValue &v : o.value(QStringLiteral("channels")).toArray()) {
            const QJsonObject c = v.toObject();
            WhatIf::Channel ch;
            ch.name = c.value(QStringLiteral("name")).toString();
            const QString p = path + QStringLiteral(".channels[%1]").arg(ch.name);
            ch.cost = c.value(QStringLiteral("cost")).toDouble();
            ch.newCustomers = c.value(QStringLiteral("new_customers")).toDouble();
            ch.cac = figure(c, p, QStringLiteral("cac"));
            ch.cacPctGp = figure(c, p, QStringLiteral("cac_pct_gp"));
            ch.status = status(c.value(QStringLiteral("status")).toString());
            s.channels << ch;
        }
        return s;
    }

    static GuardrailStatus status(const QString &name)
    {
        for (const GuardrailStatus s :
             {GuardrailStatus::Inside, GuardrailStatus::Near, GuardrailStatus::Breach,
              GuardrailStatus::NoCustomers, GuardrailStatus::NoData, GuardrailStatus::NoLtv})
            if (statusName(s) == name)
                return s;
        return GuardrailStatus::NoData;
    }

private:
    QHash<QString, QString> m_reasons;
};

std::optional<double> optional(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject WhatIfRecord::toJson(const WhatIf::Result &scenario, int unitWindowMonths)
{
    QJsonObject o = MetricsJson::toJson(scenario);
    o.insert(QStringLiteral("unit_window_months"), unitWindowMonths);
    return o;
}

std::optional<WhatIfRecord> WhatIfRecord::read(const QString &figuresJson)
{
    const QJsonValue v = QJsonDocument::fromJson(figuresJson.toUtf8()).object().value(key());
    return v.isObject() ? fromJson(v.toObject()) : std::nullopt;
}

std::optional<WhatIfRecord> WhatIfRecord::fromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("scenario")).isString() ||
        !o.value(QStringLiteral("before")).isObject() ||
        !o.value(QStringLiteral("after")).isObject() ||
        o.value(QStringLiteral("unit_window_months")).toInt() < 1)
        return std::nullopt;
    const Reader reader(o.value(QStringLiteral("nulls")).toArray());
    WhatIfRecord record;
    record.unitWindowMonths = o.value(QStringLiteral("unit_window_months")).toInt();
    WhatIf::Result &r = record.scenario;
    r.scenario = o.value(QStringLiteral("scenario")).toString();
    r.assumption = o.value(QStringLiteral("assumption")).toString();
    r.before = reader.side(o.value(QStringLiteral("before")).toObject(), QStringLiteral("before"));
    const QJsonObject after = o.value(QStringLiteral("after")).toObject();
    r.after = reader.side(after, QStringLiteral("after"));
    r.monthlySpendSaved = optional(after, QStringLiteral("monthly_spend_saved"));
    r.monthlyNewCustomersLost = optional(after, QStringLiteral("monthly_new_customers_lost"));
    r.monthlyBookingsLost = optional(after, QStringLiteral("monthly_bookings_lost"));
    return record;
}

} // namespace guardrail
