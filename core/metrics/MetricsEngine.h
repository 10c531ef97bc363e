// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

namespace guardrail {

struct Settings;
struct Snapshot;

/**
 * The one engine behind every figure the GUI, the CLI and the PDF show: a pure function of a
 * snapshot, the settings and the as-of date (DESIGN section 4).
 */
class MetricsEngine
{
public:
    static Metrics compute(const Snapshot &snapshot, const Settings &settings, const QDate &asOf);

    /**
     * Replaces m's funnel, its week-earlier twin and the 13 weekly points with those of one
     * segment (an index into the snapshot's segments): its leads, and its customers for
     * retention, NRR and GRR. Awareness is counted for the company only, so a segment's
     * Awareness→MQL step has no value when the awareness table has rows.
     */
    static void computeSegmentFunnel(const Snapshot &snapshot, const Settings &settings,
                                     const QDate &asOf, int segment, Metrics &m);

    /** The 13 Sundays on or before asOf, oldest first. */
    static QList<QDate> weekEnds(const QDate &asOf);
};

} // namespace guardrail
