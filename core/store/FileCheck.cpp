// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCheck.h"

#include "Database.h"
#include "ReadTransaction.h"
#include "Statement.h"
#include "domain/Iso8601.h"
#include "domain/Settings.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guardrail {
namespace {
constexpr int kListed = 50; // per rule: the rest are counted
}

QStringList FileCheck::problems(const Database &db)
{
    const ReadTransaction read(db);
    QStringList problems;
    Statement integrity(db.handle(), "PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.string(0) != u"ok")
            problems << QStringLiteral("integrity: ") + integrity.string(0);
    Statement fk(db.handle(), "PRAGMA foreign_key_check");
    while (fk.step())
        problems << QStringLiteral("reference: %1 row %2 points to a %3 row that does not exist")
                        .arg(fk.string(0))
                        .arg(fk.integer(1))
                        .arg(fk.string(2));
    problems << timestamps(db);
    problems << rows(db,
                     QStringLiteral("SELECT lead_id FROM leads WHERE won_at IS NOT NULL AND "
                                    "lost_at IS NOT NULL"),
                     QStringLiteral("lead %1: both won and lost (a lead has at most one)"));
    problems << rows(db, QStringLiteral("SELECT lead_id FROM leads WHERE amount < 0"),
                     QStringLiteral("lead %1: a negative amount"));
    for (const char *table : {"spend", "revenue", "gross_profit", "awareness", "targets", "fx"})
        problems << rows(db,
                         QStringLiteral("SELECT month FROM %1 WHERE month NOT GLOB "
                                        "'[12][0-9][0-9][0-9]-[01][0-9]'")
                             .arg(QLatin1String(table)),
                         QStringLiteral("%1: month \"%2\" is not YYYY-MM")
                             .arg(QLatin1String(table), QStringLiteral("%1")));
    problems << rows(db, QStringLiteral("SELECT month FROM spend WHERE amount < 0"),
                     QStringLiteral("spend of %1: a negative amount"));
    problems << rows(db, QStringLiteral("SELECT customer_id FROM revenue WHERE mrr < 0"),
                     QStringLiteral("revenue of %1: a negative mrr"));
    // Timestamps are ISO text: mixed dates and full timestamps compare right only via julianday.
    problems << rows(
        db,
        QStringLiteral("SELECT lead_id FROM leads WHERE "
                       "julianday(mql_at) < julianday(created_at) OR "
                       "julianday(sql_at) < julianday(coalesce(mql_at, created_at)) OR "
                       "julianday(won_at) < julianday(coalesce(sql_at, mql_at, created_at)) OR "
                       "julianday(lost_at) < julianday(coalesce(sql_at, mql_at, created_at))"),
        QStringLiteral("lead %1: stage dates go backwards"));
    QStringList settingErrors;
    Settings::fromMap(db.settingsMap(), &settingErrors);
    for (const QString &e : settingErrors)
        problems << QStringLiteral("setting: ") + e;
    return problems;
}

// Parsed by the same reader the snapshot uses, so check and the figures agree on what a
// timestamp is.
QStringList FileCheck::timestamps(const Database &db)
{
    static const char *const columns[] = {"created_at", "mql_at",  "sql_at",
                                          "won_at",     "lost_at", "first_response_at"};
    QStringList problems;
    qint64 count = 0;
    Statement s(db.handle(), "SELECT lead_id, created_at, mql_at, sql_at, won_at, lost_at, "
                             "first_response_at FROM leads");
    while (s.step()) {
        for (int c = 1; c <= 6; ++c) {
            int n = 0;
            const char *p = s.text(c, n);
            if (s.isNull(c) || iso::parseTimestamp(p, n))
                continue;
            if (++count <= kListed)
                problems << QStringLiteral("lead %1: %2 \"%3\" is not a timestamp (YYYY-MM-DD or "
                                           "ISO 8601, years 1900 to 9999)")
                                .arg(s.string(0), QLatin1String(columns[c - 1]),
                                     QString::fromUtf8(p, n));
        }
    }
    if (count > kListed)
        problems << QStringLiteral("... and %1 more timestamps that are not").arg(count - kListed);
    return problems;
}

QStringList FileCheck::rows(const Database &db, const QString &sql, const QString &format)
{
    QStringList problems;
    qint64 count = 0;
    Statement s(db.handle(), sql.toUtf8().constData());
    while (s.step())
        if (++count <= kListed)
            problems << format.arg(s.string(0));
    if (count > kListed)
        problems << QStringLiteral("... and %1 more like it").arg(count - kListed);
    return problems;
}

QStringList FileCheck::damaged(const QString &path)
{
    QStringList findings;
    const QString name = QStringLiteral("guardrail-check-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            findings << QStringLiteral("integrity: cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                findings << QStringLiteral("integrity: ") + q.lastError().databaseText();
            while (q.isActive() && q.next())
                if (q.value(0).toString() != u"ok")
                    findings << QStringLiteral("integrity: ") + q.value(0).toString();
            if (q.lastError().isValid() && q.isActive())
                findings << QStringLiteral("integrity: ") + q.lastError().databaseText();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return findings;
}

} // namespace guardrail
