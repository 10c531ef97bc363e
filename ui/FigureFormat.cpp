// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureFormat.h"

#include "metrics/Brief.h"

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
