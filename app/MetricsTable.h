// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/LeadPlanner.h"
#include "metrics/Metrics.h"

namespace guardrail {

/** Plain-text tables of the engine's figures for the terminal. */
class MetricsTable
{
public:
    static QString text(const Metrics &metrics);
    static QString plan(const LeadPlanner::Plan &plan, const QString &currency, bool json);
};

} // namespace guardrail
