// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadTransaction.h"

#include "Database.h"
#include "PostgresFailure.h"
#include "SqliteFailure.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace guardrail {
namespace {

// On PostgreSQL a repeatable-read transaction reads one snapshot, taken at its first query.
void beginOnServer(pg_conn *conn, const QString &database)
{
    for (const char *sql : {"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "SELECT 1"}) {
        PGresult *r = PQexec(conn, sql);
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const StoreError error = PostgresFailure::error(database, r);
            PQclear(r);
            PQclear(PQexec(conn, "ROLLBACK"));
            throw error;
        }
        PQclear(r);
    }
}

} // namespace

ReadTransaction::ReadTransaction(const Database &db)
{
    if (db.backend().isPostgres()) {
        m_server = db.postgresHandle();
        if (PQtransactionStatus(m_server) != PQTRANS_IDLE)
            return; // the enclosing transaction already reads one state
        beginOnServer(m_server, db.path());
        m_open = true;
        return;
    }
    m_handle = db.handle();
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
    if (!m_open)
        return;
    // A read: nothing to lose.
    if (m_server)
        PQclear(PQexec(m_server, "COMMIT"));
    else
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace guardrail
