// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLoss.h"

#include "Snapshot.h"
#include "domain/Settings.h"
#include "domain/TextKey.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace guardrail {
namespace {

using Reason = WinLossFigures::Reason;
using Group = WinLossFigures::Group;

// Names and reasons are ordered code point by code point after case folding (DESIGN), so
// "(none given)" comes before any letter.
bool byFoldedName(const QString &a, const QString &b)
{
    return textKey(a) < textKey(b);
}

QList<Reason> rank(const QHash<QString, int> &counts)
{
    QList<Reason> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << Reason{it.key(), it.value(), 0};
    std::sort(out.begin(), out.end(), [](const Reason &a, const Reason &b) {
        return a.count != b.count ? a.count > b.count : byFoldedName(a.reason, b.reason);
    });
    return out;
}

struct Tally
{
    int won = 0, lost = 0, closeLeftOut = 0;
    double amountSum = 0, amountCount = 0, daysSum = 0;
    QHash<QString, int> reasons;
    std::vector<int> deals;
};

void merge(Tally &into, const Tally &t)
{
    into.won += t.won;
    into.lost += t.lost;
    into.closeLeftOut += t.closeLeftOut;
    into.amountSum += t.amountSum;
    into.amountCount += t.amountCount;
    into.daysSum += t.daysSum;
    for (auto it = t.reasons.cbegin(); it != t.reasons.cend(); ++it)
        into.reasons[it.key()] += it.value();
    into.deals.insert(into.deals.end(), t.deals.cbegin(), t.deals.cend());
}

Group finish(const QString &name, const Tally &t, const WinLossFigures &f)
{
    Group g;
    g.name = name;
    g.won = t.won;
    g.lost = t.lost;
    g.winRate = Figure::of(double(t.won) / (t.won + t.lost));
    g.gapToTarget = f.targetWinRate ? Figure::of(*f.targetWinRate - g.winRate.value())
                                    : Figure::none(QStringLiteral("no target win rate is set"));
    g.vsCompany = f.companyWinRate.has() ? Figure::of(g.winRate.value() - f.companyWinRate.value())
                                         : f.companyWinRate;
    g.avgDealSize = Figure::ratio(t.amountSum, t.amountCount,
                                  QStringLiteral("no won deal with an amount in the group"));
    g.timeToCloseDays =
        Figure::ratio(t.daysSum, t.won - t.closeLeftOut,
                      t.won > 0 ? QStringLiteral("every won deal of the group is dated before "
                                                 "its SQL date")
                                : QStringLiteral("no won deal in the group"));
    g.topLostReasons = rank(t.reasons).mid(0, 3);
    g.deals = t.deals;
    return g;
}

} // namespace

WinLossFigures WinLoss::compute(const Snapshot &s, const Settings &settings, EpochDay a)
{
    const EpochDay f0 = a - settings.funnelWindowDays + 1;
    const auto inF = [a, f0](EpochSeconds t) {
        return t != kNever && iso::dayOf(t) >= f0 && iso::dayOf(t) <= a;
    };
    // Each dimension's groups by index (no text work per lead: a million leads); a lead
    // without a value is in the last group, "Unknown".
    const auto withUnknown = [](const QStringList &names) {
        return names + QStringList{noValueGroupName(names)};
    };
    const QStringList names[5] = {
        withUnknown(s.channels),
        withUnknown(s.segments),
        withUnknown(s.offers),
        withUnknown(s.owners),
        {QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("Unknown")}};
    const auto groupOf = [&names](int d, const Lead &l) {
        const int i = d == 0   ? l.channel
                      : d == 1 ? l.segment
                      : d == 2 ? l.offer
                      : d == 3 ? l.owner
                               : l.icpMatch;
        return i < 0 ? static_cast<int>(names[d].size()) - 1 : i;
    };
    std::vector<Tally> tallies[5];
    for (int d = 0; d < 5; ++d)
        tallies[d].resize(size_t(names[d].size()));
    QHash<QString, int> reasons;
    int won = 0, lost = 0;
    for (size_t i = 0; i < s.leads.size(); ++i) {
        const Lead &l = s.leads[i];
        const bool w = l.sqlAt != kNever && inF(l.wonAt), x = l.sqlAt != kNever && inF(l.lostAt);
        if (!w && !x)
            continue;
        won += w;
        lost += x;
        const QString reason = l.lostReason < 0 ? noneGiven() : s.lostReasons.at(l.lostReason);
        if (x)
            reasons[reason] += 1;
        const int days = w ? iso::dayOf(l.wonAt) - iso::dayOf(l.sqlAt) : 0;
        for (int d = 0; d < 5; ++d) {
            Tally &t = tallies[d][size_t(groupOf(d, l))];
            t.deals.push_back(static_cast<int>(i));
            if (x) {
                t.lost += 1;
                t.reasons[reason] += 1;
                continue;
            }
            t.won += 1;
            if (l.hasAmount()) {
                t.amountSum += l.amount;
                t.amountCount += 1;
            }
            if (days < 0)
                t.closeLeftOut += 1;
            else
                t.daysSum += days;
        }
    }
    WinLossFigures f;
    f.targetWinRate = settings.targetWinRate;
    f.companyWinRate = Figure::ratio(
        won, won + lost, QStringLiteral("no opportunity won or lost in the funnel window"));
    QList<Group> *out[] = {&f.byChannel, &f.bySegment, &f.byOffer, &f.byOwner, &f.byIcpMatch};
    for (int d = 0; d < 5; ++d) {
        // Groups whose names match (a channel literally called "Unknown" and the leads without
        // one) are one group, as names are one everywhere.
        QMap<QString, std::pair<QString, Tally>> byKey; // folded name: code point order
        for (size_t g = 0; g < tallies[d].size(); ++g) {
            const Tally &t = tallies[d][g];
            if (t.won + t.lost == 0)
                continue;
            auto &[name, merged] = byKey[textKey(names[d].at(qsizetype(g)))];
            if (name.isEmpty())
                name = names[d].at(qsizetype(g));
            merge(merged, t);
        }
        for (const auto &[name, t] : std::as_const(byKey))
            *out[d] << finish(name, t, f);
    }
    f.reasons = rank(reasons);
    for (Reason &r : f.reasons)
        r.share = double(r.count) / lost;
    return f;
}

} // namespace guardrail
