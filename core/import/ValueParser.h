// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompanyClock.h"
#include "domain/Iso8601.h"

#include <QString>

#include <optional>

namespace guardrail {

/**
 * Reads the cell values of an import: timestamps in ISO 8601 or in one declared date layout
 * (DD/MM/YYYY, MM/DD/YYYY, M/D/YYYY, D/M/YYYY, YYYY.MM.DD, YYYY/MM/DD, DD.MM.YYYY), amounts
 * with a currency symbol or thousands separators, and yes/no flags. A layout is never guessed.
 */
class ValueParser
{
public:
    /** Empty format: ISO 8601 only. Returns false for a layout it does not know. */
    bool setDateFormat(const QString &format);
    QString dateFormat() const { return m_format; }

    /** The company's zone, in which a time without one (or a date) is read; UTC by default. */
    void setClock(const CompanyClock &clock) { m_clock = clock; }
    std::optional<EpochSeconds> timestamp(const QString &text) const;
    std::optional<MonthIndex> month(const QString &text) const;
    struct Amount
    {
        double value = 0;
        QString currency; // the symbol or ISO code written in the cell, if any
    };
    /**
     * DESIGN section 2, "Delimiter and numbers": a sign, digits with group separators between
     * groups of three, a decimal part, a currency symbol or code before or after; "(5)" is -5.
     * Anything else ("abc12", "12abc", "5%", a Unicode minus) is nullopt, never part of it.
     */
    static std::optional<Amount> parseAmount(const QString &text, bool decimalComma);
    /** With this parser's decimal mark (setDecimalComma). */
    std::optional<double> amount(const QString &text) const;
    /** `,` is the decimal mark and `.`, a space, U+00A0 or U+202F group (--decimal-comma). */
    void setDecimalComma(bool on) { m_decimalComma = on; }
    bool decimalComma() const { return m_decimalComma; }
    static std::optional<bool> flag(const QString &text);
    /** An ISO 4217 code as written in a currency column: three letters A-Z. */
    static bool isCurrencyCode(const QString &code);

    static QStringList knownDateFormats();

private:
    std::optional<EpochSeconds> inCompanyZone(iso::ParsedTime t) const;

    CompanyClock m_clock;
    QString m_format;
    int m_dayPos = -1, m_monthPos = -1, m_yearPos = -1;
    QChar m_separator;
    bool m_decimalComma = false;
    bool m_twoDigitYear = false; // M/D/YY: YY is 20YY
};

} // namespace guardrail
