// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include <QStringList>

#include <cmath>

namespace guardrail {

QStringList ValueParser::knownDateFormats()
{
    return {QStringLiteral("YYYY-MM-DD"), QStringLiteral("DD/MM/YYYY"),
            QStringLiteral("D/M/YYYY"),   QStringLiteral("MM/DD/YYYY"),
            QStringLiteral("M/D/YYYY"),   QStringLiteral("YYYY.MM.DD"),
            QStringLiteral("YYYY/MM/DD"), QStringLiteral("DD.MM.YYYY")};
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
    m_separator = f.contains(QLatin1Char('/')) ? QLatin1Char('/') : QLatin1Char('.');
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
    return true;
}

std::optional<EpochSeconds> ValueParser::timestamp(const QString &text) const
{
    if (m_format.isEmpty())
        return iso::parseTimestamp(text);
    // The date part ends at the first space or 'T'; the rest is an ISO time of day.
    qsizetype end = text.indexOf(QLatin1Char(' '));
    if (end < 0)
        end = text.indexOf(QLatin1Char('T'));
    const QString datePart = end < 0 ? text : text.left(end);
    const QStringList parts = datePart.split(m_separator);
    if (parts.size() != 3)
        return std::nullopt;
    bool okD = false, okM = false, okY = false;
    const int d = parts[m_dayPos].toInt(&okD), m = parts[m_monthPos].toInt(&okM),
              y = parts[m_yearPos].toInt(&okY);
    if (!okD || !okM || !okY || parts[m_yearPos].size() != 4 || parts[m_dayPos].size() > 2 ||
        parts[m_monthPos].size() > 2)
        return std::nullopt;
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
    return iso::parseTimestamp(isoText);
}

std::optional<MonthIndex> ValueParser::month(const QString &text) const
{
    if (auto m = iso::parseMonth(text))
        return m;
    if (text.size() > 7) // a full date names its month
        if (auto t = timestamp(text))
            return iso::monthOfDay(iso::dayOf(*t));
    return std::nullopt;
}

std::optional<double> ValueParser::amount(const QString &raw)
{
    QString text = raw.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) &&
        text.endsWith(QLatin1Char(')'))) { // accounting negative
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(QLatin1Char('-'))) {
        negative = !negative;
        text = text.mid(1).trimmed();
    }
    // A leading or trailing currency symbol or code ("$", "€", "USD ") is dropped.
    while (!text.isEmpty() && !text.front().isDigit() && text.front() != QLatin1Char('.'))
        text.remove(0, 1);
    while (!text.isEmpty() && !text.back().isDigit())
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    // Thousands separators are commas in groups of three before an optional decimal point.
    if (text.contains(QLatin1Char(','))) {
        const QString whole = text.section(QLatin1Char('.'), 0, 0);
        const QStringList groups = whole.split(QLatin1Char(','));
        for (int i = 1; i < groups.size(); ++i)
            if (groups[i].size() != 3)
                return std::nullopt;
        text.remove(QLatin1Char(','));
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return negative ? -v : v;
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
