// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guardrail {

class Database;

/**
 * Moves a company between databases, SQLite or PostgreSQL in either direction: every table,
 * every row with its ids, every value with its type (an amount stays the same double, a text
 * the same bytes, NULL stays NULL). The target must hold no company yet (a new file or an
 * empty database); it is written in one transaction, so it ends up complete or as it was.
 */
class DatabaseCopy
{
public:
    struct Result
    {
        int tables = 0;
        qint64 rows = 0;
    };

    /** Throws StoreError naming the table that failed. */
    static Result copy(const Database &from, Database &to);
    /** The tables, parents before the tables that refer to them. */
    static QStringList tables(const Database &db);
    /** Every row of the table as text, ordered, for comparing two databases. */
    static QStringList dump(const Database &db, const QString &table);
};

} // namespace guardrail
