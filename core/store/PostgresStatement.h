// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementEngine.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct pg_conn;
struct pg_result;

namespace guardrail {

/**
 * A Statement on libpq, in text format: prepared on its first run (server-side, so later rows
 * send only their values). A query without parameters inside a transaction (the snapshot's)
 * reads through a cursor in batches, so a million leads never sit in one result; any other
 * result is read whole, so statements may interleave as SQLite's do.
 */
class PostgresStatement final : public StatementEngine
{
public:
    PostgresStatement(pg_conn *connection, QByteArray sql, QString database);
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    void bindText(int i, const char *utf8, int length) override;
    void bindReal(int i, double v) override;
    void bindInteger(int i, qint64 v) override;
    void bindNull(int i) override;
    bool step() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    const char *text(int column, int &length) const override;

private:
    void execute();
    void fetch();
    void clearResult();
    [[noreturn]] void fail(pg_result *result);
    QByteArray &slot(int i);

    pg_conn *m_conn;
    QByteArray m_sql, m_name, m_cursor;
    QString m_database;
    int m_parameters = 0;
    bool m_prepared = false, m_executed = false, m_cursorOpen = false, m_cursorDone = false;
    std::vector<unsigned int> m_types; // Oid: 0 lets the server infer it
    std::vector<QByteArray> m_values;  // null QByteArray: SQL NULL
    pg_result *m_result = nullptr;
    int m_row = -1, m_rows = 0;
};

} // namespace guardrail
