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
    // A PostgreSQL server keeps its pages and enforces every reference itself.
    if (!db.backend().isPostgres()) {
        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step())
            if (integrity.string(0) != u"ok")
                problems << QStringLiteral("integrity: ") + integrity.string(0);
        Statement fk(db, "PRAGMA foreign_key_check");
        while (fk.step())
            problems << QStringLiteral(
                            "reference: %1 row %2 points to a %3 row that does not exist")
                            .arg(fk.string(0))
                            .arg(fk.integer(1))
                            .arg(fk.string(2));
    }
    QStringList backwards;
    problems << timestamps(db, &backwards);
    problems << rows(db,
                     QStringLiteral("SELECT lead_id FROM leads WHERE won_at IS NOT NULL AND "
                                    "lost_at IS NOT NULL"),
                     QStringLiteral("lead %1: both won and lost (a lead has at most one)"));
    problems << rows(db, QStringLiteral("SELECT lead_id FROM leads WHERE amount < 0"),
                     QStringLiteral("lead %1: a negative amount"));
    for (const char *table : {"spend", "revenue", "gross_profit", "awareness", "targets", "fx"})
        problems << rows(
            db,
            QStringLiteral("SELECT month FROM %1 WHERE NOT %2")
                .arg(QLatin1String(table), db.backend().isMonth(QStringLiteral("month"))),
            QStringLiteral("%1: month \"%2\" is not YYYY-MM")
                .arg(QLatin1String(table), QStringLiteral("%1")));
    problems << rows(db, QStringLiteral("SELECT month FROM spend WHERE amount < 0"),
                     QStringLiteral("spend of %1: a negative amount"));
    problems << rows(db, QStringLiteral("SELECT customer_id FROM revenue WHERE mrr < 0"),
                     QStringLiteral("revenue of %1: a negative mrr"));
    problems << backwards;
    QStringList settingErrors;
    Settings::fromMap(db.settingsMap(), &settingErrors);
    for (const QString &e : settingErrors)
        problems << QStringLiteral("setting: ") + e;
    return problems;
}

// Parsed by the same reader the snapshot uses, so check and the figures agree on what a
// timestamp is; the stage order is compared on the parsed times (a date is midnight UTC, as
// stored), the same way on either backend.
QStringList FileCheck::timestamps(const Database &db, QStringList *backwards)
{
    static const char *const columns[] = {"created_at", "mql_at",  "sql_at",
                                          "won_at",     "lost_at", "first_response_at"};
    QStringList problems;
    qint64 count = 0, backwardCount = 0;
    Statement s(db, "SELECT lead_id, created_at, mql_at, sql_at, won_at, lost_at, "
                    "first_response_at FROM leads ORDER BY id");
    while (s.step()) {
        std::optional<EpochSeconds> at[7];
        for (int c = 1; c <= 6; ++c) {
            int n = 0;
            const char *p = s.text(c, n);
            if (s.isNull(c))
                continue;
            at[c] = iso::parseTimestamp(p, n);
            if (at[c])
                continue;
            if (++count <= kListed)
                problems << QStringLiteral("lead %1: %2 \"%3\" is not a timestamp (YYYY-MM-DD or "
                                           "ISO 8601, years 1900 to 9999)")
                                .arg(s.string(0), QLatin1String(columns[c - 1]),
                                     QString::fromUtf8(p, n));
        }
        // As coalesce() would: the first stage given, even when it is not a timestamp (then
        // there is nothing to compare: the finding above names it).
        const auto before = [&](int later, std::initializer_list<int> earlier) {
            for (const int e : earlier)
                if (!s.isNull(e))
                    return at[later] && at[e] && *at[later] < *at[e];
            return false;
        };
        enum { Created = 1, Mql, Sql, Won, Lost };
        if ((before(Mql, {Created}) || before(Sql, {Mql, Created}) ||
             before(Won, {Sql, Mql, Created}) || before(Lost, {Sql, Mql, Created})) &&
            ++backwardCount <= kListed)
            *backwards << QStringLiteral("lead %1: stage dates go backwards").arg(s.string(0));
    }
    if (count > kListed)
        problems << QStringLiteral("... and %1 more timestamps that are not").arg(count - kListed);
    if (backwardCount > kListed)
        *backwards << QStringLiteral("... and %1 more like it").arg(backwardCount - kListed);
    return problems;
}

QStringList FileCheck::rows(const Database &db, const QString &sql, const QString &format)
{
    QStringList problems;
    qint64 count = 0;
    Statement s(db, sql.toUtf8().constData());
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
