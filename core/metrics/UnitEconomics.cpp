// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitEconomics.h"

#include "MonthlyCube.h"
#include "domain/Settings.h"

#include <cmath>
#include <vector>

namespace guardrail {

UnitEconomics::UnitEconomics(const MonthlyCube &cube, const Settings &settings,
                             const QStringList &channels, const QStringList &segments)
    : m_cube(cube), m_settings(settings), m_channels(channels), m_segments(segments)
{}

UnitFigures UnitEconomics::unitFrom(int newCustomers, double cost, const Revenue &r,
                                    std::optional<double> segmentMargin) const
{
    UnitFigures u;
    u.newCustomers = newCustomers;
    u.cost = cost;
    u.cac =
        Figure::ratio(cost, newCustomers, QStringLiteral("no new customers in the unit window"));
    u.arpa = Figure::ratio(r.mrr, r.activeMonths, QStringLiteral("no revenue in the unit window"));
    u.monthlyChurn = Figure::ratio(
        r.churned, r.activeBefore,
        QStringLiteral("no customer was active in the month before any month of the window"));
    if (segmentMargin)
        u.grossMargin = Figure::of(*segmentMargin);
    else
        u.grossMargin =
            Figure::ratio(r.marginMrr, r.mrr, QStringLiteral("no revenue in the unit window"));
    const double cap = m_settings.lifetimeCapMonths;
    const auto lifetimeOf = [cap](const Figure &churn) {
        return Figure::of(churn.has() && churn.value() > 0 ? std::min(1 / churn.value(), cap)
                                                           : cap);
    };
    u.lifetimeMonths = lifetimeOf(u.monthlyChurn);
    if (u.arpa.has() && u.grossMargin.has())
        u.ltv = Figure::of(u.arpa.value() * u.grossMargin.value() * u.lifetimeMonths.value());
    else
        u.ltv = Figure::none(QStringLiteral("no revenue in the unit window"));
    return u;
}

// LTV/CAC and payback, once CAC and LTV are final (a segment may have swapped in assumptions).
static void finishRatios(UnitFigures &u)
{
    if (!u.cac.has())
        u.ltvCac = Figure::none(u.cac.reason());
    else if (!u.ltv.has())
        u.ltvCac = Figure::none(u.ltv.reason());
    else
        u.ltvCac = Figure::ratio(u.ltv.value(), u.cac.value(),
                                 QStringLiteral("CAC is 0 (customers at no cost)"));
    if (!u.cac.has())
        u.paybackMonths = Figure::none(u.cac.reason());
    else if (!u.arpa.has())
        u.paybackMonths = Figure::none(u.arpa.reason());
    else
        u.paybackMonths = Figure::ratio(u.cac.value(), u.arpa.value() * u.grossMargin.valueOr(0),
                                        QStringLiteral("gross profit per month is 0"));
}

void UnitEconomics::judge(ChannelFigures &c) const
{
    const UnitFigures &u = c.unit;
    // Beside max_monthly_spend, on its basis: the window's fully loaded cost a month.
    c.monthlySpend = u.cost / m_settings.unitWindowMonths;
    if (m_settings.guardrailBasis == GuardrailBasis::Lifetime)
        c.gpPerCustomer = u.ltv;
    else if (u.arpa.has() && u.grossMargin.has())
        c.gpPerCustomer = Figure::of(u.arpa.value() * u.grossMargin.value() *
                                     std::min(12.0, u.lifetimeMonths.value()));
    else
        c.gpPerCustomer = Figure::none(u.arpa.reason());

    const double pct = m_settings.guardrailPct;
    QString why;
    if (u.newCustomers == 0) {
        c.status = u.cost > 0 ? GuardrailStatus::NoCustomers : GuardrailStatus::NoData;
        why = u.cost > 0 ? QStringLiteral("spend but no new customers in the unit window")
                         : QStringLiteral("no spend and no new customers in the unit window");
    } else if (!c.gpPerCustomer.has() || c.gpPerCustomer.value() == 0) {
        c.status = GuardrailStatus::NoLtv;
        why = QStringLiteral(
            "new customers but no gross profit per customer (no revenue in the unit window)");
    } else {
        const double share = u.cac.value() / c.gpPerCustomer.value();
        c.cacPctGp = Figure::of(share);
        c.status = share > pct                                  ? GuardrailStatus::Breach
                   : share >= m_settings.nearLineFraction * pct ? GuardrailStatus::Near
                                                                : GuardrailStatus::Inside;
        const double maxCac = pct * c.gpPerCustomer.value();
        c.maxCac = Figure::of(maxCac);
        c.headroom = Figure::of(maxCac - u.cac.value());
        c.maxMonthlySpend = Figure::of(maxCac * u.newCustomers / m_settings.unitWindowMonths);
        return;
    }
    c.cacPctGp = c.maxCac = c.headroom = c.maxMonthlySpend = Figure::none(why);
}

UnitEconomics::Result UnitEconomics::compute(MonthIndex first, MonthIndex last) const
{
    const int nc = m_cube.channels(), ns = m_cube.segments();
    const auto idx = [ns](int c, int s) { return static_cast<size_t>(c) * ns + s; };
    std::vector<double> newCS(static_cast<size_t>(nc) * ns, 0), leads(nc, 0), own(nc, 0),
        ownUntagged(nc, 0), ownTagged(static_cast<size_t>(nc) * ns, 0), sharedTagged(ns, 0);
    std::vector<Revenue> rev(static_cast<size_t>(nc) * ns);
    double sharedUntagged = 0;
    for (MonthIndex m = first; m <= last; ++m) {
        sharedUntagged += m_cube.spend(-1, -1, m);
        for (int s = 0; s < ns; ++s)
            sharedTagged[s] += m_cube.spend(-1, s, m);
        for (int c = 0; c < nc; ++c) {
            ownUntagged[c] += m_cube.spend(c, -1, m);
            for (int s = 0; s < ns; ++s) {
                newCS[idx(c, s)] += m_cube.newCustomers(c, s, m);
                leads[c] += m_cube.leadsCreated(c, s, m);
                ownTagged[idx(c, s)] += m_cube.spend(c, s, m);
                Revenue &r = rev[idx(c, s)];
                r.mrr += m_cube.mrr(c, s, m);
                r.activeMonths += m_cube.active(c, s, m);
                r.churned += m_cube.churned(c, s, m);
                r.activeBefore += m_cube.active(c, s, m - 1);
            }
        }
    }
    std::vector<double> newC(nc, 0), newS(ns, 0);
    double newAll = 0, sharedTotal = sharedUntagged;
    for (int s = 0; s < ns; ++s)
        sharedTotal += sharedTagged[s];
    for (int c = 0; c < nc; ++c) {
        own[c] = ownUntagged[c];
        for (int s = 0; s < ns; ++s) {
            newC[c] += newCS[idx(c, s)];
            newS[s] += newCS[idx(c, s)];
            own[c] += ownTagged[idx(c, s)];
        }
        newAll += newC[c];
    }

    // Shared cost goes to the channels with spend or new customers, by the allocation base.
    std::vector<double> share(nc, 0);
    double baseSum = 0;
    for (int c = 0; c < nc; ++c) {
        if (own[c] <= 0 && newC[c] <= 0)
            continue;
        switch (m_settings.sharedCostAllocation) {
        case SharedCostAllocation::Customers:
            share[c] = newC[c];
            break;
        case SharedCostAllocation::Leads:
            share[c] = leads[c];
            break;
        case SharedCostAllocation::Equal:
            share[c] = 1;
            break;
        }
        baseSum += share[c];
    }
    for (int c = 0; c < nc; ++c)
        share[c] = baseSum > 0 ? share[c] / baseSum : 0;

    // Segment cost: tagged rows go straight to their segment; the rest of each channel's cost
    // follows that channel's new customers by segment (the company's when it has none).
    std::vector<double> segCost(ns, 0);
    for (int s = 0; s < ns; ++s)
        segCost[s] = baseSum > 0 ? sharedTagged[s] : 0;
    for (int c = 0; c < nc; ++c) {
        const double rest = ownUntagged[c] + share[c] * sharedUntagged;
        for (int s = 0; s < ns; ++s) {
            segCost[s] += ownTagged[idx(c, s)];
            if (newC[c] > 0)
                segCost[s] += rest * newCS[idx(c, s)] / newC[c];
            else if (newAll > 0)
                segCost[s] += rest * newS[s] / newAll;
        }
    }

    Result result;
    Revenue all;
    std::vector<double> margin(ns);
    for (int s = 0; s < ns; ++s)
        margin[s] = m_settings.grossMarginOf(m_segments[s]);
    for (int c = 0; c < nc; ++c) {
        Revenue r;
        for (int s = 0; s < ns; ++s) {
            const Revenue &x = rev[idx(c, s)];
            r.mrr += x.mrr;
            r.marginMrr += x.mrr * margin[s];
            r.activeMonths += x.activeMonths;
            r.churned += x.churned;
            r.activeBefore += x.activeBefore;
        }
        all.mrr += r.mrr;
        all.marginMrr += r.marginMrr;
        all.activeMonths += r.activeMonths;
        all.churned += r.churned;
        all.activeBefore += r.activeBefore;
        ChannelFigures ch;
        ch.name = m_channels[c];
        for (int k = 0; k < kSpendCategoryCount; ++k) {
            if (!m_settings.cacCategories[k])
                continue;
            double direct = 0, shared = 0;
            for (MonthIndex m = first; m <= last; ++m) {
                direct += m_cube.spendByCategory(c, k, m);
                shared += m_cube.spendByCategory(-1, k, m);
            }
            ch.costByCategory[k] = direct + share[c] * shared;
        }
        ch.unit =
            unitFrom(static_cast<int>(newC[c]), own[c] + share[c] * sharedTotal, r, std::nullopt);
        finishRatios(ch.unit);
        judge(ch);
        result.channels << ch;
    }
    for (int s = 0; s < ns; ++s) {
        Revenue r;
        for (int c = 0; c < nc; ++c) {
            const Revenue &x = rev[idx(c, s)];
            r.mrr += x.mrr;
            r.activeMonths += x.activeMonths;
            r.churned += x.churned;
            r.activeBefore += x.activeBefore;
        }
        SegmentFigures seg;
        seg.name = m_segments[s];
        seg.paybackTargetMonths = m_settings.paybackTargetOf(seg.name);
        seg.unit = unitFrom(static_cast<int>(newS[s]), segCost[s], r, margin[s]);
        if (r.activeMonths == 0) { // no revenue in U: the segment's assumptions stand in
            UnitFigures &u = seg.unit;
            u.fromAssumption = true;
            const double annual = m_settings.assumedAnnualChurnOf(seg.name);
            u.monthlyChurn = Figure::of(1 - std::pow(1 - annual, 1.0 / 12));
            const double cap = m_settings.lifetimeCapMonths;
            u.lifetimeMonths = Figure::of(
                u.monthlyChurn.value() > 0 ? std::min(1 / u.monthlyChurn.value(), cap) : cap);
            if (const auto arpa = m_settings.assumedArpaOf(seg.name)) {
                u.arpa = Figure::of(*arpa);
                u.ltv = Figure::of(*arpa * margin[s] * u.lifetimeMonths.value());
            } else {
                u.arpa = u.ltv = Figure::none(
                    QStringLiteral(
                        "no revenue in the unit window and no segment.%1.assumed_arpa set")
                        .arg(seg.name));
            }
        }
        finishRatios(seg.unit);
        result.segments << seg;
    }
    double totalCost = sharedTotal;
    for (int c = 0; c < nc; ++c)
        totalCost += own[c];
    result.company = unitFrom(static_cast<int>(newAll), totalCost, all, std::nullopt);
    finishRatios(result.company);
    result.revenueGrossProfit = all.marginMrr;
    return result;
}

} // namespace guardrail
