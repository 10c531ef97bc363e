// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIf.h"

#include "MetricsEngine.h"
#include "Snapshot.h"
#include "domain/Settings.h"
#include "domain/TextKey.h"

#include <QLocale>

namespace guardrail {
namespace {

int channelNamed(const Snapshot &s, const QString &name)
{
    for (int i = 0; i < s.channels.size(); ++i)
        if (textKey(s.channels.at(i)) == textKey(name))
            return i;
    return -1;
}

QString unknownChannel(const Snapshot &s, const QString &name)
{
    return QStringLiteral("no channel is named \"%1\" (the channels: %2)")
        .arg(name, s.channels.join(QStringLiteral(", ")));
}

QString money(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 2);
}

} // namespace

WhatIf::Side WhatIf::sideOf(const Metrics &m)
{
    Side s;
    s.cac = m.company.unit.cac;
    s.newCustomers = m.company.unit.newCustomers;
    s.cost = m.company.unit.cost;
    s.acquisitionPctGp = m.company.acquisitionPctGp;
    for (const ChannelFigures &c : m.channels)
        s.channels << Channel{c.name,     c.unit.cost, double(c.unit.newCustomers),
                              c.unit.cac, c.cacPctGp,  c.status};
    return s;
}

WhatIf::Result WhatIf::pause(const Snapshot &snapshot, const Settings &settings, const QDate &asOf,
                             const QString &channel)
{
    Result r;
    r.scenario = QStringLiteral("pause %1").arg(channel);
    r.assumption = QStringLiteral("the other channels keep their own spend and customers; the "
                                  "shared spend is split over them");
    const int c = channelNamed(snapshot, channel);
    if (c < 0) {
        r.refusal = unknownChannel(snapshot, channel);
        return r;
    }
    const Metrics before = MetricsEngine::compute(snapshot, settings, asOf);
    r.before = sideOf(before);
    // The channel as if it had not run in U: its own spend and its new customers in U leave;
    // its customers keep paying (their revenue, so the gross profit, stays).
    Snapshot paused = snapshot;
    double ownSpend = 0, bookings = 0, lostCustomers = 0;
    std::erase_if(paused.spend, [&](const SpendRow &row) {
        const bool own = row.channel == c;
        if (own && row.month >= before.unitStart && row.month <= before.unitEnd &&
            settings.cacCategories[static_cast<int>(row.category)])
            ownSpend += row.amount;
        return own;
    });
    for (Lead &l : paused.leads) {
        if (l.channel != c || l.wonAt == kNever)
            continue;
        const MonthIndex won = iso::monthOfDay(iso::dayOf(l.wonAt));
        if (won < before.unitStart || won > before.unitEnd)
            continue;
        lostCustomers += 1;
        bookings += l.hasAmount() ? l.amount : 0;
        l.wonAt = kNever;
    }
    const Metrics after = MetricsEngine::compute(paused, settings, asOf);
    r.after = sideOf(after);
    r.after.channels.removeIf([&](const Channel &x) { return x.name == snapshot.channels.at(c); });
    const double months = settings.unitWindowMonths;
    r.monthlySpendSaved = ownSpend / months;
    r.monthlyNewCustomersLost = lostCustomers / months;
    r.monthlyBookingsLost = bookings / months;
    return r;
}

WhatIf::Result WhatIf::shift(const Snapshot &snapshot, const Settings &settings, const QDate &asOf,
                             double perMonth, const QString &from, const QString &to)
{
    Result r;
    r.scenario = QStringLiteral("shift %1 a month from %2 to %3").arg(money(perMonth), from, to);
    r.assumption = QStringLiteral("each channel keeps its CAC at the new spend");
    const int c1 = channelNamed(snapshot, from), c2 = channelNamed(snapshot, to);
    if (c1 < 0 || c2 < 0) {
        r.refusal = unknownChannel(snapshot, c1 < 0 ? from : to);
        return r;
    }
    if (c1 == c2 || perMonth <= 0) {
        r.refusal = c1 == c2 ? QStringLiteral("--from and --to name the same channel")
                             : QStringLiteral("--shift needs an amount above 0 a month");
        return r;
    }
    r.before = sideOf(MetricsEngine::compute(snapshot, settings, asOf));
    r.after = r.before;
    Channel *source = nullptr, *target = nullptr;
    for (Channel &x : r.after.channels) {
        if (x.name == snapshot.channels.at(c1))
            source = &x;
        if (x.name == snapshot.channels.at(c2))
            target = &x;
    }
    for (const Channel *x : {source, target})
        if (!x->cac.has() || x->cac.value() == 0) {
            r.refusal = QStringLiteral("%1 has %2: a shift needs a CAC above 0 on both sides")
                            .arg(x->name, x->cac.has()
                                              ? QStringLiteral("a CAC of 0")
                                              : QStringLiteral("no CAC (%1)").arg(x->cac.reason()));
            return r;
        }
    const double moved = perMonth * settings.unitWindowMonths;
    if (moved > source->cost) {
        r.refusal = QStringLiteral("%1 a month over %2 months is %3, more than %4 spends in the "
                                   "unit window (%5)")
                        .arg(money(perMonth))
                        .arg(settings.unitWindowMonths)
                        .arg(money(moved), source->name, money(source->cost));
        return r;
    }
    source->newCustomers -= moved / source->cac.value();
    target->newCustomers += moved / target->cac.value();
    source->cost -= moved;
    target->cost += moved;
    r.after.newCustomers = 0;
    for (const Channel &x : r.after.channels)
        r.after.newCustomers += x.newCustomers;
    r.after.cac = Figure::ratio(r.after.cost, r.after.newCustomers,
                                QStringLiteral("no new customers in the unit window"));
    return r;
}

} // namespace guardrail
