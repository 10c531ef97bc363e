// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    std::optional<EpochSeconds> timestamp(const QString &text) const;
    std::optional<MonthIndex> month(const QString &text) const;
    /** "$12,400.00", "1 200,50" is refused (ambiguous), "-5" is read as -5. */
    static std::optional<double> amount(const QString &text);
    static std::optional<bool> flag(const QString &text);

    static QStringList knownDateFormats();

private:
    QString m_format;
    int m_dayPos = -1, m_monthPos = -1, m_yearPos = -1;
    QChar m_separator;
};

} // namespace guardrail
