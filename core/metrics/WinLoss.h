// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figure.h"
#include "domain/Iso8601.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace guardrail {

struct Settings;
struct Snapshot;

/** DESIGN section 4, "Win/loss gap analysis": wins and losses of the funnel window by group. */
struct WinLossFigures
{
    struct Reason
    {
        QString reason; // "(none given)" for a lost deal without one
        int count = 0;
        double share = 0; // of all lost deals (company-wide list only)
    };
    struct Group
    {
        QString name;
        int won = 0, lost = 0;
        Figure winRate, gapToTarget, vsCompany, avgDealSize, timeToCloseDays;
        QList<Reason> topLostReasons; // the three most frequent
        std::vector<int> deals;       // the group's won and lost leads (snapshot indexes)
    };
    std::optional<double> targetWinRate;
    Figure companyWinRate;
    QList<Group> byChannel, bySegment, byOffer, byOwner, byIcpMatch;
    QList<Reason> reasons; // every lost reason, by count
};

class WinLoss
{
public:
    static WinLossFigures compute(const Snapshot &snapshot, const Settings &settings,
                                  EpochDay asOf);
    static QString noneGiven() { return QStringLiteral("(none given)"); }
};

} // namespace guardrail
