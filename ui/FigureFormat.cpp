// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureFormat.h"

#include "metrics/Brief.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {
QString signOf(double v)
{
    return v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("−") : QString();
}
} // namespace

FigureFormat::FigureFormat(const QString &currency, const QLocale &locale)
    : m_currency(currency), m_symbol(Brief::currencySymbol(currency)), m_locale(locale)
{}

QString FigureFormat::money(double amount) const
{
    // Whole units: CAC and LTV are decisions in hundreds, not cents.
    return m_locale.toCurrencyString(std::round(amount), m_symbol, 0);
}

QString FigureFormat::percent(double fraction, int decimals) const
{
    return m_locale.toString(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

QString FigureFormat::ratio(const Figure &f) const
{
    return f.has() ? m_locale.toString(f.value(), 'f', 1) + QStringLiteral("×") : dash();
}

QList<double> FigureFormat::wholeParts(const QList<double> &parts)
{
    double sum = 0;
    QList<double> out;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        sum += parts[i];
        out << std::floor(parts[i]);
        order << i;
    }
    double missing = std::round(sum);
    for (double v : out)
        missing -= v;
    // The largest fractions take the units the floors left out; ties by position.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return parts[a] - out[a] > parts[b] - out[b];
    });
    for (qsizetype k = 0; k < order.size() && missing >= 1; ++k, missing -= 1)
        out[order[k]] += 1;
    return out;
}

QString FigureFormat::spendCategoryLabel(SpendCategory category)
{
    static const char *const names[] = {"Marketing", "Sales compensation", "Business development",
                                        "Operations & tooling", "Onboarding"};
    return QCoreApplication::translate("FigureFormat", names[static_cast<int>(category)]);
}

QString FigureFormat::date(const QDate &d) const
{
    return d.isValid() ? m_locale.toString(d, dateFieldFormat()) : dash();
}

QString FigureFormat::dateTime(const QDateTime &t) const
{
    return t.isValid() ? m_locale.toString(t, dateFieldFormat() + QStringLiteral(" HH:mm"))
                       : dash();
}

QString FigureFormat::month(MonthIndex m) const
{
    return m_locale.toString(iso::toDate(iso::firstDayOfMonth(m)), QStringLiteral("MMM yyyy"));
}

QString FigureFormat::monthRange(MonthIndex first, MonthIndex last) const
{
    return first == last ? month(first) : QStringLiteral("%1 – %2").arg(month(first), month(last));
}

QString FigureFormat::dateRange(const QDate &first, const QDate &last) const
{
    // Each date stays on one line (no-break spaces inside it); the range may wrap at the dash.
    const auto unbroken = [](QString d) { return d.replace(QLatin1Char(' '), QChar(0x00A0)); };
    return QStringLiteral("%1 – %2").arg(unbroken(date(first)), unbroken(date(last)));
}

std::pair<QString, QString> FigureFormat::moneyAffixes(const QString &currency)
{
    const QString symbol = Brief::currencySymbol(currency);
    if (symbol.size() == 1)
        return {symbol, QString()};
    return {QString(), QLatin1Char(' ') + symbol};
}

QString FigureFormat::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString FigureFormat::percentPointChange(double fractionDelta) const
{
    return signOf(fractionDelta) + m_locale.toString(std::abs(fractionDelta) * 100, 'f', 1) +
           QStringLiteral(" pts");
}

QString FigureFormat::moneyChange(double delta) const
{
    return signOf(delta) + money(std::abs(delta));
}

QString FigureFormat::numberChange(double delta, int decimals) const
{
    return signOf(delta) + m_locale.toString(std::abs(delta), 'f', decimals);
}

} // namespace guardrail
