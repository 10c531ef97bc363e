// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDown.h"

#include "FunnelCalculator.h"
#include "Snapshot.h"
#include "domain/TextKey.h"

#include <algorithm>
#include <unordered_set>

namespace guardrail {
namespace {

// The indexes of names that match `name` (two spellings of one channel are one group).
std::vector<bool> matching(const QStringList &names, const QString &name)
{
    const QString key = textKey(name);
    std::vector<bool> in(size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        in[size_t(i)] = textKey(names[i]) == key;
    return in;
}

bool inDays(EpochSeconds t, EpochDay first, EpochDay last)
{
    return t != kNever && iso::dayOf(t) >= first && iso::dayOf(t) <= last;
}

} // namespace

std::vector<int> DrillDown::opportunities(const Snapshot &s, const Settings &settings, EpochDay a,
                                          const std::vector<bool> &inGroup, bool bySegment)
{
    const EpochDay f0 = a - settings.funnelWindowDays + 1;
    std::vector<int> out;
    for (size_t i = 0; i < s.leads.size(); ++i) {
        const Lead &l = s.leads[i];
        const int group = bySegment ? l.segment : l.channel;
        if (group < 0 || size_t(group) >= inGroup.size() || !inGroup[size_t(group)])
            continue;
        if (l.sqlAt == kNever || iso::dayOf(l.sqlAt) > a)
            continue;
        const bool wonByA = l.wonAt != kNever && iso::dayOf(l.wonAt) <= a;
        const bool lostByA = l.lostAt != kNever && iso::dayOf(l.lostAt) <= a;
        const bool open = !wonByA && !lostByA && !l.closedUndated;
        if (inDays(l.sqlAt, f0, a) || inDays(l.wonAt, f0, a) || inDays(l.lostAt, f0, a) || open)
            out.push_back(int(i));
    }
    std::stable_sort(out.begin(), out.end(), [&s](int x, int y) {
        return s.leads[size_t(x)].sqlAt > s.leads[size_t(y)].sqlAt;
    });
    return out;
}

std::vector<int> DrillDown::channelDeals(const Snapshot &s, const Settings &settings, EpochDay a,
                                         const QString &channel)
{
    return opportunities(s, settings, a, matching(s.channels, channel), false);
}

std::vector<int> DrillDown::segmentDeals(const Snapshot &s, const Settings &settings, EpochDay a,
                                         const QString &segment)
{
    return opportunities(s, settings, a, matching(s.segments, segment), true);
}

std::vector<int> DrillDown::stepCohort(const Snapshot &s, const Settings &settings, EpochDay a,
                                       int step, int segment)
{
    const EpochDay f0 = a - settings.funnelWindowDays + 1;
    const auto inSegment = [&s, segment](int lead) {
        return segment < 0 || s.leads[size_t(lead)].segment == segment;
    };
    std::vector<int> out;
    if (step == 3) { // customers active (mrr > 0) the month before the unit window
        const MonthIndex before =
            FunnelCalculator::unitWindow(a, settings.unitWindowMonths).first - 1;
        std::unordered_set<int> active;
        for (const RevenueRow &r : s.revenue)
            if (r.month == before && r.mrr > 0 && inSegment(r.lead))
                active.insert(r.lead);
        out.assign(active.begin(), active.end());
        std::sort(out.begin(), out.end());
        return out;
    }
    for (size_t i = 0; i < s.leads.size(); ++i) {
        const Lead &l = s.leads[i];
        const EpochSeconds at = step == 0 ? l.createdAt : step == 1 ? l.mqlAt : l.sqlAt;
        if (inDays(at, f0, a) && inSegment(int(i)))
            out.push_back(int(i));
    }
    return out;
}

QList<DrillDown::MonthSpend> DrillDown::channelSpend(const Snapshot &s, const Settings &settings,
                                                     EpochDay a, const QString &channel)
{
    const auto [first, last] = FunnelCalculator::unitWindow(a, settings.unitWindowMonths);
    const std::vector<bool> in = matching(s.channels, channel);
    QList<MonthSpend> out;
    for (MonthIndex m = first; m <= last; ++m)
        out << MonthSpend{m, {}, 0};
    for (const SpendRow &r : s.spend) {
        if (r.channel < 0 || size_t(r.channel) >= in.size() || !in[size_t(r.channel)] ||
            r.month < first || r.month > last || !settings.cacCategories[size_t(r.category)])
            continue; // as cost counts it: the CAC categories only
        MonthSpend &row = out[r.month - first];
        row.byCategory[size_t(r.category)] += r.amount;
        row.total += r.amount;
    }
    return out;
}

} // namespace guardrail
