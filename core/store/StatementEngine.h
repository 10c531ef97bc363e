// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace guardrail {

/**
 * What a Statement runs on: SQLite's C API (SqliteStatement) or libpq (PostgresStatement).
 * Binds are 1-based and text is UTF-8; reset() after each row clears the binds.
 */
class StatementEngine
{
public:
    virtual ~StatementEngine() = default;
    virtual void bindText(int i, const char *utf8, int length) = 0;
    virtual void bindReal(int i, double v) = 0;
    virtual void bindInteger(int i, qint64 v) = 0;
    virtual void bindNull(int i) = 0;
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual const char *text(int column, int &length) const = 0;
};

} // namespace guardrail
