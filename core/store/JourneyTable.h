// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JourneyStage.h"

namespace guardrail {

class Database;

/** The five journey stages and their touchpoints and drop-off triggers. */
class JourneyTable
{
public:
    explicit JourneyTable(const Database &db) : m_db(db) {}

    Journey load() const;
    /** Replaces one stage's text and lists (the caller owns any transaction). */
    void save(const JourneyStage &stage);

private:
    const Database &m_db;
};

} // namespace guardrail
