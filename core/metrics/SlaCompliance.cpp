// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaCompliance.h"

#include "Snapshot.h"
#include "domain/Settings.h"
#include "domain/TextKey.h"

#include <QMap>

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

SlaFigures SlaCompliance::groups(EpochDay a, int funnelWindowDays) const
{
    const EpochDay f0 = a - funnelWindowDays + 1;
    const EpochSeconds endOfA = endOfDay(a);
    // By index, the last of each list for leads without a value (no text work per lead).
    const QStringList owners = m_snapshot.owners + QStringList{noValueGroupName(m_snapshot.owners)};
    const QStringList channels =
        m_snapshot.channels + QStringList{noValueGroupName(m_snapshot.channels)};
    std::vector<std::pair<int, int>> byOwner(size_t(owners.size())),
        byChannel(size_t(channels.size())); // due, met
    for (const Lead &l : m_snapshot.leads) {
        if (l.mqlAt == kNever || iso::dayOf(l.mqlAt) < f0 || iso::dayOf(l.mqlAt) > a)
            continue;
        const Due d = due(l, endOfA);
        if (d == Due::NotYet)
            continue;
        const auto count = [d](std::pair<int, int> &tally) {
            ++tally.first;
            tally.second += d == Due::Met ? 1 : 0;
        };
        count(byOwner[size_t(l.owner < 0 ? owners.size() - 1 : l.owner)]);
        count(byChannel[size_t(l.channel < 0 ? channels.size() - 1 : l.channel)]);
    }
    const auto list = [](const QStringList &names,
                         const std::vector<std::pair<int, int>> &tallies) {
        // Names that fold alike (two spellings of one rep) are one group.
        QMap<QString, SlaGroup> merged;
        for (size_t i = 0; i < tallies.size(); ++i) {
            if (tallies[i].first == 0)
                continue;
            SlaGroup &g = merged[textKey(names[qsizetype(i)])];
            if (g.name.isEmpty())
                g.name = names[qsizetype(i)];
            g.due += tallies[i].first;
            g.met += tallies[i].second;
        }
        QList<SlaGroup> out;
        for (SlaGroup g : std::as_const(merged)) {
            g.compliance = Figure::ratio(g.met, g.due, QStringLiteral("no MQL response due"));
            out << g;
        }
        std::stable_sort(out.begin(), out.end(), [](const SlaGroup &x, const SlaGroup &y) {
            return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
        });
        return out;
    };
    return SlaFigures{list(owners, byOwner), list(channels, byChannel)};
}

} // namespace guardrail
