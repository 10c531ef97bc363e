// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Sla.h"

#include <QList>

#include <optional>

namespace guardrail {

class Database;

/** The SLA's versions: every saved change is a new version with its effective date. */
class SlaTable
{
public:
    explicit SlaTable(const Database &db) : m_db(db) {}

    /** All versions, oldest first. */
    QList<Sla> versions() const;
    /**
     * Stores a new version; returns its id. With basedOn (the newest version when the edit
     * began, its id and rowVersion; a null one when there was none) the save is refused with an
     * EditConflict, writing nothing, if another session saved a version since.
     */
    qint64 addVersion(const Sla &sla, std::optional<Sla> basedOn = {});
    /** Removes one version (to undo its addition); refused if another was based on it since. */
    void removeVersion(const Sla &added);
    /** The SLA in words, as a conflict shows what it holds now. */
    static QString describe(const Sla &sla);

private:
    std::optional<Sla> newest() const;
    [[noreturn]] void refuse() const;

    const Database &m_db;
};

} // namespace guardrail
