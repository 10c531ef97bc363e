// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"
#include "WhatIf.h"

#include <QJsonObject>

namespace guardrail {

/**
 * Metrics as the JSON object of DESIGN section 5: unrounded numbers, `null` for a figure
 * without a value, and every such null listed with its path and reason in `nulls`.
 */
class MetricsJson
{
public:
    static QJsonObject toJson(const Metrics &metrics);
    /** `guardrail whatif --json`: {scenario, assumption, before {…}, after {…}, nulls}. */
    static QJsonObject toJson(const WhatIf::Result &scenario);
};

} // namespace guardrail
