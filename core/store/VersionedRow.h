// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditConflict.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace guardrail {

class Database;

/**
 * The compare-and-set behind every row a team edits together (a journey stage, the newest SLA
 * version, a setting, a decision). A write names the row_version it began from; the check, the
 * change, the version's increment and the "changed by, at" stamp are one UPDATE, so of two
 * writes from the same version the second changes nothing (on PostgreSQL it waits for the
 * first's row lock, then finds the version moved) and is refused with what the row holds now.
 */
class VersionedRow
{
public:
    /** The row of table whose keyColumn holds key. */
    VersionedRow(const Database &db, QString table, QString keyColumn, QVariant key);

    /**
     * Sets the assignments ("a = ?, b = ?" with their values, or empty to claim the row
     * unchanged) if the row is still at expected; false, writing nothing, when it is not (or is
     * gone). An extra condition ("AND …", SQLite's dialect, no values) narrows it further.
     */
    bool update(const QString &assignments, QVariantList values, qint64 expected,
                const QString &extraCondition = {}) const;
    /** The same whatever the version (a CLI or import write): others' edits still see it. */
    void overwrite(const QString &assignments, QVariantList values) const;

    /**
     * The refusal after update() returned false: who changed the row last, when, its version,
     * and theirs() (the row in words), read after the version: should a third save land in
     * between, "keep mine" names a version older than what it was shown and is refused again.
     */
    EditConflict conflict(const QString &what, const std::function<QString()> &theirs) const;

    /** Who this session writes as, and now: the values of changed_by and changed_at. */
    static QVariantList stamp(const Database &db);

private:
    const Database &m_db;
    QString m_table, m_keyColumn;
    QVariant m_key;
};

} // namespace guardrail
