// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace guardrail {

class Database;

/**
 * The import history (DESIGN section 2): every import that writes is recorded with its counts,
 * and one can be undone exactly (the rows it inserted removed, the rows it changed or pruned
 * put back from undo_TABLE) when no later import changed the same rows.
 */
class ImportLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString importedAt, file, kind, source, undoneAt;
        qint64 inserted = 0, updated = 0, skipped = 0, pruned = 0;
    };
    struct Undo
    {
        bool done = false;
        QStringList blocking; // "leads 7 (changed by import 9)", at most 10
        QString problem;      // no such import, or already undone
        qint64 removed = 0, restored = 0;
    };

    explicit ImportLog(Database &db);

    /** Inside the import's transaction: the new import's id. */
    qint64 begin(const QString &file, const QString &kind, const QString &source);
    void finish(qint64 id, qint64 inserted, qint64 updated, qint64 skipped, qint64 pruned);

    QList<Entry> entries() const;
    /** Undoes import id in one transaction, or says what blocks it and changes nothing. */
    Undo undo(qint64 id);

private:
    QStringList blockers(qint64 id) const;

    Database &m_db;
};

} // namespace guardrail
