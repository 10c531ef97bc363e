// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Settings.h"
#include "metrics/Metrics.h"
#include "metrics/Snapshot.h"

#include <QHash>
#include <QString>

namespace guardrail {

class PdfLayout;

/**
 * The PDF packs the owner and the CRO take into the room. Both start with the number (the
 * quarter against target, coverage, forecast, slipped deals). Weekly CRO review: the brief, the
 * KPI tiles against last week, conversion by stage, CAC versus guardrail, the SLA, decisions
 * due. Monthly pack: all of that, plus the 12-month guardrail chart, cost by category, LTV/CAC
 * and payback by segment, retention, the month's decisions and reviews, the milestone score.
 * Both end with a page of definitions. Numbers are formatted as on screen (FigureFormat, the
 * same table models).
 */
class ReviewPack
{
public:
    enum class Kind { Weekly, Monthly };

    /** crmIds: the CRM's lead ids by row id, for the slipped deals (Workspace::crmIds()). */
    ReviewPack(const Snapshot &snapshot, const Settings &settings, const Metrics &metrics,
               const QHash<qint64, QString> &crmIds = {});

    /** Writes the pack; returns an error message, empty on success. */
    QString write(const QString &path, Kind kind) const;
    static QString title(Kind kind);

private:
    void layout(PdfLayout &out, Kind kind) const;
    void weeklyPart(PdfLayout &out) const;
    void monthlyPart(PdfLayout &out) const;
    void definitions(PdfLayout &out, Kind kind) const;

    const Snapshot &m_snapshot;
    const Settings &m_settings;
    const Metrics &m_metrics;
    QHash<qint64, QString> m_crmIds;
};

} // namespace guardrail
