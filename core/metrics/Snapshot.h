// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "domain/JourneyStage.h"
#include "domain/Lead.h"
#include "domain/RevenueRow.h"
#include "domain/Review.h"
#include "domain/Settings.h"
#include "domain/Sla.h"
#include "domain/SpendRow.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <vector>

namespace guardrail {

/**
 * Everything the metrics engine reads, loaded once from the store: plain values, no SQL.
 * Leads without a channel or segment point at a group named "Unknown" so that the company
 * figures stay the sum of their channels.
 */
struct Snapshot
{
    QString companyName;
    Settings settings;                     // as stored when the snapshot was read
    QStringList explicitSettings;          // keys stored in the settings table (not defaults)
    QMap<QString, qint64> settingVersions; // their row versions, which a team's edits name
    QStringList channels;
    std::vector<bool> channelPaused;
    QStringList segments;
    QStringList owners;      // the deal owners named in leads, first seen first
    QStringList offers;      // the offers named in leads, first seen first
    QStringList lostReasons; // the lost reasons given, first seen first
    std::vector<Lead> leads;
    std::vector<SpendRow> spend;
    std::vector<RevenueRow> revenue;
    std::vector<GrossProfitRow> grossProfit;
    std::vector<AwarenessRow> awareness;
    std::vector<TargetRow> targets;
    Journey journey;
    QList<Sla> slaVersions;    // oldest first
    QList<Review> reviews;     // newest first
    QList<Decision> decisions; // newest first
};

} // namespace guardrail
