// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Sla.h"

#include <QList>

namespace guardrail {

class Database;

/** The SLA's versions: every saved change is a new version with its effective date. */
class SlaTable
{
public:
    explicit SlaTable(const Database &db) : m_db(db) {}

    /** All versions, oldest first. */
    QList<Sla> versions() const;
    /** Stores a new version; returns its id. */
    qint64 addVersion(const Sla &sla);
    /** Removes one version (to undo its addition). */
    void removeVersion(qint64 id);

private:
    const Database &m_db;
};

} // namespace guardrail
