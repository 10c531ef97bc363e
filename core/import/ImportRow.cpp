// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRow.h"

namespace guardrail {

std::optional<EpochSeconds> ImportRow::time(const ImportColumn &target)
{
    const QString text = cell(target);
    if (text.isEmpty())
        return std::nullopt;
    const auto t = parser.timestamp(text);
    if (!t)
        problem(target.name, QStringLiteral("\"%1\" is not a date or timestamp (%2)")
                                 .arg(text, parser.dateFormat().isEmpty()
                                                ? QStringLiteral("YYYY-MM-DD[THH:MM[:SS][Z]]; "
                                                                 "another layout needs "
                                                                 "--date-format")
                                                : parser.dateFormat()));
    return t;
}

std::optional<double> ImportRow::number(const ImportColumn &target, bool allowNegative)
{
    const QString text = cell(target);
    if (text.isEmpty())
        return std::nullopt;
    const auto v = parser.amount(text);
    if (!v)
        problem(target.name, QStringLiteral("\"%1\" is not a number%2")
                                 .arg(text, parser.decimalComma()
                                                ? QStringLiteral(" (decimal comma: 1.200,50)")
                                                : (text.contains(QLatin1Char(','))
                                                       ? QStringLiteral(" (a decimal comma needs "
                                                                        "--decimal-comma)")
                                                       : QString())));
    else if (!allowNegative && *v < 0)
        problem(target.name, QStringLiteral("%1 is negative").arg(text));
    return v;
}

std::optional<MonthIndex> ImportRow::month(const ImportColumn &target)
{
    const QString text = cell(target);
    const auto m = parser.month(text);
    if (!m)
        problem(target.name, text.isEmpty()
                                 ? QStringLiteral("is empty")
                                 : QStringLiteral("\"%1\" is not a month (YYYY-MM)").arg(text));
    return m;
}

std::optional<bool> ImportRow::flag(const ImportColumn &target)
{
    const QString text = cell(target);
    if (text.isEmpty())
        return std::nullopt; // no flag for this row
    const auto f = ValueParser::flag(text);
    if (!f)
        problem(target.name, QStringLiteral("\"%1\" is not true/false/yes/no/1/0").arg(text));
    return f;
}

QString ImportRow::required(const ImportColumn &target)
{
    const QString text = cell(target);
    if (text.isEmpty())
        problem(target.name, QStringLiteral("is empty"));
    return text;
}

} // namespace guardrail
