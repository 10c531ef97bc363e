// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriteMode.h"

#include "Database.h"
#include "StoreError.h"

namespace guardrail {

BulkWriteMode::BulkWriteMode(Database &db) : m_db(db)
{
    try {
        m_switched = m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"))
                         .toString()
                         .compare(u"delete", Qt::CaseInsensitive) == 0;
        // NORMAL is safe with WAL only; with the rollback journal a power cut needs FULL.
        if (m_switched)
            m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    } catch (const StoreError &) {
        m_switched = false; // another connection has the file open: WAL it is
    }
}

BulkWriteMode::~BulkWriteMode()
{
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
