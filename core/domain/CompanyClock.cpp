// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyClock.h"

#include <QTimeZone>

#include <algorithm>

namespace guardrail {

CompanyClock::CompanyClock(const QString &ianaId)
{
    if (ianaId.isEmpty() || ianaId == u"UTC")
        return;
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return;
    // Every change between the years the store accepts (1900-9999); tzdata's rules are
    // extended to 2100, after which the last offset holds.
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2100, 12, 31), QTime(0, 0), QTimeZone::utc());
    m_baseOffset = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to))
        m_changes.emplace_back(t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc);
}

int CompanyClock::offsetAt(EpochSeconds utc) const
{
    const auto it = std::upper_bound(
        m_changes.cbegin(), m_changes.cend(), utc,
        [](EpochSeconds t, const std::pair<EpochSeconds, int> &c) { return t < c.first; });
    return it == m_changes.cbegin() ? m_baseOffset : std::prev(it)->second;
}

EpochSeconds CompanyClock::utcOf(EpochSeconds local) const
{
    if (isUtc())
        return local;
    // Try the offset in force a day before, then the one after: the first that gives back the
    // same wall clock is the answer (the earlier occurrence of a repeated hour).
    const int before = offsetAt(local - kSecondsPerDay);
    const int after = offsetAt(local + kSecondsPerDay);
    for (const int offset : {before, after})
        if (localSeconds(local - offset) == local)
            return local - offset;
    return local - before; // skipped by a change: read with the offset before it
}

} // namespace guardrail
