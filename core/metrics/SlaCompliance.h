// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompanyClock.h"
#include "domain/Iso8601.h"
#include "metrics/Metrics.h"

#include <QList>

#include <vector>

namespace guardrail {

struct Lead;
struct Settings;
struct Snapshot;

/**
 * The response-time commitment in force when each MQL arrived: the SLA version whose
 * effective date is the latest on or before the MQL's date, with its response hours, else the
 * `sla_mql_response_hours` setting (an MQL older than every version, or a version without
 * hours). Also lists the MQLs of the funnel window that missed it.
 */
class SlaCompliance
{
public:
    SlaCompliance(const Snapshot &snapshot, const Settings &settings);

    /** Seconds allowed for an MQL that arrived at mqlAt. */
    EpochSeconds allowedSeconds(EpochSeconds mqlAt) const;

    /** The UTC instant that ends a company date (23:59:59 on its wall clock). */
    EpochSeconds endOfDay(EpochDay day) const;
    enum class Due { NotYet, Met, Missed };
    /** An MQL's response against its deadline, as of the UTC instant endOfDayUtc. */
    Due due(const Lead &lead, EpochSeconds endOfDayUtc) const;

    struct Miss
    {
        int lead = 0;         // index into the snapshot's leads
        double hoursLate = 0; // past the deadline, as of the end of the as-of date if no touch
        bool responded = false;
        double allowedHours = 0;
    };
    /** MQLs in the funnel window ending on asOf that were due and missed, latest first. */
    QList<Miss> misses(EpochDay asOf, int funnelWindowDays) const;

    /**
     * Compliance as the KPI counts it, restricted to each owner's and each channel's MQLs in
     * the funnel window; a group is listed when it has an MQL due.
     */
    SlaFigures groups(EpochDay asOf, int funnelWindowDays) const;

private:
    const Snapshot &m_snapshot;
    CompanyClock m_clock;
    EpochSeconds m_default = 0;
    std::vector<std::pair<EpochDay, EpochSeconds>> m_versions; // effective day, allowed seconds
};

} // namespace guardrail
