// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Iso8601.h"

#include <QString>

#include <utility>
#include <vector>

namespace guardrail {

/**
 * The company's time zone (the `timezone` setting) as a table of its UTC offsets, so that a
 * million timestamps are turned into wall-clock dates by a binary search each instead of a
 * QTimeZone lookup. Stored times are UTC instants; the engine works on the company's wall
 * clock ("local seconds": the wall-clock time written as if it were UTC), so that a date is
 * iso::dayOf(local seconds).
 */
class CompanyClock
{
public:
    /** UTC; an unknown id is UTC too (Settings refuses one). */
    explicit CompanyClock(const QString &ianaId = QStringLiteral("UTC"));

    bool isUtc() const { return m_changes.empty() && m_baseOffset == 0; }
    /** The zone's offset from UTC at an instant, in seconds (east positive). */
    int offsetAt(EpochSeconds utc) const;
    EpochSeconds localSeconds(EpochSeconds utc) const { return utc + offsetAt(utc); }
    /**
     * The instant a wall-clock time names. A time skipped by a change to summer time is read
     * with the offset before the change (02:30 on the spring-forward night is 03:30 summer
     * time); a time that happens twice is its first occurrence.
     */
    EpochSeconds utcOf(EpochSeconds local) const;
    EpochDay dayOf(EpochSeconds utc) const { return iso::dayOf(localSeconds(utc)); }

private:
    int m_baseOffset = 0;                                // before the first change
    std::vector<std::pair<EpochSeconds, int>> m_changes; // (UTC instant, offset from then on)
};

} // namespace guardrail
