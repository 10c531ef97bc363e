// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "TextKey.h"

#include <QTimeZone>

#include <cmath>

namespace guardrail {
namespace {

const QStringList kCategoryNames = {QStringLiteral("marketing"), QStringLiteral("sales_comp"),
                                    QStringLiteral("business_development"),
                                    QStringLiteral("ops_tooling"), QStringLiteral("onboarding")};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString fraction(const QString &key, const QString &value, double &out, bool allowZero = true)
{
    // "18%" is read as 0.18: people type percentages.
    const QString text = value.trimmed();
    auto v = text.endsWith(QLatin1Char('%')) ? number(text.chopped(1)) : number(text);
    if (v && text.endsWith(QLatin1Char('%')))
        *v /= 100;
    if (!v || *v < 0 || *v > 1 || (!allowZero && *v == 0))
        return QStringLiteral("%1 must be a fraction between %2 and 1 (0.18 or 18%), not \"%3\"")
            .arg(key, allowZero ? QStringLiteral("0") : QStringLiteral("0 (excluded)"), value);
    out = *v;
    return {};
}

QString positiveInt(const QString &key, const QString &value, int &out, int max)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < 1 || v > max)
        return QStringLiteral("%1 must be a whole number from 1 to %2, not \"%3\"")
            .arg(key)
            .arg(max)
            .arg(value);
    out = v;
    return {};
}

QString positive(const QString &key, const QString &value, double &out)
{
    const auto v = number(value);
    if (!v || *v <= 0)
        return QStringLiteral("%1 must be a number above 0, not \"%2\"").arg(key, value);
    out = *v;
    return {};
}

