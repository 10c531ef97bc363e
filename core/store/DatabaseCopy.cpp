// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCopy.h"

#include "Database.h"
#include "PostgresCopy.h"
#include "PostgresServer.h"
#include "ReadTransaction.h"
#include "Statement.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace guardrail {
namespace {

// Referenced tables first (foreign keys are checked as rows land); the rest by name.
constexpr const char *kParents[] = {"company",        "settings",     "channels", "segments",
                                    "journey_stages", "sla_versions", "imports",  "leads"};

// What is neither null, real nor text must be an integer; anything else (a blob) is not ours
// and is refused rather than written as 0.
qint64 integer(const QVariant &v, const QString &table, const QString &column)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok)
        throw StoreError(QStringLiteral("%1.%2 holds a %3, which Guardrail does not store")
                             .arg(table, column, QString::fromLatin1(v.typeName())));
    return n;
}

// Rows read through Qt Sql keep their type (QVariant); the target writes each by it.
void copyTable(const Database &from, const Database &to, const QString &table, qint64 *rows)
{
    const QStringList columns = from.columns(table);
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery source = from.query(QStringLiteral("SELECT %1 FROM %2").arg(list, table));
    to.exec(QStringLiteral("DELETE FROM %1").arg(table)); // the defaults a new schema has
    if (to.backend().isPostgres()) {
        PostgresCopy copy(to.postgresHandle(),
                          QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, list).toUtf8(),
                          to.path());
        while (source.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant v = source.value(c);
                if (v.isNull())
                    copy.addNull();
                else if (v.typeId() == QMetaType::Double)
                    copy.add(v.toDouble());
                else if (v.typeId() == QMetaType::QString)
                    copy.add(v.toString());
                else
                    copy.add(integer(v, table, columns[c]));
            }
            copy.endRow();
            ++*rows;
        }
        copy.flush();
        return;
    }
    QStringList marks;
    for (int c = 0; c < columns.size(); ++c)
        marks << QStringLiteral("?");
    Statement insert(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, list, marks.join(QStringLiteral(", ")))
                             .toUtf8()
                             .constData());
    while (source.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant v = source.value(c);
            if (v.isNull())
                insert.bindNull(c + 1);
            else if (v.typeId() == QMetaType::Double)
                insert.bind(c + 1, v.toDouble());
            else if (v.typeId() == QMetaType::QString)
                insert.bind(c + 1, v.toString());
            else
                insert.bind(c + 1, integer(v, table, columns[c]));
        }
        insert.step();
        insert.reset();
        ++*rows;
    }
}

} // namespace

QStringList DatabaseCopy::tables(const Database &db)
{
    QStringList all;
    QSqlQuery q = db.query(db.backend().tablesQuery());
    while (q.next())
        all << q.value(0).toString();
    QStringList ordered;
    for (const char *parent : kParents)
        if (all.removeOne(QString::fromLatin1(parent)))
            ordered << QString::fromLatin1(parent);
    return ordered + all;
}

DatabaseCopy::Result DatabaseCopy::copy(const Database &from, Database &to)
{
    if (to.isReadOnly())
        throw StoreError(QStringLiteral("%1 may only be read: nothing was copied").arg(to.path()),
                         StoreError::Kind::ReadOnly);
    const QStringList targetTables = DatabaseCopy::tables(to);
    // Anything a team wrote (a review, a decision, an SLA, not only data) makes it a company;
    // the journey stages a new schema seeds, unedited, do not.
    for (const QString &table : targetTables)
        if (to.scalar(table == u"journey_stages"
                          ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM journey_stages WHERE "
                                           "conversion_criteria <> '' OR owner IS NOT NULL OR "
                                           "row_version <> 1)")
                          : QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table))
                .toBool())
            throw StoreError(QStringLiteral("%1 already holds a company (its %2 table has "
                                            "rows); copy into a new file or an empty database")
                                 .arg(to.path(), table));
    const ReadTransaction read(from); // every table from one state, whoever writes meanwhile
    const QStringList tables = DatabaseCopy::tables(from);
    Result result;
    Transaction transaction(to.connection());
    for (const QString &table : tables) {
        if (!targetTables.contains(table))
            throw StoreError(QStringLiteral("%1 has no table %2, which %3 has: nothing was "
                                            "copied")
                                 .arg(to.path(), table, from.path()));
        try {
            copyTable(from, to, table, &result.rows);
        } catch (const StoreError &e) {
            throw StoreError(QStringLiteral("copying table %1: %2").arg(table, e.message()),
                             e.kind());
        }
        ++result.tables;
    }
    if (to.backend().isPostgres())
        PostgresServer::advanceIdentities(to);
    transaction.commit();
    return result;
}

QStringList DatabaseCopy::dump(const Database &db, const QString &table)
{
    const QStringList columns = db.columns(table);
    QSqlQuery q = db.query(
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant v = q.value(c);
            // The kind of value, as both backends store it (PostgreSQL's int4 is an integer).
            const char *kind = v.isNull()                         ? "null"
                               : v.typeId() == QMetaType::Double  ? "real"
                               : v.typeId() == QMetaType::QString ? "text"
                                                                  : "integer";
            // A NULL has no text: QPSQL's null int would say "0".
            cells << (v.isNull() ? QStringLiteral("null")
                                 : QStringLiteral("%1:%2").arg(QLatin1String(kind), v.toString()));
        }
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort(); // the backends order NULLs differently
    return rows;
}

} // namespace guardrail
