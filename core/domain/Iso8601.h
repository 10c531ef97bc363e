// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace guardrail {

/** Seconds since 1970-01-01T00:00Z. Every timestamp in core is UTC at this resolution. */
using EpochSeconds = std::int64_t;
/** Whole days since 1970-01-01 (the UTC date of a timestamp). */
using EpochDay = std::int32_t;
/** A calendar month as year * 12 + (month - 1), so consecutive months differ by one. */
using MonthIndex = std::int32_t;

inline constexpr EpochSeconds kSecondsPerDay = 86400;

/**
 * The date and time formats of DESIGN section 2, parsed by hand because QDateTime::fromString
 * is both too lenient (it accepts "2024-1-5") and far too slow for a million-lead snapshot.
 */
namespace iso {

std::optional<EpochDay> parseDate(QStringView text); // YYYY-MM-DD
/** A timestamp as written: UTC seconds when it names a zone, else its wall-clock time. */
struct ParsedTime
{
    EpochSeconds seconds = 0;
    bool hasZone = false;
};
std::optional<ParsedTime> parseTime(QStringView text);
/** t when it lies in 1900-01-01 .. 9999-12-31T23:59:59 UTC, the years the store keeps. */
std::optional<EpochSeconds> inRange(EpochSeconds t);
// date, or date[T ]HH:MM[:SS][Z|±HH:MM]; without a zone, read as UTC (the store's own form).
std::optional<EpochSeconds> parseTimestamp(QStringView text);
std::optional<EpochSeconds> parseTimestamp(const char *text, int length);
std::optional<MonthIndex> parseMonth(QStringView text); // YYYY-MM

EpochDay dayOf(EpochSeconds t);
EpochDay dayFromCivil(int year, int month, int day);
QDate toDate(EpochDay day);
EpochDay fromDate(QDate date);
MonthIndex monthOfDay(EpochDay day);
MonthIndex monthOf(QDate date);
EpochDay firstDayOfMonth(MonthIndex month);
EpochDay lastDayOfMonth(MonthIndex month);

QString formatDate(EpochDay day);
QString formatMonth(MonthIndex month);
/** "YYYY-MM-DD" at midnight, else "YYYY-MM-DDTHH:MM:SSZ": what the store keeps. */
QString formatTimestamp(EpochSeconds t);
/** The same text into out (at least 20 bytes), without allocating; returns its length. */
int formatTimestamp(EpochSeconds t, char *out);

} // namespace iso
} // namespace guardrail