QString fmt(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString spendCategoryName(SpendCategory c)
{
    return kCategoryNames.at(static_cast<int>(c));
}

std::optional<SpendCategory> spendCategoryFromName(QStringView name)
{
    for (int i = 0; i < kCategoryNames.size(); ++i)
        if (name.trimmed().compare(kCategoryNames.at(i), Qt::CaseInsensitive) == 0)
            return static_cast<SpendCategory>(i);
    return std::nullopt;
}

QStringList stageTargetKeys()
{
    return {QStringLiteral("target.awareness_mql"), QStringLiteral("target.mql_sql"),
            QStringLiteral("target.sql_customer"), QStringLiteral("target.customer_retention")};
}

QString Settings::set(const QString &key, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    if (key == u"currency") {
        if (value.size() != 3 || !value.isUpper())
            return QStringLiteral(
                       "currency must be an ISO 4217 code such as USD or EUR, not \"%1\"")
                .arg(value);
        currency = value;
        return {};
    }
    if (key == u"report_paper") {
        if (value.compare(u"a4", Qt::CaseInsensitive) != 0 &&
            value.compare(u"letter", Qt::CaseInsensitive) != 0)
            return QStringLiteral("report_paper must be a4 or letter, not \"%1\"").arg(value);
        reportPaperLetter = value.compare(u"letter", Qt::CaseInsensitive) == 0;
        return {};
    }
    if (key == u"timezone") {
        if (!QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
            return QStringLiteral("timezone must be an IANA time zone such as America/New_York "
                                  "or Europe/Berlin, not \"%1\"")
                .arg(value);
        timezone = value;
        return {};
    }
    if (key == u"target.win_rate") {
        if (value.isEmpty() || value == u"none") {
            targetWinRate.reset();
            return {};
        }
        double v = 0;
        if (QString error = fraction(key, value, v, false); !error.isEmpty())
            return error + QStringLiteral(" (or none)");
        targetWinRate = v;
        return {};
    }
    if (key == u"fiscal_year_start_month")
        return positiveInt(key, value, fiscalYearStartMonth, 12);
    if (key == u"sla_compliance_target")
        return fraction(key, value, slaComplianceTarget, false);
    if (key == u"coverage_target")
        return positive(key, value, coverageTarget);
    if (key == u"guardrail_pct")
        return fraction(key, value, guardrailPct, false);
    if (key == u"guardrail_basis") {
        if (value == u"lifetime")
            guardrailBasis = GuardrailBasis::Lifetime;
        else if (value == u"first_year")
            guardrailBasis = GuardrailBasis::FirstYear;
        else
            return QStringLiteral("guardrail_basis must be lifetime or first_year, not \"%1\"")
                .arg(value);
        return {};
    }
    if (key == u"near_line_fraction")
        return fraction(key, value, nearLineFraction, false);
    if (key == u"ltv_cac_target")
        return positive(key, value, ltvCacTarget);
    if (key == u"lifetime_cap_months")
        return positiveInt(key, value, lifetimeCapMonths, 600);
    if (key == u"unit_window_months")
        return positiveInt(key, value, unitWindowMonths, 120);
    if (key == u"funnel_window_days")
        return positiveInt(key, value, funnelWindowDays, 3660);
    if (key == u"sla_mql_response_hours")
        return positive(key, value, slaMqlResponseHours);
    if (key == u"default_gross_margin")
        return fraction(key, value, defaultGrossMargin);
    if (key == u"cac_categories") {
        std::array<bool, kSpendCategoryCount> chosen{};
        const auto parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const auto c = spendCategoryFromName(part);
            if (!c)
                return QStringLiteral("cac_categories: unknown category \"%1\" (use %2)")
                    .arg(part.trimmed(), kCategoryNames.join(QStringLiteral(", ")));
            chosen[static_cast<int>(*c)] = true;
        }
        if (parts.isEmpty())
            return QStringLiteral("cac_categories must name at least one category");
        cacCategories = chosen;
        return {};
    }
    if (key == u"shared_cost_allocation") {
        if (value == u"customers")
            sharedCostAllocation = SharedCostAllocation::Customers;
        else if (value == u"leads")
            sharedCostAllocation = SharedCostAllocation::Leads;
        else if (value == u"equal")
            sharedCostAllocation = SharedCostAllocation::Equal;
        else
            return QStringLiteral(
                       "shared_cost_allocation must be customers, leads or equal, not \"%1\"")
                .arg(value);
        return {};
    }
    const int target = static_cast<int>(stageTargetKeys().indexOf(key));
    if (target >= 0)
        return fraction(key, value, stageTargets[target]);
    if (key.startsWith(u"segment.")) {
        const int dot = static_cast<int>(key.lastIndexOf(QLatin1Char('.')));
        const QString name = key.mid(8, dot - 8).trimmed();
        const QString field = key.mid(dot + 1);
        if (name.isEmpty() || dot <= 8)
            return QStringLiteral("unknown setting \"%1\" (segment keys are segment.NAME.FIELD)")
                .arg(key);
        SegmentSettings &s = segments[textKey(name)]; // Straße = STRASSE, as names match
        if (s.name.isEmpty())
            s.name = name;
        double v = 0;
        QString error;
        if (field == u"gross_margin")
            error = fraction(key, value, v);
        else if (field == u"payback_target_months" || field == u"assumed_arpa")
            error = positive(key, value, v);
        else if (field == u"assumed_annual_churn")
            error = fraction(key, value, v);
        else
            return QStringLiteral(
                       "unknown setting \"%1\" (a segment has gross_margin, payback_target_months, "
                       "assumed_arpa, assumed_annual_churn)")
                .arg(key);
        if (!error.isEmpty())
            return error;
        if (field == u"gross_margin")
            s.grossMargin = v;
        else if (field == u"payback_target_months")
            s.paybackTargetMonths = v;
        else if (field == u"assumed_arpa")
            s.assumedArpa = v;
        else
            s.assumedAnnualChurn = v;
        return {};
    }
    return QStringLiteral("unknown setting \"%1\"").arg(key);
}

QMap<QString, QString> Settings::toMap() const
{
    QMap<QString, QString> m;
    m.insert(QStringLiteral("currency"), currency);
    m.insert(QStringLiteral("report_paper"),
             reportPaperLetter ? QStringLiteral("letter") : QStringLiteral("a4"));
    m.insert(QStringLiteral("guardrail_pct"), fmt(guardrailPct));
    m.insert(QStringLiteral("timezone"), timezone);
    m.insert(QStringLiteral("target.win_rate"),
             targetWinRate ? fmt(*targetWinRate) : QStringLiteral("none"));
    m.insert(QStringLiteral("fiscal_year_start_month"), QString::number(fiscalYearStartMonth));
    m.insert(QStringLiteral("sla_compliance_target"), fmt(slaComplianceTarget));
    m.insert(QStringLiteral("coverage_target"), fmt(coverageTarget));
    m.insert(QStringLiteral("guardrail_basis"), guardrailBasis == GuardrailBasis::Lifetime
                                                    ? QStringLiteral("lifetime")
                                                    : QStringLiteral("first_year"));
    m.insert(QStringLiteral("near_line_fraction"), fmt(nearLineFraction));
    m.insert(QStringLiteral("ltv_cac_target"), fmt(ltvCacTarget));
    m.insert(QStringLiteral("lifetime_cap_months"), QString::number(lifetimeCapMonths));
    m.insert(QStringLiteral("unit_window_months"), QString::number(unitWindowMonths));
    m.insert(QStringLiteral("funnel_window_days"), QString::number(funnelWindowDays));
    QStringList cats;
    for (int i = 0; i < kSpendCategoryCount; ++i)
        if (cacCategories[i])
            cats << kCategoryNames.at(i);
    m.insert(QStringLiteral("cac_categories"), cats.join(QLatin1Char(',')));
    static const char *const allocation[] = {"customers", "leads", "equal"};
    m.insert(QStringLiteral("shared_cost_allocation"),
             QString::fromLatin1(allocation[static_cast<int>(sharedCostAllocation)]));
    m.insert(QStringLiteral("sla_mql_response_hours"), fmt(slaMqlResponseHours));
    m.insert(QStringLiteral("default_gross_margin"), fmt(defaultGrossMargin));
    for (int i = 0; i < 4; ++i)
        m.insert(stageTargetKeys().at(i), fmt(stageTargets[i]));
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        const QString prefix = QStringLiteral("segment.") + it->name + QLatin1Char('.');
        if (it->grossMargin)
            m.insert(prefix + QStringLiteral("gross_margin"), fmt(*it->grossMargin));
        if (it->paybackTargetMonths)
            m.insert(prefix + QStringLiteral("payback_target_months"),
                     fmt(*it->paybackTargetMonths));
        if (it->assumedArpa)
            m.insert(prefix + QStringLiteral("assumed_arpa"), fmt(*it->assumedArpa));
        if (it->assumedAnnualChurn)
            m.insert(prefix + QStringLiteral("assumed_annual_churn"), fmt(*it->assumedAnnualChurn));
    }
    return m;
}

