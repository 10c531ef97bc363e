// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QString>

class QSqlError;
struct pg_conn;
struct pg_result;

namespace guardrail {

/**
 * Turns a PostgreSQL failure into a StoreError the user can act on, by its SQLSTATE: a role
 * that may only read, a lock or a conflicting transaction (try again), a full disk, a lost
 * connection. The SQL is named only for failures no code explains, as SqliteFailure does.
 */
class PostgresFailure
{
public:
    static StoreError error(const QString &database, const QByteArray &sqlState,
                            const QString &detail, const QString &sql = {});
    static StoreError error(const QString &database, const pg_result *result,
                            const QString &sql = {});
    static StoreError error(const QString &database, const pg_conn *connection,
                            const QString &sql = {});
    static StoreError error(const QString &database, const QSqlError &error,
                            const QString &sql = {});
};

} // namespace guardrail
