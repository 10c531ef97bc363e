// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresCopy.h"

#include "PostgresFailure.h"

#include <libpq-fe.h>

#include <charconv>

namespace guardrail {
namespace {
constexpr qsizetype kFlushBytes = 4 << 20;
}

PostgresCopy::PostgresCopy(pg_conn *connection, QByteArray copyStatement, QString database)
    : m_conn(connection), m_statement(std::move(copyStatement)), m_database(std::move(database))
{
    m_buffer.reserve(kFlushBytes + (64 << 10));
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void PostgresCopy::add(const char *utf8, int length)
{
    separate();
    // COPY's text format: a backslash, tab, newline or carriage return is escaped.
    for (int i = 0; i < length; ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void PostgresCopy::add(const QString &text)
{
    if (text.isNull()) {
        addNull();
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    add(utf8.constData(), static_cast<int>(utf8.size()));
}

void PostgresCopy::add(double v)
{
    separate();
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v); // shortest exact form
    m_buffer.append(buffer, r.ptr - buffer);
}

void PostgresCopy::add(qint64 v)
{
    separate();
    m_buffer += QByteArray::number(v);
}

void PostgresCopy::addNull()
{
    separate();
    m_buffer += "\\N";
}

void PostgresCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void PostgresCopy::flush()
{
    if (m_buffer.isEmpty())
        return;
    PGresult *r = PQexec(m_conn, m_statement.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        const StoreError error =
            PostgresFailure::error(m_database, r, QString::fromUtf8(m_statement));
        PQclear(r);
        throw error;
    }
    PQclear(r);
    const bool sent =
        PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) == 1;
    m_buffer.clear();
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the rows could not be sent") != 1 || !sent) {
        PQclear(PQgetResult(m_conn));
        throw PostgresFailure::error(m_database, m_conn, QString::fromUtf8(m_statement));
    }
    std::optional<StoreError> error;
    while (PGresult *done = PQgetResult(m_conn)) {
        if (PQresultStatus(done) != PGRES_COMMAND_OK && !error)
            error = PostgresFailure::error(m_database, done, QString::fromUtf8(m_statement));
        PQclear(done);
    }
    if (error)
        throw *error;
}

} // namespace guardrail
