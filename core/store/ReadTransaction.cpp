// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadTransaction.h"

#include "Database.h"
#include "SqliteFailure.h"

#include <sqlite3.h>

namespace guardrail {

ReadTransaction::ReadTransaction(const Database &db) : m_handle(db.handle())
{
    if (!sqlite3_get_autocommit(m_handle))
        return; // the enclosing transaction already reads one state
    if (sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        throw SqliteFailure::error(m_handle, QStringLiteral("BEGIN"));
    m_open = true;
    // A deferred transaction takes its snapshot at the first read: take it now.
    if (sqlite3_exec(m_handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        const StoreError error = SqliteFailure::error(m_handle);
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        m_open = false;
        throw error;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_open)
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr); // a read: nothing to lose
}

} // namespace guardrail
