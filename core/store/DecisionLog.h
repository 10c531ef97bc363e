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
    /** Closes or reopens a decision once it has been reviewed. */
    void setClosed(qint64 id, bool closed);

private:
    const Database &m_db;
};

} // namespace guardrail
