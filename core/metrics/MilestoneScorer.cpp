// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneScorer.h"

#include "Snapshot.h"
#include "domain/Settings.h"

namespace guardrail {

MilestoneScore MilestoneScorer::score(const Snapshot &snap, const Settings &settings,
                                      const Metrics &m)
{
    const QDate asOf = m.asOf;
    QStringList level1, level2, level3;

    bool anyJourneyText = false;
    for (const JourneyStage &s : snap.journey)
        anyJourneyText = anyJourneyText || !s.touchpoints.isEmpty() ||
                         !s.conversionCriteria.isEmpty() || !s.dropOffTriggers.isEmpty() ||
                         !s.owner.isEmpty();
    if (snap.leads.empty() && snap.spend.empty() && snap.revenue.empty() && !anyJourneyText)
        level1 << QStringLiteral("import data or write the journey map");

    // A stage's target is the rate to the next stage; Retention is the last and needs none.
    const auto hasTarget = [&](int i) {
        return i == kStageCount - 1 || settings.stageTargets[i] > 0;
    };
    for (int i = 0; i < kStageCount; ++i) {
        const JourneyStage &s = snap.journey[i];
        const QString name = stageName(i);
        if (s.owner.isEmpty())
            level2 << QStringLiteral("%1 stage: an owner").arg(name);
        if (!hasTarget(i))
            level2 << QStringLiteral("%1 stage: a target conversion rate").arg(name);
        if (s.touchpoints.isEmpty())
            level3 << QStringLiteral("%1 stage: touchpoints").arg(name);
        if (s.conversionCriteria.trimmed().isEmpty())
            level3 << QStringLiteral("%1 stage: conversion criteria").arg(name);
        if (s.dropOffTriggers.isEmpty())
            level3 << QStringLiteral("%1 stage: drop-off triggers").arg(name);
    }
    bool anyCac = false;
    for (qsizetype i = 0; i < m.channels.size(); ++i) {
        const ChannelFigures &c = m.channels[i];
        anyCac = anyCac || c.unit.cac.has();
        if (c.unit.newCustomers > 0 && !c.unit.cac.has())
            level3 << QStringLiteral("channel %1: a CAC").arg(c.name);
        if (c.unit.cost > 0 && c.unit.newCustomers == 0 && !c.paused)
            level3 << QStringLiteral("channel %1: customers, or mark it paused").arg(c.name);
    }
    if (!anyCac)
        level2 << QStringLiteral(
            "a CAC for at least one channel (spend and won customers in the unit window)");
    if (!snap.explicitSettings.contains(QStringLiteral("guardrail_pct")))
        level3 << QStringLiteral("the guardrail (guardrail_pct)");
    for (const SegmentFigures &s : m.segments)
        if ((s.unit.newCustomers > 0 || (s.unit.arpa.has() && !s.unit.fromAssumption)) &&
            !s.unit.ltv.has())
            level3 << QStringLiteral("segment %1: an LTV").arg(s.name);

    const Sla *sla = nullptr;
    for (const Sla &v : snap.slaVersions)
        if (v.effectiveFrom <= asOf)
            sla = &v;
    if (!sla || !sla->hasQualifiedLeadDefinition())
        level3 << QStringLiteral("SLA: a qualified-lead definition");
    if (!sla || sla->opportunityCriteria.trimmed().isEmpty())
        level3 << QStringLiteral("SLA: opportunity criteria");
    if (!sla || sla->handoff.isEmpty())
        level3 << QStringLiteral("SLA: handoff steps");
    if (settings.slaMqlResponseHours <= 0)
        level3 << QStringLiteral("SLA: response hours");
    const bool recentReview =
        std::any_of(snap.reviews.cbegin(), snap.reviews.cend(), [&](const Review &r) {
            return r.heldOn <= asOf && r.heldOn > asOf.addDays(-14);
        });
    if (!recentReview)
        level3 << QStringLiteral("a review logged in the last 14 days");
    const bool recentDecision =
        std::any_of(snap.decisions.cbegin(), snap.decisions.cend(), [&](const Decision &d) {
            return d.decidedOn <= asOf && d.decidedOn > asOf.addDays(-90);
        });
    if (!recentDecision)
        level3 << QStringLiteral("a decision logged in the last 90 days");

    MilestoneScore score;
    if (!level1.isEmpty()) {
        score.level = 0;
        score.missing = level1;
    } else if (!level2.isEmpty()) {
        score.level = 1;
        score.missing = level2;
    } else if (!level3.isEmpty()) {
        score.level = 2;
        score.missing = level3;
    } else {
        score.level = 3;
    }
    // Staying installed: what says the engine needs re-rating, whatever the level.
    for (const ChannelFigures &c : m.channels)
        if (c.monthsInBreach >= 2)
            score.rerate << MilestoneScore::Rerate{QStringLiteral("channel_breach"), c.name};
    const Figure &ltvCac = m.company.unit.ltvCac;
    if (ltvCac.has() && ltvCac.value() < settings.ltvCacTarget)
        score.rerate << MilestoneScore::Rerate{QStringLiteral("ltv_cac_below_target"), {}};
    if (!recentDecision)
        score.rerate << MilestoneScore::Rerate{QStringLiteral("no_recent_decision"), {}};
    return score;
}

} // namespace guardrail
