// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace guardrail {

QStringList ValueParser::knownDateFormats()
{
    return {QStringLiteral("YYYY-MM-DD"), QStringLiteral("DD/MM/YYYY"), QStringLiteral("D/M/YYYY"),
            QStringLiteral("MM/DD/YYYY"), QStringLiteral("M/D/YYYY"),   QStringLiteral("D-M-YYYY"),
            QStringLiteral("DD-MM-YYYY"), QStringLiteral("DD.MM.YYYY"), QStringLiteral("D.M.YYYY"),
            QStringLiteral("YYYY.MM.DD"), QStringLiteral("YYYY/MM/DD"), QStringLiteral("M/D/YY"),
            QStringLiteral("MM/DD/YY"),   QStringLiteral("D/M/YY"),     QStringLiteral("DD/MM/YY")};
}

bool ValueParser::setDateFormat(const QString &format)
{
    const QString f = format.trimmed().toUpper();
    if (f.isEmpty() || f == u"YYYY-MM-DD" || f == u"ISO") {
        m_format.clear();
        return true;
    }
    if (!knownDateFormats().contains(f))
        return false;
    m_format = f;
    m_separator = f.contains(QLatin1Char('/'))   ? QLatin1Char('/')
                  : f.contains(QLatin1Char('-')) ? QLatin1Char('-')
                                                 : QLatin1Char('.');
    const QStringList parts = f.split(m_separator);
    m_dayPos = m_monthPos = m_yearPos = -1;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i].startsWith(QLatin1Char('D')))
            m_dayPos = i;
        else if (parts[i].startsWith(QLatin1Char('M')))
            m_monthPos = i;
        else
            m_yearPos = i;
    }
    m_twoDigitYear = parts[m_yearPos].size() == 2;
    return true;
}

std::optional<EpochSeconds> ValueParser::timestamp(const QString &text) const
{
    // ISO 8601 is always read: it starts YYYY-, which no other layout does.
    if (const auto t = iso::parseTime(text); t || m_format.isEmpty())
        return t ? inCompanyZone(*t) : std::nullopt;
    // The date part ends at the first space or 'T'; the rest is an ISO time of day.
    qsizetype end = text.indexOf(QLatin1Char(' '));
    if (end < 0)
        end = text.indexOf(QLatin1Char('T'));
    const QString datePart = end < 0 ? text : text.left(end);
    const QStringList parts = datePart.split(m_separator);
    if (parts.size() != 3)
        return std::nullopt;
    bool okD = false, okM = false, okY = false;
    const int d = parts[m_dayPos].toInt(&okD), m = parts[m_monthPos].toInt(&okM);
    int y = parts[m_yearPos].toInt(&okY);
    const auto allDigits = [](const QString &part) {
        return !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) {
            return c.unicode() >= '0' && c.unicode() <= '9';
        });
    };
    if (!okD || !okM || !okY || parts[m_yearPos].size() != (m_twoDigitYear ? 2 : 4) ||
        parts[m_dayPos].size() > 2 || parts[m_monthPos].size() > 2 ||
        !std::all_of(parts.begin(), parts.end(), allDigits))
        return std::nullopt;
    if (m_twoDigitYear)
        y += 2000; // a two-digit year YY is 20YY (DESIGN section 2)
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    QString isoText = date.toString(Qt::ISODate);
    if (end >= 0) {
        QString time = text.mid(end + 1).trimmed().toUpper();
        // US exports write "3:05 PM": a 12-hour clock with the hour unpadded.
        int addHours = -1;
        if (time.endsWith(u"AM") || time.endsWith(u"PM")) {
            addHours = time.endsWith(u"PM") ? 12 : 0;
            time.chop(2);
            time = time.trimmed();
        }
        if (time.size() > 1 && time[1] == QLatin1Char(':')) // Excel writes "3:00" for 03:00
            time.prepend(QLatin1Char('0'));
        if (addHours >= 0) {
            bool ok = false;
            const int hour = time.left(2).toInt(&ok);
            if (!ok || hour < 1 || hour > 12)
                return std::nullopt;
            time.replace(0, 2,
                         QStringLiteral("%1").arg(hour % 12 + addHours, 2, 10, QLatin1Char('0')));
        }
        isoText += QLatin1Char('T') + time;
    }
    const auto t = iso::parseTime(isoText);
    return t ? inCompanyZone(*t) : std::nullopt;
}

std::optional<EpochSeconds> ValueParser::inCompanyZone(iso::ParsedTime t) const
{
    // A time without a zone, or a date (00:00), is the company's wall clock (DESIGN section 2).
    return t.hasZone ? std::optional(t.seconds) : iso::inRange(m_clock.utcOf(t.seconds));
}

