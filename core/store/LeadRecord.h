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
    std::optional<EpochSeconds> expectedCloseAt;
    std::optional<QString> channel, segment, offer, owner, lostReason;
    std::optional<double> amount, leadScore;
    std::optional<bool> icpMatch;
    // Set when the row decided the deal's outcome (a stage label or the CRM's flags): wonAt,
    // lostAt and closedUndated are then stored as given, an empty one clearing the stored
    // value, so a deal lost in one export and won in a later one ends won.
    bool decidesOutcome = false;
    std::optional<QString> closedUndated; // "won" or "lost": closed without a close date
    // Set when the row gave an amount or a currency: originalAmount and originalCurrency are
    // then stored as given (empty: the amount is in the company currency).
    bool setsCurrency = false;
    std::optional<double> originalAmount;
    std::optional<QString> originalCurrency;
};

} // namespace guardrail
