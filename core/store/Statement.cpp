// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include <QStringEncoder>

#include "SqliteFailure.h"

#include <sqlite3.h>

namespace guardrail {

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throw SqliteFailure::error(db, QString::fromUtf8(sql));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int i, const QString &text)
{
    // Short text (ids, names) is encoded on the stack: a million rows, no allocation each.
    if (text.size() <= 256) {
        char buffer[3 * 256];
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *end = encoder.appendToBuffer(buffer, text);
        sqlite3_bind_text(m_stmt, i, buffer, static_cast<int>(end - buffer), SQLITE_TRANSIENT);
        return;
    }
    bind(i, text.toUtf8());
}

void Statement::bind(int i, const char *utf8, int length)
{
    sqlite3_bind_text(m_stmt, i, utf8, length, SQLITE_TRANSIENT);
}

void Statement::bind(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void Statement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool Statement::step()
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

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

const char *Statement::text(int column, int &length) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    length = sqlite3_column_bytes(m_stmt, column);
    return p;
}

QString Statement::string(int column) const
{
    int n = 0;
    const char *p = text(column, n);
    return p ? QString::fromUtf8(p, n) : QString();
}

} // namespace guardrail