std::optional<MonthIndex> ValueParser::month(const QString &text) const
{
    if (auto m = iso::parseMonth(text))
        return m;
    if (text.size() > 7) // a full date names its month
        if (auto t = timestamp(text))
            return iso::monthOfDay(m_clock.dayOf(*t));
    return std::nullopt;
}

namespace {

bool isCurrencySymbol(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool isUpperAscii(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}

// An ISO 4217 code ("USD"), or a currency symbol with at most a short uppercase prefix ("$",
// "R$", "US$"). "abc" or "%" is no currency: "abc12" and "5%" are not numbers.
bool isCurrencyToken(const QString &t)
{
    if (t.size() == 3 && std::all_of(t.begin(), t.end(), isUpperAscii))
        return true;
    bool symbol = false;
    for (const QChar c : t) {
        if (isCurrencySymbol(c))
            symbol = true;
        else if (!isUpperAscii(c) || symbol)
            return false;
    }
    return symbol && t.size() <= 4;
}

// Digits with group separators only between groups of three, and one optional decimal part.
std::optional<double> plainNumber(const QString &text, bool decimalComma)
{
    const auto isGroup = [decimalComma](QChar c) {
        if (!decimalComma)
            return c == QLatin1Char(',');
        return c == QLatin1Char('.') || c == QLatin1Char(' ') || c == QChar(0x00A0) ||
               c == QChar(0x202F);
    };
    const QChar mark = decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const qsizetype markAt = text.indexOf(mark);
    if (markAt >= 0 && text.indexOf(mark, markAt + 1) >= 0)
        return std::nullopt;
    const QString whole = markAt < 0 ? text : text.left(markAt);
    const QString fraction = markAt < 0 ? QString() : text.mid(markAt + 1);
    QString digits;
    int run = 0, groups = 0;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole[i];
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            digits += c;
            ++run;
        } else if (isGroup(c)) {
            if ((groups == 0 && (run == 0 || run > 3)) || (groups > 0 && run != 3))
                return std::nullopt;
            ++groups;
            run = 0;
        } else {
            return std::nullopt;
        }
    }
    if ((groups > 0 && run != 3) || (digits.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : fraction)
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    if (markAt >= 0 && fraction.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = (digits.isEmpty() ? QStringLiteral("0") : digits)
                         .append(fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction)
                         .toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<ValueParser::Amount> ValueParser::parseAmount(const QString &raw, bool decimalComma)
{
    QString text = raw.trimmed();
    Amount out;
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true; // accounting style
        text = text.mid(1, text.size() - 2).trimmed();
    }
    const auto takeSign = [&text, &negative]() {
        if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
            if (text.front() == QLatin1Char('-')) {
                if (negative)
                    return false; // "(-5)": two signs
                negative = true;
            }
            text = text.mid(1).trimmed();
        }
        return true;
    };
    if (!takeSign())
        return std::nullopt;
    // A currency before the number ("$", "USD ", "R$ "), then perhaps the sign ("$-500").
    qsizetype i = 0;
    while (i < text.size() && !text[i].isDigit() && text[i] != QLatin1Char('.') &&
           text[i] != QLatin1Char(',') && text[i] != QLatin1Char('-') &&
           text[i] != QLatin1Char('+') && !text[i].isSpace())
        ++i;
    if (i > 0) {
        if (!isCurrencyToken(text.left(i)))
            return std::nullopt;
        out.currency = text.left(i);
        text = text.mid(i).trimmed();
        if (!takeSign())
            return std::nullopt;
    }
    // ... or after it ("1.200,50 €", "12,400.00 USD").
    qsizetype j = text.size();
    while (j > 0 && !text[j - 1].isDigit() && !text[j - 1].isSpace())
        --j;
    if (j < text.size()) {
        const QString suffix = text.mid(j);
        if (!out.currency.isEmpty() || !isCurrencyToken(suffix))
            return std::nullopt;
        out.currency = suffix;
        text = text.left(j).trimmed();
    }
    const auto v = plainNumber(text, decimalComma);
    if (!v)
        return std::nullopt;
    out.value = negative ? -*v : *v;
    return out;
}

std::optional<double> ValueParser::amount(const QString &text) const
{
    const auto a = parseAmount(text, m_decimalComma);
    return a ? std::optional<double>(a->value) : std::nullopt;
}

bool ValueParser::isCurrencyCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), isUpperAscii);
}

std::optional<bool> ValueParser::flag(const QString &raw)
{
    const QString t = raw.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"y")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"n")
        return false;
    return std::nullopt;
}

} // namespace guardrail