std::optional<QString> Settings::value(const QString &key) const
{
    const auto m = toMap();
    const QString wanted = textKey(key);
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (textKey(it.key()) == wanted)
            return it.value();
    if (Settings probe;
        key.startsWith(u"segment.") && probe.set(key, QStringLiteral("0.5")).isEmpty())
        return QString(); // a valid segment key that is unset
    return std::nullopt;
}

QStringList Settings::keys() const
{
    return toMap().keys();
}

double Settings::grossMarginOf(const QString &segment) const
{
    return segments.value(textKey(segment)).grossMargin.value_or(defaultGrossMargin);
}

double Settings::paybackTargetOf(const QString &segment) const
{
    const auto s = segments.value(textKey(segment));
    if (s.paybackTargetMonths)
        return *s.paybackTargetMonths;
    return segment.compare(u"Enterprise", Qt::CaseInsensitive) == 0 ? 24 : 18;
}

std::optional<double> Settings::assumedArpaOf(const QString &segment) const
{
    return segments.value(textKey(segment)).assumedArpa;
}

double Settings::assumedAnnualChurnOf(const QString &segment) const
{
    return segments.value(textKey(segment)).assumedAnnualChurn.value_or(0.10);
}

Settings Settings::fromMap(const QMap<QString, QString> &values, QStringList *errors)
{
    Settings s;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString error = s.set(it.key(), it.value());
        if (!error.isEmpty() && errors)
            errors->append(error);
    }
    return s;
}

} // namespace guardrail
