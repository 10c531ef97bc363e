// SPDX-License-Identifier: GPL-3.0-or-later
#include "Brief.h"

#include "domain/Decision.h"
#include "domain/JourneyStage.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace guardrail {

QString Brief::money(double amount, const QString &currency)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    // Whole units, as every page, pack and CLI line shows money: one figure, one spelling.
    const QString number = english.toString(std::round(amount), 'f', 0);
    const QString symbol = currencySymbol(currency);
    if (symbol.size() == 1)
        return symbol + number;
    return number + QLatin1Char(' ') + symbol;
}

QString Brief::currencySymbol(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency;
}

QString Brief::percent(double fraction, int decimals)
{
    return QLocale(QLocale::English).toString(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

QString Brief::breachLength(const ChannelFigures &c)
{
    if (c.breachReachesDataStart)
        return QStringLiteral("since the data begins, %1 month%2 back")
            .arg(c.monthsInBreach)
            .arg(c.monthsInBreach == 1 ? QString() : QStringLiteral("s"));
    return QStringLiteral("for %1 month%2")
        .arg(c.monthsInBreach)
        .arg(c.monthsInBreach == 1 ? QString() : QStringLiteral("s"));
}

QString Brief::weakestSegment(const Metrics &m)
{
    const double ltvCacTarget = m.company.ltvCacTarget;
    // The segment furthest below the LTV/CAC target; else the one furthest over its payback
    // target. Both ratios read "how far from where it should be".
    const SegmentFigures *below = nullptr, *slow = nullptr;
    for (const SegmentFigures &s : m.segments) {
        const UnitFigures &u = s.unit;
        if (u.ltvCac.has() && u.ltvCac.value() < ltvCacTarget &&
            (!below || u.ltvCac.value() < below->unit.ltvCac.value()))
            below = &s;
        if (u.paybackMonths.has() && u.paybackMonths.value() > s.paybackTargetMonths &&
            (!slow || u.paybackMonths.value() / s.paybackTargetMonths >
                          slow->unit.paybackMonths.value() / slow->paybackTargetMonths))
            slow = &s;
    }
    const QLocale english(QLocale::English);
    if (below)
        return QStringLiteral("Our weakest segment is %1, at LTV/CAC %2 against the target of %3.")
            .arg(below->name, english.toString(below->unit.ltvCac.value(), 'f', 1),
                 english.toString(ltvCacTarget, 'f', 1));
    if (slow)
        return QStringLiteral("Our weakest segment is %1, paying back in %2 months against its "
                              "target of %3.")
            .arg(slow->name, english.toString(slow->unit.paybackMonths.value(), 'f', 1),
                 english.toString(slow->paybackTargetMonths, 'f', 1));
    return {};
}

QString Brief::rerateSentence(const Metrics &m)
{
    QStringList reasons;
    for (const MilestoneScore::Rerate &r : m.milestone.rerate) {
        if (r.trigger == u"channel_breach")
            reasons << QStringLiteral("%1 has been in breach two months or more").arg(r.name);
        else if (r.trigger == u"ltv_cac_below_target")
            reasons << QStringLiteral("company LTV/CAC is below target");
        else if (r.trigger == u"no_recent_decision")
            reasons << QStringLiteral("no decision was logged in 90 days");
    }
    if (reasons.isEmpty())
        return {};
    return QStringLiteral("Time to re-rate the milestone score: %1.")
        .arg(reasons.join(QStringLiteral("; ")));
}

QString Brief::overdueReviewsSentence(const Metrics &m)
{
    const QLocale english(QLocale::English);
    QStringList late;
    for (const CadenceStatus &c : m.reviewCadence)
        if (c.overdue)
            late << QStringLiteral("the %1 (due %2)")
                        .arg(reviewKindLabel(c.kind),
                             english.toString(c.nextDue, QStringLiteral("d MMM yyyy")));
    if (late.isEmpty())
        return {};
    const QString list = late.size() == 1
                             ? late.front()
                             : late.mid(0, late.size() - 1).join(QStringLiteral(", ")) +
                                   QStringLiteral(" and ") + late.back();
    return QStringLiteral("Overdue: %1.").arg(list);
}

QString Brief::numberSentence(const Metrics &m)
{
    const QLocale english(QLocale::English);
    const PeriodForecast &q = m.forecast.quarter;
    const QString booked = money(q.bookings, m.currency);
    const QString forecast =
        q.forecast.has()
            ? QStringLiteral("the forecast is %1").arg(money(q.forecast.value(), m.currency)) +
                  (q.forecastAttainment.has() ? QStringLiteral(" (%1 of target)")
                                                    .arg(percent(q.forecastAttainment.value(), 1))
                                              : QString())
            : QStringLiteral("the forecast has no value (%1)").arg(q.forecast.reason());
    if (!q.target.has())
        return QStringLiteral("This quarter we have booked %1, against no target (%2); %3.")
            .arg(booked, q.target.reason(), forecast);
    const QString head =
        QStringLiteral("This quarter we have booked %1 of %2")
            .arg(booked, money(q.target.value(), m.currency)) +
        (q.attainment.has() ? QStringLiteral(" (%1)").arg(percent(q.attainment.value(), 1))
                            : QString());
    if (!q.coverage.has()) // the target is met
        return head + QStringLiteral(": the target is met, and %1.").arg(forecast);
    return head + QStringLiteral("; the pipeline due by quarter end covers the rest %1 times, "
                                 "and %2.")
                      .arg(english.toString(q.coverage.value(), 'f', 1), forecast);
}

QString Brief::text(const Metrics &m, const QList<Decision> &decisions)
{
    const QLocale english(QLocale::English);
    QStringList sentences;

    QList<const ChannelFigures *> withCac;
    for (const ChannelFigures &c : m.channels)
        if (c.unit.cac.has())
            withCac << &c;
    std::sort(withCac.begin(), withCac.end(), [](const ChannelFigures *a, const ChannelFigures *b) {
        return a->unit.cac.value() < b->unit.cac.value();
    });
    if (withCac.isEmpty()) {
        sentences << QStringLiteral(
            "No channel has a CAC yet: no new customers in the unit window.");
    } else {
        QStringList parts;
        for (const ChannelFigures *c : withCac)
            parts
                << QStringLiteral("%1 by %2").arg(money(c->unit.cac.value(), m.currency), c->name);
        const QString list = parts.size() == 1
                                 ? parts[0]
                                 : parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) +
                                       QStringLiteral(" and ") + parts.last();
        sentences << QStringLiteral("Our CAC is %1.").arg(list);
    }

    QString guardrail =
        QStringLiteral("Our guardrail is %1 of gross profit").arg(percent(m.company.guardrailPct));
    if (m.closestToLine) {
        const auto it =
            std::find_if(m.channels.cbegin(), m.channels.cend(),
                         [&](const ChannelFigures &c) { return c.name == *m.closestToLine; });
        if (it->status == GuardrailStatus::Breach)
            guardrail += QStringLiteral(", and %1 is over the line at %2 (in breach %3)")
                             .arg(it->name, percent(it->cacPctGp.value(), 1), breachLength(*it));
        else
            guardrail +=
                QStringLiteral(", and %1 is the one currently sitting closest to the line at %2")
                    .arg(it->name, percent(it->cacPctGp.value(), 1));
    }
    sentences << guardrail + QLatin1Char('.');

    const UnitFigures &c = m.company.unit;
    if (c.ltvCac.has() && c.paybackMonths.has())
        sentences << QStringLiteral("Our LTV/CAC ratio is %1 with payback at %2 months.")
                         .arg(english.toString(c.ltvCac.value(), 'f', 1),
                              english.toString(c.paybackMonths.value(), 'f', 1));
    else if (c.ltvCac.has())
        sentences << QStringLiteral("Our LTV/CAC ratio is %1.")
                         .arg(english.toString(c.ltvCac.value(), 'f', 1));
    else
        sentences << QStringLiteral("Our LTV/CAC has no value yet: %1.").arg(c.ltvCac.reason());
    if (const QString weakest = weakestSegment(m); !weakest.isEmpty())
        sentences << weakest;

    if (m.funnel.constraint) {
        const StageRate &s = m.funnel.stages[*m.funnel.constraint];
        sentences
            << QStringLiteral(
                   "Our biggest conversion gap is the %1-to-%2 step, currently at %3 vs target %4.")
                   .arg(stageName(s.from), stageName(s.from + 1), percent(s.rate.value(), 1),
                        percent(s.target, 1));
    } else {
        sentences << QStringLiteral("No conversion step can be measured against its target yet.");
    }

    const auto lever = std::find_if(decisions.cbegin(), decisions.cend(), [&](const Decision &d) {
        return !d.closed && d.decidedOn <= m.asOf;
    });
    if (lever != decisions.cend())
        sentences << QStringLiteral("The lever we are pulling this quarter is %1.")
                         .arg(lever->summary.isEmpty() ? lever->rationale : lever->summary);
    else
        sentences << QStringLiteral(
            "No lever is logged yet: the decision log has no open decision.");
    sentences << numberSentence(m);
    if (const QString rerate = rerateSentence(m); !rerate.isEmpty())
        sentences << rerate;
    if (const QString late = overdueReviewsSentence(m); !late.isEmpty())
        sentences << late;
    return sentences.join(QLatin1Char(' '));
}

} // namespace guardrail
