// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementEngine.h"

struct sqlite3;
struct sqlite3_stmt;

namespace guardrail {

/** A Statement on SQLite's C API: text binds are copied (SQLITE_TRANSIENT). */
class SqliteStatement final : public StatementEngine
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

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
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace guardrail
