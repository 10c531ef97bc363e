// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace guardrail {

/**
 * A prepared statement on the SQLite C API, for the bulk paths only (import, snapshot load),
 * where Qt Sql costs 2-3x (DESIGN: facts measured). Binds are 1-based; reset() after each row.
 */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int i, const QString &text);
    void bind(int i, const QByteArray &utf8);
    void bind(int i, const char *utf8, int length);
    void bind(int i, double v);
    void bind(int i, qint64 v);
    void bindNull(int i);
    template <typename T> void bind(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }

    /** Steps once: true when a row is ready, false when done; throws StoreError otherwise. */
    bool step();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /** The column as UTF-8 bytes valid until the next step; length in bytes. */
    const char *text(int column, int &length) const;
    QString string(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace guardrail
