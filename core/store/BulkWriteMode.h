// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guardrail {

class Database;

/**
 * For one very large write into a file (an import of a million rows), the rollback journal is
 * faster than WAL: WAL writes every new page twice, the journal only the few pages that existed
 * before. Switches the file to the rollback journal for its lifetime and back to WAL after.
 * Both modes are atomic, so a crash mid-import still leaves all or nothing. Best effort: when
 * another connection holds the file, it stays in WAL.
 */
class BulkWriteMode
{
public:
    explicit BulkWriteMode(Database &db);
    ~BulkWriteMode();
    BulkWriteMode(const BulkWriteMode &) = delete;
    BulkWriteMode &operator=(const BulkWriteMode &) = delete;

private:
    Database &m_db;
    bool m_switched = false;
    bool m_active = true; // false on PostgreSQL
};

} // namespace guardrail
