// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"

#include <QList>

namespace guardrail {

class Database;

/** Allocation decisions, newest first. */
class DecisionLog
{
public:
    explicit DecisionLog(const Database &db) : m_db(db) {}

    QList<Decision> all() const;
    qint64 add(const Decision &decision);
    /** Removes a decision (to undo logging it). */
    void remove(qint64 id);
    /**
     * Closes or reopens a decision once it has been reviewed, if it is still at expectedVersion
     * (the rowVersion the user saw); returns its new version. Throws EditConflict when another
     * session changed it since to something else.
     */
    qint64 setClosed(qint64 id, bool closed, qint64 expectedVersion);

private:
    const Database &m_db;
};

} // namespace guardrail
