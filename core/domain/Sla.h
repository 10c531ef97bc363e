// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace guardrail {

/** One ordered step of the marketing-to-sales handoff. */
struct HandoffStep
{
    QString step;
    QString owner;
    double hours = 0; // time allowed for the step
};

/** The sales-and-marketing agreement in force from `effectiveFrom`. */
struct Sla
{
    QDate effectiveFrom;
    std::optional<double> leadScoreThreshold;
    bool icpMatchRequired = false;
    QString engagementCriteria;
    QString opportunityCriteria;
    QList<HandoffStep> handoff;
    /** Hours from MQL to sales' first touch; unset: the sla_mql_response_hours setting. */
    std::optional<double> responseHours;
    qint64 id = 0;         // the stored version
    qint64 rowVersion = 0; // moves on when a newer version is based on this one (EditConflict)

    bool hasQualifiedLeadDefinition() const
    {
        return leadScoreThreshold.has_value() || !engagementCriteria.isEmpty();
    }
};

} // namespace guardrail
