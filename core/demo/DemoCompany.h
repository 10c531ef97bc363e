// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace guardrail {

class Database;

/**
 * Writes the demo company "Advanced Solutions": 24 months of leads, spend, revenue, a filled-in
 * journey and SLA, reviews and decisions, generated from a fixed seed so every run writes the
 * same rows. Calibrated so the engine's figures land near the case study of DESIGN's opening
 * quote (CAC ~$4,200 / $11,800 / $1,400, Outbound in breach of an 18% guardrail, funnel
 * ~8% / 22% / 35%). Only raw rows are stored, never results.
 */
class DemoCompany
{
public:
    static constexpr const char *kName = "Advanced Solutions";
    /** The demo's own as-of date when none is given. */
    static QDate defaultAsOf() { return QDate(2026, 11, 18); }

    /** Writes into an empty database in one transaction; throws StoreError if it has leads. */
    static void write(Database &db, const QDate &asOf);
};

} // namespace guardrail
