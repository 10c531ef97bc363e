// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"
#include "domain/Settings.h"
#include "metrics/Figure.h"

#include <QDate>
#include <QDateTime>

#include <QLocale>
#include <QString>

#include <utility>

namespace guardrail {

/**
 * How a figure reads, on screen and in the PDF packs alike: money in the company currency
 * with the user's locale, percentages, ratios and months, dates as "18 Nov 2026" and months as
 * "Nov 2026" (month names in the user's language, never a numeric order a reader must guess),
 * and "—" for a figure without a value (its reason goes in the tooltip). The CLI and JSON use
 * ISO 8601.
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

    /** "18 Nov 2026"; "—" for an invalid date. */
    QString date(const QDate &d) const;
    QString date(EpochDay day) const { return date(iso::toDate(day)); }
    /** "18 Nov 2026 14:05", in the clock it is given in. */
    QString dateTime(const QDateTime &t) const;
    /** "Nov 2026". */
    QString month(MonthIndex m) const;
    /** "Nov 2025 – Oct 2026" (one month: "Nov 2026"). */
    QString monthRange(MonthIndex first, MonthIndex last) const;
    /** "23 May 2026 – 18 Nov 2026". */
    QString dateRange(const QDate &first, const QDate &last) const;
    /**
     * Parts rounded to whole units so that they add up to their rounded total (largest
     * remainder): a row of money never disagrees with its own total by a unit.
     */
    static QList<double> wholeParts(const QList<double> &parts);
    /** A spend category as people say it ("Sales compensation"), never its stored name. */
    static QString spendCategoryLabel(SpendCategory category);
    /** The display format of every date field, so a field reads as the tables do. */
    static QString dateFieldFormat() { return QStringLiteral("d MMM yyyy"); }
    /**
     * The prefix and suffix a money field wears, as money reads everywhere: "$" before the
     * figure for a one-character symbol, " CHF" after it for a code.
     */
    static std::pair<QString, QString> moneyAffixes(const QString &currency);

    const QLocale &locale() const { return m_locale; }

private:
    QString m_currency;
    QString m_symbol;
    QLocale m_locale;
};

} // namespace guardrail
