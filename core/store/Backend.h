// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * Where the SQL of SQLite and PostgreSQL differ, in one place. Every statement in core/store is
 * written once, in the SQLite dialect; sql() and ddl() turn it into what the backend runs. The
 * rest of the store asks this class, never the driver's name, what the backend can do.
 */
class Backend
{
public:
    enum class Kind { Sqlite, Postgres };

    /** postgresql://… and postgres://… name a server; anything else is a file path. */
    static bool isServerUrl(const QString &target);

    explicit Backend(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    /** The Qt Sql driver: QSQLITE or QPSQL. */
    QString driverName() const;

    /**
     * A query or write as this backend runs it. For PostgreSQL: ifnull() becomes coalesce(),
     * "x COLLATE NOCASE" orders and compares as lower(x COLLATE "C") (SQLite's NOCASE folds
     * ASCII only, and so does lower() under the C collation), and ?N becomes $N. Placeholders
     * stay ? for Qt Sql, which numbers them itself.
     */
    QString sql(const QString &statement) const;
    /** The same, with every ? and ?N numbered $N: for statements sent through libpq. */
    QByteArray nativeSql(const char *statement) const;
    /**
     * One schema statement as this backend runs it: for PostgreSQL, INTEGER becomes BIGINT, an
     * INTEGER PRIMARY KEY an identity, REAL DOUBLE PRECISION (PostgreSQL's REAL has 24 bits),
     * WITHOUT ROWID goes, and a UNIQUE name in NOCASE becomes a unique index on its fold.
     */
    QStringList ddl(const QString &statement) const;
    /** A query for the names of the database's tables (not the backend's own), by name. */
    QString tablesQuery() const;
    /** A query for a table's column names, in their order. */
    QString columnsOf(const QString &table) const;
    /** A condition that the text column holds a month, YYYY-MM. */
    QString isMonth(const QString &column) const;
    /**
     * A statement that makes the transaction's writers of table take turns until it ends, for a
     * check of what is absent ("no SLA yet") that no row lock can guard; empty for SQLite, whose
     * writers always take turns.
     */
    QString writersTakeTurns(const QString &table) const;
    /** The smallest of the values: SQLite's multi-argument min(), PostgreSQL's least(). */
    QString smallestOf(const QStringList &values) const;

private:
    Kind m_kind;
};

} // namespace guardrail
