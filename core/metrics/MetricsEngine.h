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

    /** The 13 Sundays on or before asOf, oldest first. */
    static QList<QDate> weekEnds(const QDate &asOf);
};

} // namespace guardrail
