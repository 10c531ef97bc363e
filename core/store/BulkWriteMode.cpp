// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriteMode.h"

#include "Database.h"
#include "StoreError.h"

namespace guardrail {

BulkWriteMode::BulkWriteMode(Database &db) : m_db(db)
{
    if (db.backend().isPostgres()) {
        m_active = false; // a server has no journal to switch; it checks references itself
        return;
    }
    try {
        m_switched = m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"))
                         .toString()
                         .compare(u"delete", Qt::CaseInsensitive) == 0;
        // NORMAL is safe with WAL only; with the rollback journal a power cut needs FULL.
        if (m_switched)
            m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // The import checks every reference itself (channel and segment ids come from the
        // rows it just wrote; revenue names a known lead), so SQLite need not look each one up.
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    } catch (const StoreError &) {
        m_switched = false; // another connection has the file open: WAL it is
    }
}

BulkWriteMode::~BulkWriteMode()
{
    if (!m_active)
        return;
    try {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const StoreError &) {
    }
    if (!m_switched)
        return;
    try {
        m_db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (const StoreError &) {
        // The file is intact in rollback-journal mode; the next open switches it to WAL again.
    }
}

} // namespace guardrail
