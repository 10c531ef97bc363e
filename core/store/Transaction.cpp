// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlError>

namespace guardrail {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StoreError(
            QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()));
    m_open = true;
}

Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    m_joined = db.inTransaction();
    if (!m_joined && !m_db.transaction())
        throw StoreError(
            QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()));
    m_open = !m_joined;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (m_joined)
        return;
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        m_open = false;
        throw StoreError(QStringLiteral("cannot commit: %1").arg(error));
    }
    m_open = false;
}

} // namespace guardrail
