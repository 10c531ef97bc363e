// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFailure.h"

#include <QSqlError>

#include <sqlite3.h>

namespace guardrail {

bool SqliteFailure::isDamage(int code)
{
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

StoreError SqliteFailure::error(const QString &path, int code, const QString &detail,
                                const QString &sql)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError(
            QStringLiteral("%1 is damaged (%2): run guardrail check --db %1").arg(path, detail),
            StoreError::Kind::Damaged);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return StoreError(QStringLiteral("%1 cannot be written (%2): the file or its folder is "
                                         "read-only, or it is open read-only")
                              .arg(path, detail),
                          StoreError::Kind::ReadOnly);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError(QStringLiteral("%1 is busy: another program holds its write lock (%2); "
                                         "try again when it is done")
                              .arg(path, detail),
                          StoreError::Kind::Busy);
    case SQLITE_FULL:
        return StoreError(
            QStringLiteral("%1: the disk is full (%2); nothing was written").arg(path, detail));
    case SQLITE_IOERR:
        return StoreError(
            QStringLiteral("%1: the disk could not read or write it (%2)").arg(path, detail));
    default:
        return StoreError(sql.isEmpty()
                              ? QStringLiteral("%1: %2").arg(path, detail)
                              : QStringLiteral("%1: %2\n  in: %3").arg(path, detail, sql));
    }
}

StoreError SqliteFailure::error(const QString &path, const QSqlError &e, const QString &sql)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return error(path, ok ? code : SQLITE_ERROR, detail, sql);
}

StoreError SqliteFailure::error(sqlite3 *db, const QString &sql)
{
    const char *file = sqlite3_db_filename(db, "main");
    return error(file && *file ? QString::fromUtf8(file) : QStringLiteral("the database"),
                 sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), sql);
}

} // namespace guardrail
