// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"

#include <QString>

#include <optional>

namespace guardrail {

/** One lead as an import gives it: every column optional, nullopt = leave the stored value. */
struct LeadRecord
{
    QString leadId;
    std::optional<EpochSeconds> createdAt, mqlAt, sqlAt, wonAt, lostAt, firstResponseAt;
    std::optional<QString> channel, segment, offer;
    std::optional<double> amount, leadScore;
    std::optional<bool> icpMatch;
};

} // namespace guardrail
