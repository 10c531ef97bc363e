// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Iso8601.h"

#include <cmath>
#include <limits>

namespace guardrail {

/** A stage timestamp that was never reached (an empty cell). */
inline constexpr EpochSeconds kNever = std::numeric_limits<EpochSeconds>::min();

/**
 * One lead as the metrics engine sees it: its journey timestamps (seconds on the company's wall
 * clock, CompanyClock::localSeconds, so that iso::dayOf gives the company's date; kNever when
 * the stage was never reached), its channel and segment as indexes into the snapshot's name
 * lists, and the deal amount (NaN when unknown). The text id stays in the store.
 */
struct Lead
{
    EpochSeconds createdAt = kNever;
    EpochSeconds mqlAt = kNever;
    EpochSeconds sqlAt = kNever;
    EpochSeconds wonAt = kNever;
    EpochSeconds lostAt = kNever;
    EpochSeconds firstResponseAt = kNever;
    EpochSeconds expectedCloseAt = kNever; // the CRM's expected close date of an open deal
    double amount = std::numeric_limits<double>::quiet_NaN();
    qint64 id = 0; // leads.id: a deal's CRM id is looked up by it (LeadDirectory)
    int channel = 0;
    int segment = 0;
    int owner = -1;            // index into the snapshot's owners; -1 when the CRM names none
    int offer = -1;            // index into the snapshot's offers; -1 when none
    int lostReason = -1;       // index into the snapshot's lost reasons; -1 when none was given
    signed char icpMatch = -1; // 1 yes, 0 no, -1 unknown
    // The zone's offsets at mql_at and first_response_at: the SLA counts hours elapsed, which a
    // change to or from summer time between the two would otherwise move.
    int mqlZoneOffset = 0, responseZoneOffset = 0;
    // Won or lost in the CRM without a close date: out of the open pipeline, in no dated figure.
    bool closedUndated = false;

    bool hasAmount() const { return !std::isnan(amount); }
};

} // namespace guardrail
