// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RevenueRow.h"

#include <optional>
#include <vector>

namespace guardrail {

class Database;

/** The monthly bookings targets (`targets`), as the GUI edits them one month at a time. */
class TargetTable
{
public:
    explicit TargetTable(const Database &db) : m_db(db) {}

    /** Every month with a target, oldest first. */
    std::vector<TargetRow> all() const;
    std::optional<double> bookingsOf(MonthIndex month) const;
    /** Sets a month's target (a new month or a changed one); nullopt removes it. */
    void set(MonthIndex month, std::optional<double> bookings);

private:
    const Database &m_db;
};

} // namespace guardrail
