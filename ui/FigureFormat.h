// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Figure.h"

#include <QLocale>
#include <QString>

namespace guardrail {

/**
 * How a figure reads, on screen and in the PDF packs alike: money in the company currency
 * with the user's locale, percentages, ratios and months, and "—" for a figure without a value
 * (its reason goes in the tooltip).
 */
class FigureFormat
{
public:
    explicit FigureFormat(const QString &currency, const QLocale &locale = QLocale());

    static QString dash() { return QStringLiteral("—"); }
    /** A tooltip: the formula with its inputs, and the reason when the figure has no value. */
    static QString explain(const Figure &f, const QString &formula)
    {
        return f.has() ? formula : formula + QStringLiteral("\n— ") + f.reason();
    }

    QString money(double amount) const;
    QString money(const Figure &f) const { return f.has() ? money(f.value()) : dash(); }
    QString percent(double fraction, int decimals = 1) const;
    QString percent(const Figure &f, int decimals = 1) const
    {
        return f.has() ? percent(f.value(), decimals) : dash();
    }
    /** LTV/CAC and other ratios: one decimal and a times sign ("4.2×"). */
    QString ratio(const Figure &f) const;
    QString number(double value, int decimals = 1) const;
    QString number(const Figure &f, int decimals = 1) const
    {
        return f.has() ? number(f.value(), decimals) : dash();
    }
    /** A signed change: "+3.1 pts", "−$400". */
    QString percentPointChange(double fractionDelta) const;
    QString moneyChange(double delta) const;
    QString numberChange(double delta, int decimals = 1) const;

    const QLocale &locale() const { return m_locale; }

private:
    QString m_currency;
    QString m_symbol;
    QLocale m_locale;
};

} // namespace guardrail
