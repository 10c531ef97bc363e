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
    JourneyStage stage(Stage s) const;
    /**
     * Replaces one stage's text and lists, in one transaction, if the stage is still at
     * expectedVersion (the rowVersion the edit began from); returns its new version. Throws
     * EditConflict, writing nothing, when another session saved it first.
     */
    qint64 save(const JourneyStage &stage, qint64 expectedVersion);
    /** The stage in words, as a conflict shows what it holds now. */
    static QString describe(const JourneyStage &stage);

private:
    const Database &m_db;
};

} // namespace guardrail
