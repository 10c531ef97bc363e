// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace guardrail {

class Database;

class Statement;

/**
 * Keeps the rows an import changes as they were before it, in undo_TABLE (Schema version 3),
 * so ImportLog can put them back exactly: a copy of the whole row, REAL values bit for bit.
 * Leads an import inserts are marked by leads.import_id instead (no copy per new row).
 */
class UndoRecorder
{
public:
    using Key = std::variant<qint64, QByteArray>;

    explicit UndoRecorder(const Database &db);
    ~UndoRecorder();

    /** The import being recorded; 0 records nothing (the demo generator, a dry run). */
    void setImport(qint64 id) { m_import = id; }
    qint64 import() const { return m_import; }

    /**
     * Copies the rows of table that match where (its parameters ?3, ?4, ... bound to keys) into
     * undo_table; inserted marks a row this import created (copied after it was written).
     */
    void keep(const char *table, const char *where, const std::vector<Key> &keys, bool inserted);

private:
    const Database &m_db;
    qint64 m_import = 0;
    std::map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace guardrail
