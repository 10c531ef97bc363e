// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace guardrail {

class Database;

/**
 * What a Database on a PostgreSQL server does differently from a file: connecting from a
 * postgresql://USER@HOST:PORT/DBNAME URL (the password comes from PGPASSWORD or ~/.pgpass, as
 * libpq reads them, never from the URL), telling our schema from another program's, keeping
 * the schema version in a table (a file keeps it in its header), migrating in one transaction
 * under an advisory lock (two first opens at once create the schema once), and the change
 * counter the GUI watches.
 */
class PostgresServer
{
public:
    /** Adds and opens the named Qt Sql connection; throws StoreError naming the URL. */
    static void connect(const QString &connectionName, const QString &url, bool readOnly);
    /** The role may insert into leads: else the database opens read-only. */
    static bool mayWrite(const Database &db);
    /** Refuses another program's database, or one a newer Guardrail wrote. */
    static std::optional<StoreError> refusal(const Database &db, bool readOnly);
    static int schemaVersion(const Database &db);
    /** Runs the migrations from the stored version on, in one transaction. */
    static void migrate(Database &db);
    static qint64 dataVersion(const Database &db);
    /** This session's role may alter the table (owns it, or is a member of its owner). */
    static bool mayAlter(const Database &db, const QString &table);
    /**
     * For a bulk load into an empty table: drops the table's foreign keys, which PostgreSQL
     * would check row by row; returns the statements that add them back (each checks every row
     * in one pass). Only when mayAlter(): else empty, and they stay.
     */
    static QStringList dropForeignKeys(const Database &db, const QString &table);
    /** After rows were written with their ids (guardrail copy): new rows take the next one. */
    static void advanceIdentities(const Database &db);
};

} // namespace guardrail
