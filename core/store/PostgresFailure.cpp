// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresFailure.h"

#include <QSqlError>

#include <libpq-fe.h>

namespace guardrail {

StoreError PostgresFailure::error(const QString &database, const QByteArray &sqlState,
                                  const QString &rawDetail, const QString &sql)
{
    const QString detail = rawDetail.trimmed();
    const QByteArray kind = sqlState.left(2);
    if (sqlState == "42501" || sqlState == "25006")
        return StoreError(QStringLiteral("%1 cannot be written (%2): this role may only read")
                              .arg(database, detail),
                          StoreError::Kind::ReadOnly);
    if (kind == "40" || sqlState == "55P03" || sqlState == "57014")
        return StoreError(QStringLiteral("%1 is busy: another session holds a lock this change "
                                         "needs (%2); try again when it is done")
                              .arg(database, detail),
                          StoreError::Kind::Busy);
    if (sqlState == "53100")
        return StoreError(QStringLiteral("%1: the server's disk is full (%2); nothing was written")
                              .arg(database, detail));
    if (kind == "08" || kind == "57" || sqlState.isEmpty())
        return StoreError(
            QStringLiteral("%1: the connection to the server failed (%2)").arg(database, detail));
    return StoreError(sql.isEmpty()
                          ? QStringLiteral("%1: %2").arg(database, detail)
                          : QStringLiteral("%1: %2\n  in: %3").arg(database, detail, sql));
}

StoreError PostgresFailure::error(const QString &database, const pg_result *result,
                                  const QString &sql)
{
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    return error(database, QByteArray(state ? state : ""),
                 QString::fromUtf8(PQresultErrorMessage(result)), sql);
}

StoreError PostgresFailure::error(const QString &database, const pg_conn *connection,
                                  const QString &sql)
{
    return error(database, QByteArray(), QString::fromUtf8(PQerrorMessage(connection)), sql);
}

StoreError PostgresFailure::error(const QString &database, const QSqlError &e, const QString &sql)
{
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return error(database, e.nativeErrorCode().toLatin1(), detail, sql);
}

} // namespace guardrail
