// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaCompliance.h"

#include "Snapshot.h"
#include "domain/Settings.h"

#include <algorithm>
#include <cmath>

namespace guardrail {

SlaCompliance::SlaCompliance(const Snapshot &snapshot, const Settings &settings)
    : m_snapshot(snapshot), m_clock(settings.timezone),
      m_default(static_cast<EpochSeconds>(std::llround(settings.slaMqlResponseHours * 3600)))
{
    for (const Sla &v : snapshot.slaVersions) // oldest first
        if (v.effectiveFrom.isValid())
            m_versions.emplace_back(
                iso::fromDate(v.effectiveFrom),
                v.responseHours ? static_cast<EpochSeconds>(std::llround(*v.responseHours * 3600))
                                : m_default);
    std::stable_sort(m_versions.begin(), m_versions.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

EpochSeconds SlaCompliance::allowedSeconds(EpochSeconds mqlAt) const
{
    const EpochDay day = iso::dayOf(mqlAt);
    // The last version effective on or before that day; on one day, the last one saved wins.
    const auto it = std::upper_bound(m_versions.cbegin(), m_versions.cend(), day,
                                     [](EpochDay d, const auto &v) { return d < v.first; });
    return it == m_versions.cbegin() ? m_default : std::prev(it)->second;
}

EpochSeconds SlaCompliance::endOfDay(EpochDay day) const
{
    return m_clock.utcOf((EpochSeconds(day) + 1) * kSecondsPerDay - 1);
}

SlaCompliance::Due SlaCompliance::due(const Lead &l, EpochSeconds endOfDayUtc) const
{
    // Deadlines are instants: hours elapsed from the MQL, whatever the clocks did meanwhile.
    const EpochSeconds deadline = l.mqlAt - l.mqlZoneOffset + allowedSeconds(l.mqlAt);
    if (deadline > endOfDayUtc)
        return Due::NotYet;
    const bool met =
        l.firstResponseAt != kNever && l.firstResponseAt - l.responseZoneOffset <= deadline;
    return met ? Due::Met : Due::Missed;
}

QList<SlaCompliance::Miss> SlaCompliance::misses(EpochDay a, int funnelWindowDays) const
{
    const EpochDay f0 = a - funnelWindowDays + 1;
    const EpochSeconds endOfA = endOfDay(a);
    QList<Miss> out;
    for (size_t i = 0; i < m_snapshot.leads.size(); ++i) {
        const Lead &l = m_snapshot.leads[i];
        if (l.mqlAt == kNever || iso::dayOf(l.mqlAt) < f0 || iso::dayOf(l.mqlAt) > a)
            continue;
        if (due(l, endOfA) != Due::Missed)
            continue;
        const EpochSeconds allowed = allowedSeconds(l.mqlAt);
        const EpochSeconds deadline = l.mqlAt - l.mqlZoneOffset + allowed;
        const bool responded = l.firstResponseAt != kNever;
        const EpochSeconds when = responded ? l.firstResponseAt - l.responseZoneOffset : endOfA;
        out << Miss{static_cast<int>(i), double(when - deadline) / 3600.0, responded,
                    double(allowed) / 3600.0};
    }
    std::sort(out.begin(), out.end(), [this](const Miss &x, const Miss &y) {
        return m_snapshot.leads[size_t(x.lead)].mqlAt > m_snapshot.leads[size_t(y.lead)].mqlAt;
    });
    return out;
}

} // namespace guardrail
