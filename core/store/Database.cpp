// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Schema.h"
#include "StoreError.h"
#include "Transaction.h"
#include "domain/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace guardrail {
namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("guardrail-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("%1\n  in: %2").arg(query.lastError().text(), sql));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw StoreError(QStringLiteral("%1\n  in: %2").arg(query.lastError().text(), sql));
    return query;
}

} // namespace

Database::Database(const QString &path) : m_path(path), m_connectionName(uniqueConnectionName())
{
    if (path != u":memory:")
        refuseForeignOrNewer();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw StoreError(QStringLiteral("%1: cannot open: %2").arg(path, error));
        }
    }
    try {
        configure();
        migrate();
    } catch (...) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// After a crash in rollback-journal mode (a large import) the file has a hot journal, which a
// read-only connection cannot roll back. The header then says whose file it is: bytes 60 and
// 68 hold user_version and application_id, big-endian, and an import never changes them.
bool Database::ownFileWithHotJournal() const
{
    const QFileInfo journal(m_path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto word = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    return word(68) == kApplicationId && word(60) <= quint32(kSchemaVersion);
}

// Looks at an existing file through a read-only connection before anything may write to it:
// a foreign or newer file must stay byte-for-byte as it was (no WAL switch, no migration).
void Database::refuseForeignOrNewer() const
{
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() == 0)
        return;
    if (ownFileWithHotJournal())
        return; // opening it rolls the interrupted write back
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    QString problem;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            problem = QStringLiteral("%1: cannot open: %2").arg(m_path, probe.lastError().text());
        } else {
            QSqlQuery q(probe);
            const auto read = [&](const QString &sql) -> qint64 {
                if (!q.exec(sql) || !q.next())
                    return -1;
                return q.value(0).toLongLong();
            };
            const qint64 appId = read(QStringLiteral("PRAGMA application_id"));
            const qint64 version = read(QStringLiteral("PRAGMA user_version"));
            const qint64 objects = read(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (appId < 0 || version < 0 || objects < 0)
                problem = QStringLiteral("%1 is not a Guardrail database (not an SQLite file); it "
                                         "was left untouched")
                              .arg(m_path);
            else if (appId != kApplicationId && (appId != 0 || objects > 0))
                problem =
                    QStringLiteral(
                        "%1 is an SQLite file of another program, not a Guardrail database; it "
                        "was left untouched")
                        .arg(m_path);
            else if (version > kSchemaVersion)
                problem =
                    QStringLiteral(
                        "%1 was written by a newer Guardrail (schema version %2; this one reads up "
                        "to %3). Update Guardrail to open it; the file was left untouched.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion);
            q.finish();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!problem.isEmpty())
        throw StoreError(problem);
}

void Database::configure()
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL keeps the last good state on a crash mid-write; NORMAL is safe with WAL (never OFF).
    scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::migrate()
{
    const int from = schemaVersion();
    if (from == kSchemaVersion)
        return;
    Transaction transaction(connection());
    const auto &steps = schema::migrations();
    for (int v = from; v < kSchemaVersion; ++v)
        for (const QString &statement : steps.at(v))
            exec(statement);
    exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    transaction.commit();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError(QStringLiteral("the SQLite driver gives no native handle"));
    return *static_cast<sqlite3 *const *>(v.constData());
}

void Database::exec(const QString &sql, const QVariantList &values) const
{
    prepared(connection(), sql, values);
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = prepared(connection(), sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QVariant Database::text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

int Database::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QMap<QString, QString> Database::settingsMap() const
{
    QMap<QString, QString> values;
    QSqlQuery q = prepared(connection(), QStringLiteral("SELECT key, value FROM settings"), {});
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Settings Database::settings() const
{
    return Settings::fromMap(settingsMap());
}

void Database::setSetting(const QString &key, const QString &value)
{
    // Stored amounts were converted into the company currency: it cannot change under them.
    if (key == u"currency" && value != settings().currency &&
        scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads WHERE original_currency IS "
                              "NOT NULL)"))
            .toBool())
        throw StoreError(QStringLiteral("the currency cannot change from %1: amounts in other "
                                        "currencies are stored converted into it")
                             .arg(settings().currency));
    exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

void Database::removeSetting(const QString &key)
{
    exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

QString Database::companyName() const
{
    const QVariant v = scalar(QStringLiteral("SELECT name FROM company WHERE id = 1"));
    return v.isValid() ? v.toString() : QFileInfo(m_path).completeBaseName();
}

QDate Database::fixedAsOf() const
{
    const QVariant v = scalar(QStringLiteral("SELECT as_of FROM company WHERE id = 1"));
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

void Database::setCompany(const QString &name, const QDate &asOf)
{
    exec(QStringLiteral(
             "INSERT INTO company (id, name, as_of) VALUES (1, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, as_of = excluded.as_of"),
         {name, asOf.isValid() ? QVariant(asOf.toString(Qt::ISODate)) : QVariant()});
}

QStringList Database::check() const
{
    QStringList problems;
    QSqlQuery q = prepared(connection(), QStringLiteral("PRAGMA integrity_check"), {});
    while (q.next())
        if (q.value(0).toString() != u"ok")
            problems << QStringLiteral("integrity: ") + q.value(0).toString();
    QSqlQuery fk = prepared(connection(), QStringLiteral("PRAGMA foreign_key_check"), {});
    while (fk.next())
        problems << QStringLiteral("foreign key: %1 row %2 points to a missing %3 row")
                        .arg(fk.value(0).toString(), fk.value(1).toString(),
                             fk.value(2).toString());
    // Timestamps are ISO text: mixed dates and full timestamps compare right only via julianday.
    QSqlQuery order = prepared(
        connection(),
        QStringLiteral(
            "SELECT lead_id FROM leads WHERE "
            "julianday(mql_at) < julianday(created_at) OR "
            "julianday(sql_at) < julianday(coalesce(mql_at, created_at)) OR "
            "julianday(won_at) < julianday(coalesce(sql_at, mql_at, created_at)) OR "
            "julianday(lost_at) < julianday(coalesce(sql_at, mql_at, created_at)) LIMIT 50"),
        {});
    while (order.next())
        problems
            << QStringLiteral("lead %1: stage dates go backwards").arg(order.value(0).toString());
    QStringList settingErrors;
    Settings::fromMap(settingsMap(), &settingErrors);
    for (const QString &e : settingErrors)
        problems << QStringLiteral("setting: ") + e;
    return problems;
}

} // namespace guardrail
