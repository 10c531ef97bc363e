// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

namespace guardrail {

struct Settings;
struct Snapshot;

/**
 * The milestone score (0 Not started .. 3 Installed) from what is filled in and measured,
 * with the list of what the next level needs.
 */
class MilestoneScorer
{
public:
    static MilestoneScore score(const Snapshot &snapshot, const Settings &settings,
                                const Metrics &metrics);
};

} // namespace guardrail
