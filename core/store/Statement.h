// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementEngine.h"

#include <QString>

#include <memory>
#include <optional>

namespace guardrail {

class Database;

/**
 * A prepared statement on the backend's C API (SQLite's, or libpq), for the bulk paths only
 * (import, snapshot load), where Qt Sql costs 2-3x (DESIGN: facts measured). The SQL is
 * SQLite's dialect (Backend translates it). Binds are 1-based; reset() after each row.
 */
class Statement
{
public:
    Statement(const Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int i, const QString &text);
    void bind(int i, const QByteArray &utf8)
    {
        m_engine->bindText(i, utf8.constData(), static_cast<int>(utf8.size()));
    }
    void bind(int i, const char *utf8, int length) { m_engine->bindText(i, utf8, length); }
    void bind(int i, double v) { m_engine->bindReal(i, v); }
    void bind(int i, qint64 v) { m_engine->bindInteger(i, v); }
    void bindNull(int i) { m_engine->bindNull(i); }
    template <typename T> void bind(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }

    /** Steps once: true when a row is ready, false when done; throws StoreError otherwise. */
    bool step() { return m_engine->step(); }
    void reset() { m_engine->reset(); }

    bool isNull(int column) const { return m_engine->isNull(column); }
    qint64 integer(int column) const { return m_engine->integer(column); }
    double real(int column) const { return m_engine->real(column); }
    /** The column as UTF-8 bytes valid until the next step; length in bytes. */
    const char *text(int column, int &length) const { return m_engine->text(column, length); }
    QString string(int column) const;

private:
    std::unique_ptr<StatementEngine> m_engine;
};

} // namespace guardrail
