// SPDX-License-Identifier: GPL-3.0-or-later
#include "Iso8601.h"

namespace guardrail::iso {
namespace {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
EpochDay daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

void civilFromDays(EpochDay z, int &y, int &m, int &d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe) + era * 400 + (m <= 2);
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads exactly n ASCII digits at p; -1 when any is not a digit.
template <typename Char> int digits(const Char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned>(p[i]);
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + static_cast<int>(c - '0');
    }
    return v;
}

template <typename Char> std::optional<EpochDay> dateAt(const Char *p, int length)
{
    if (length < 10 || p[4] != '-' || p[7] != '-')
        return std::nullopt;
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

template <typename Char> std::optional<ParsedTime> timestampAt(const Char *p, int n)
{
    const auto day = dateAt(p, n);
    if (!day)
        return std::nullopt;
    EpochSeconds t = EpochSeconds(*day) * kSecondsPerDay;
    if (n == 10)
        return ParsedTime{t, false};
    if ((p[10] != 'T' && p[10] != ' ') || n < 16 || p[13] != ':')
        return std::nullopt;
    const int hh = digits(p + 11, 2), mm = digits(p + 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
        return std::nullopt;
    int i = 16, ss = 0;
    if (i < n && p[i] == ':') {
        if (n < i + 3 || (ss = digits(p + i + 1, 2)) < 0 || ss > 59)
            return std::nullopt;
        i += 3;
        if (i < n && p[i] == '.') { // fractional seconds are accepted and dropped
            ++i;
            while (i < n && p[i] >= '0' && p[i] <= '9')
                ++i;
        }
    }
    t += hh * 3600 + mm * 60 + ss;
    if (i == n)
        return ParsedTime{t, false};
    if (p[i] == 'Z' && i + 1 == n)
        return ParsedTime{t, true};
    // An offset: +HH:MM, or compact +HHMM (Salesforce's API writes "+0000"), or +HH.
    const bool extended = n == i + 6 && p[i + 3] == ':', compact = n == i + 5, hours = n == i + 3;
    if ((p[i] == '+' || p[i] == '-') && (extended || compact || hours)) {
        const int oh = digits(p + i + 1, 2);
        const int om = hours ? 0 : digits(p + i + (extended ? 4 : 3), 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return std::nullopt;
        const int offset = (oh * 3600 + om * 60) * (p[i] == '+' ? 1 : -1);
        if (const auto utc = inRange(t - offset))
            return ParsedTime{*utc, true};
    }
    return std::nullopt;
}

std::optional<EpochSeconds> secondsOf(std::optional<ParsedTime> t)
{
    return t ? std::optional(t->seconds) : std::nullopt;
}

} // namespace

// An offset can carry a timestamp out of the years every date is read in (1900 to 9999): one
// stored there would be written with a five-digit year, or before the first, and read back as
// no date at all. Such a timestamp is refused where it is read.
std::optional<EpochSeconds> inRange(EpochSeconds t)
{
    static const EpochSeconds first = EpochSeconds(daysFromCivil(1900, 1, 1)) * kSecondsPerDay;
    static const EpochSeconds last = EpochSeconds(daysFromCivil(10000, 1, 1)) * kSecondsPerDay - 1;
    if (t < first || t > last)
        return std::nullopt;
    return t;
}

std::optional<ParsedTime> parseTime(QStringView text)
{
    return timestampAt(text.utf16(), static_cast<int>(text.size()));
}

std::optional<EpochDay> parseDate(QStringView text)
{
    if (text.size() != 10)
        return std::nullopt;
    return dateAt(text.utf16(), 10);
}

std::optional<EpochSeconds> parseTimestamp(QStringView text)
{
    return secondsOf(timestampAt(text.utf16(), static_cast<int>(text.size())));
}

std::optional<EpochSeconds> parseTimestamp(const char *text, int length)
{
    return secondsOf(timestampAt(text, length));
}

std::optional<MonthIndex> parseMonth(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const int y = digits(text.utf16(), 4), m = digits(text.utf16() + 5, 2);
    if (y < 1900 || m < 1 || m > 12)
        return std::nullopt;
    return y * 12 + m - 1;
}

EpochDay dayOf(EpochSeconds t)
{
    return static_cast<EpochDay>(t >= 0 ? t / kSecondsPerDay
                                        : (t - kSecondsPerDay + 1) / kSecondsPerDay);
}

EpochDay dayFromCivil(int year, int month, int day)
{
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

QDate toDate(EpochDay day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return QDate(y, m, d);
}

EpochDay fromDate(QDate date)
{
    return dayFromCivil(date.year(), date.month(), date.day());
}

MonthIndex monthOfDay(EpochDay day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return y * 12 + m - 1;
}

MonthIndex monthOf(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

EpochDay firstDayOfMonth(MonthIndex month)
{
    return dayFromCivil(month / 12, month % 12 + 1, 1);
}

EpochDay lastDayOfMonth(MonthIndex month)
{
    return firstDayOfMonth(month + 1) - 1;
}

namespace {
// Writes digits by hand: the import formats two or three timestamps per row, a million rows.
char *putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = static_cast<char>('0' + value % 10);
    return out + width;
}

char *putDate(char *out, EpochDay day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    out = putDigits(out, y, 4);
    *out++ = '-';
    out = putDigits(out, m, 2);
    *out++ = '-';
    return putDigits(out, d, 2);
}
} // namespace

QString formatDate(EpochDay day)
{
    char text[10];
    putDate(text, day);
    return QString::fromLatin1(text, 10);
}

QString formatMonth(MonthIndex month)
{
    char text[7];
    char *out = putDigits(text, month / 12, 4);
    *out++ = '-';
    putDigits(out, month % 12 + 1, 2);
    return QString::fromLatin1(text, 7);
}

int formatTimestamp(EpochSeconds t, char *text)
{
    const EpochDay day = dayOf(t);
    const auto rest = static_cast<int>(t - EpochSeconds(day) * kSecondsPerDay);
    char *out = putDate(text, day);
    if (rest != 0) {
        *out++ = 'T';
        out = putDigits(out, rest / 3600, 2);
        *out++ = ':';
        out = putDigits(out, rest / 60 % 60, 2);
        *out++ = ':';
        out = putDigits(out, rest % 60, 2);
        *out++ = 'Z';
    }
    return static_cast<int>(out - text);
}

QString formatTimestamp(EpochSeconds t)
{
    char text[20];
    return QString::fromLatin1(text, formatTimestamp(t, text));
}

} // namespace guardrail::iso
