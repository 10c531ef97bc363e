// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QString>

class QSqlError;
struct sqlite3;

namespace guardrail {

/**
 * Turns an SQLite failure into a StoreError the user can act on, by its result code: a damaged
 * file says so and names `guardrail check`; a read-only, busy or full one says which. The SQL
 * is named only for failures no code explains (they are bugs, and the text helps to find them).
 */
class SqliteFailure
{
public:
    static StoreError error(const QString &path, int code, const QString &detail,
                            const QString &sql = {});
    static StoreError error(const QString &path, const QSqlError &error, const QString &sql = {});
    static StoreError error(sqlite3 *db, const QString &sql = {});
    /** SQLITE_CORRUPT or SQLITE_NOTADB: the file's pages are not what SQLite wrote. */
    static bool isDamage(int code);
};

} // namespace guardrail
