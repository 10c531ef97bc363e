// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresStatement.h"

#include "PostgresFailure.h"

#include <libpq-fe.h>

#include <atomic>
#include <charconv>

namespace guardrail {
namespace {

constexpr int kBatchRows = 20000;

std::atomic<quint64> statementCount{0};

// The $N the statement names, by N: a statement numbered for SQLite may skip some (RowWriter's
// insert shares the upsert's numbers), which PostgreSQL can type only when told: as text.
std::vector<Oid> parameterTypes(const QByteArray &sql)
{
    constexpr Oid kUnspecified = 0, kText = 25;
    std::vector<bool> named;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (sql.at(i) != '$')
            continue;
        int n = 0;
        qsizetype j = i + 1;
        for (; j < sql.size() && sql.at(j) >= '0' && sql.at(j) <= '9'; ++j)
            n = n * 10 + (sql.at(j) - '0');
        if (n > 0) {
            if (named.size() < size_t(n))
                named.resize(size_t(n), false);
            named[size_t(n - 1)] = true;
        }
    }
    std::vector<Oid> types;
    for (const bool isNamed : named)
        types.push_back(isNamed ? kUnspecified : kText);
    return types;
}

bool isQuery(const QByteArray &sql)
{
    return sql.trimmed().left(6).toUpper() == "SELECT";
}

} // namespace

PostgresStatement::PostgresStatement(pg_conn *connection, QByteArray sql, QString database)
    : m_conn(connection), m_sql(std::move(sql)), m_database(std::move(database))
{
    const quint64 n = ++statementCount;
    m_name = "guardrail_s" + QByteArray::number(n);
    m_cursor = "guardrail_c" + QByteArray::number(n);
    m_types = parameterTypes(m_sql);
    m_parameters = static_cast<int>(m_types.size());
    m_values.resize(size_t(m_parameters));
}

PostgresStatement::~PostgresStatement()
{
    clearResult();
    if (m_cursorOpen)
        PQclear(PQexec(m_conn, QByteArray("CLOSE " + m_cursor).constData()));
    if (m_prepared)
        PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
}

QByteArray &PostgresStatement::slot(int i)
{
    if (i < 1 || i > m_parameters)
        throw StoreError(QStringLiteral("%1: value %2 bound to a statement with %3\n  in: %4")
                             .arg(m_database)
                             .arg(i)
                             .arg(m_parameters)
                             .arg(QString::fromUtf8(m_sql)));
    return m_values[size_t(i - 1)];
}

void PostgresStatement::bindText(int i, const char *utf8, int length)
{
    // Never a null QByteArray, which would be SQL NULL: "" stays an empty text.
    slot(i) = length == 0 ? QByteArray("") : QByteArray(utf8, length);
}

void PostgresStatement::bindReal(int i, double v)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v); // shortest exact form
    slot(i) = QByteArray(buffer, r.ptr - buffer);
}

void PostgresStatement::bindInteger(int i, qint64 v)
{
    slot(i) = QByteArray::number(v);
}

void PostgresStatement::bindNull(int i)
{
    slot(i) = QByteArray();
}

void PostgresStatement::fail(pg_result *result)
{
    const StoreError error =
        result ? PostgresFailure::error(m_database, result, QString::fromUtf8(m_sql))
               : PostgresFailure::error(m_database, m_conn, QString::fromUtf8(m_sql));
    PQclear(result);
    throw error;
}

void PostgresStatement::execute()
{
    m_executed = true;
    if (m_parameters == 0 && isQuery(m_sql) && PQtransactionStatus(m_conn) == PQTRANS_INTRANS) {
        pg_result *r = PQexec(
            m_conn,
            QByteArray("DECLARE " + m_cursor + " NO SCROLL CURSOR FOR " + m_sql).constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            fail(r);
        PQclear(r);
        m_cursorOpen = true;
        fetch();
        return;
    }
    if (!m_prepared) {
        pg_result *r =
            PQprepare(m_conn, m_name.constData(), m_sql.constData(), m_parameters, m_types.data());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            fail(r);
        PQclear(r);
        m_prepared = true;
    }
    std::vector<const char *> values(m_values.size());
    std::vector<int> lengths(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i) {
        values[i] = m_values[i].isNull() ? nullptr : m_values[i].constData();
        lengths[i] = static_cast<int>(m_values[i].size());
    }
    pg_result *r = PQexecPrepared(m_conn, m_name.constData(), m_parameters, values.data(),
                                  lengths.data(), nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(r);
    m_result = r;
    m_rows = PQntuples(r);
    m_row = -1;
}

void PostgresStatement::fetch()
{
    clearResult();
    pg_result *r = PQexec(
        m_conn, QByteArray("FETCH FORWARD " + QByteArray::number(kBatchRows) + " FROM " + m_cursor)
                    .constData());
    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        fail(r);
    m_result = r;
    m_rows = PQntuples(r);
    m_row = -1;
    m_cursorDone = m_rows < kBatchRows;
}

bool PostgresStatement::step()
{
    if (!m_executed)
        execute();
    ++m_row;
    if (m_row >= m_rows && m_cursorOpen && !m_cursorDone) {
        fetch();
        ++m_row;
    }
    return m_result && m_row < m_rows;
}

void PostgresStatement::clearResult()
{
    PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
}

void PostgresStatement::reset()
{
    clearResult();
    if (m_cursorOpen) {
        PQclear(PQexec(m_conn, QByteArray("CLOSE " + m_cursor).constData()));
        m_cursorOpen = false;
    }
    m_executed = false;
    m_cursorDone = false;
    for (QByteArray &v : m_values)
        v = QByteArray();
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PostgresStatement::integer(int column) const
{
    const char *p = PQgetvalue(m_result, m_row, column);
    const int n = PQgetlength(m_result, m_row, column);
    if (n == 1 && (*p == 't' || *p == 'f')) // a boolean, which SQLite keeps as 1 and 0
        return *p == 't' ? 1 : 0;
    qint64 v = 0;
    std::from_chars(p, p + n, v);
    return v;
}

double PostgresStatement::real(int column) const
{
    const char *p = PQgetvalue(m_result, m_row, column);
    double v = 0;
    std::from_chars(p, p + PQgetlength(m_result, m_row, column), v);
    return v;
}

const char *PostgresStatement::text(int column, int &length) const
{
    if (isNull(column)) {
        length = 0;
        return nullptr;
    }
    length = PQgetlength(m_result, m_row, column);
    return PQgetvalue(m_result, m_row, column);
}

} // namespace guardrail
