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
    const double rounded =
        std::abs(amount) >= 1000 ? std::round(amount / 100) * 100 : std::round(amount);
    const QString number = english.toString(rounded, 'f', 0);
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

QString Brief::numberSentence(const Metrics &m)
{
    const QLocale english(QLocale::English);
    const PeriodForecast &q = m.forecast.quarter;
    const QString booked = money(q.bookings, m.currency);
    const QString forecast =
        q.forecast.has()
            ? QStringLiteral("the forecast is %1").arg(money(q.forecast.value(), m.currency)) +
                  (q.forecastAttainment.has() ? QStringLiteral(" (%1 of target)")
                                                    .arg(percent(q.forecastAttainment.value()))
                                              : QString())
            : QStringLiteral("the forecast has no value (%1)").arg(q.forecast.reason());
    if (!q.target.has())
        return QStringLiteral("This quarter we have booked %1, against no target (%2); %3.")
            .arg(booked, q.target.reason(), forecast);
    const QString head =
        QStringLiteral("This quarter we have booked %1 of %2")
            .arg(booked, money(q.target.value(), m.currency)) +
        (q.attainment.has() ? QStringLiteral(" (%1)").arg(percent(q.attainment.value()))
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
            guardrail +=
                QStringLiteral(", and %1 is over the line at %2 (in breach for %3 month%4)")
                    .arg(it->name, percent(it->cacPctGp.value()))
                    .arg(it->monthsInBreach)
                    .arg(it->monthsInBreach == 1 ? QString() : QStringLiteral("s"));
        else
            guardrail +=
                QStringLiteral(", and %1 is the one currently sitting closest to the line at %2")
                    .arg(it->name, percent(it->cacPctGp.value()));
    }
    sentences << guardrail + QLatin1Char('.');

    const UnitFigures &c = m.company.unit;
    if (c.ltvCac.has() && c.paybackMonths.has())
        sentences << QStringLiteral("Our LTV/CAC ratio is %1 with payback at %2 months.")
                         .arg(english.toString(c.ltvCac.value(), 'f', 1),
                              english.toString(c.paybackMonths.value(), 'f', 0));
    else if (c.ltvCac.has())
        sentences << QStringLiteral("Our LTV/CAC ratio is %1.")
                         .arg(english.toString(c.ltvCac.value(), 'f', 1));
    else
        sentences << QStringLiteral("Our LTV/CAC has no value yet: %1.").arg(c.ltvCac.reason());

    if (m.funnel.constraint) {
        const StageRate &s = m.funnel.stages[*m.funnel.constraint];
        sentences
            << QStringLiteral(
                   "Our biggest conversion gap is the %1-to-%2 step, currently at %3 vs target %4.")
                   .arg(stageName(s.from), stageName(s.from + 1), percent(s.rate.value()),
                        percent(s.target));
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
    return sentences.join(QLatin1Char(' '));
}

} // namespace guardrail
