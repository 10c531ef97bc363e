// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "SqliteFailure.h"

#include <QString>

#include <sqlite3.h>

namespace guardrail {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throw SqliteFailure::error(db, QString::fromUtf8(sql));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindText(int i, const char *utf8, int length)
{
    sqlite3_bind_text(m_stmt, i, utf8, length, SQLITE_TRANSIENT);
}

void SqliteStatement::bindReal(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void SqliteStatement::bindInteger(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const StoreError error = SqliteFailure::error(m_db, QString::fromUtf8(sqlite3_sql(m_stmt)));
    sqlite3_reset(m_stmt);
    throw error;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

const char *SqliteStatement::text(int column, int &length) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    length = sqlite3_column_bytes(m_stmt, column);
    return p;
}

} // namespace guardrail
