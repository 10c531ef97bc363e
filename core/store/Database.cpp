// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "FileCheck.h"
#include "PostgresFailure.h"
#include "PostgresServer.h"
#include "Schema.h"
#include "SettingsTable.h"
#include "SqliteFailure.h"
#include "StoreError.h"
#include "Transaction.h"
#include "domain/Settings.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <optional>

namespace guardrail {
namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("guardrail-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreError failure(const Backend &backend, const QString &path, const QSqlError &error,
                   const QString &sql)
{
    return backend.isPostgres() ? PostgresFailure::error(path, error, sql)
                                : SqliteFailure::error(path, error, sql);
}

// A statement without values runs as it is: PostgreSQL prepares only queries and writes, and
// the schema's statements take no values.
QSqlQuery prepared(const QSqlDatabase &db, const Backend &backend, const QString &path,
                   const QString &sqliteSql, const QVariantList &values)
{
    const QString sql = backend.sql(sqliteSql);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty() && backend.isPostgres()) {
        if (!query.exec(sql))
            throw failure(backend, path, query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        throw failure(backend, path, query.lastError(), sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw failure(backend, path, query.lastError(), sql);
    return query;
}

// Root may write anything, so the permission bits are asked only through access().
bool writable(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

// The name a connection opens: a read-only WAL file in a folder that cannot take its -shm
// and -wal files opens only as immutable (DESIGN's facts).
QString connectionTarget(const QString &path, bool readOnly)
{
    if (!readOnly || QFileInfo(QFileInfo(path).absolutePath()).isWritable() ||
        (QFileInfo::exists(path + QStringLiteral("-wal")) &&
         QFileInfo::exists(path + QStringLiteral("-shm"))))
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

} // namespace

Database::Database(const QString &path, Access access)
    : m_path(path), m_connectionName(uniqueConnectionName()),
      m_backend(Backend::isServerUrl(path) ? Backend::Kind::Postgres : Backend::Kind::Sqlite)
{
    if (m_backend.isPostgres()) {
        m_readOnly = access == Access::ReadOnly;
        PostgresServer::connect(m_connectionName, path, m_readOnly);
    } else {
        openFile(access);
    }
    try {
        if (m_backend.isPostgres()) {
            if (const auto refusal = PostgresServer::refusal(*this, m_readOnly))
                throw *refusal;
            if (!m_readOnly)
                PostgresServer::migrate(*this);
            m_readOnly = m_readOnly || !PostgresServer::mayWrite(*this);
        } else {
            configure();
            migrate();
        }
    } catch (...) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

void Database::openFile(Access access)
{
    const QString &path = m_path;
    if (path != u":memory:") {
        m_readOnly = QFileInfo::exists(path) && (access == Access::ReadOnly || !writable(path));
        refuseForeignOrNewer();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        const QString target = path == u":memory:" ? path : connectionTarget(path, m_readOnly);
        db.setDatabaseName(target);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (target != path)
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw SqliteFailure::error(path, error);
        }
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

// Looks at an existing file before anything may write to it: a foreign, newer or damaged
// file must stay byte-for-byte as it was (no WAL switch, no migration). The header tells an
// SQLite file from anything else; what SQLite then says tells damage from a foreign schema.
void Database::refuseForeignOrNewer() const
{
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() == 0)
        return;
    if (ownFileWithHotJournal())
        return; // opening it rolls the interrupted write back
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(
                QStringLiteral("%1: cannot read it: %2").arg(m_path, file.errorString()),
                StoreError::Kind::ReadOnly);
        if (!file.read(16).startsWith(QByteArrayLiteral("SQLite format 3\0")))
            throw StoreError(QStringLiteral("%1 is not a Guardrail database (not an SQLite "
                                            "file); it was left untouched")
                                 .arg(m_path));
        if (info.size() < 512)
            throw StoreError(QStringLiteral("%1 is damaged (%2 bytes: shorter than one SQLite "
                                            "page): run guardrail check --db %1")
                                 .arg(m_path)
                                 .arg(info.size()),
                             StoreError::Kind::Damaged);
    }
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    std::optional<StoreError> problem;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        const QString target = connectionTarget(m_path, true);
        probe.setDatabaseName(target);
        probe.setConnectOptions(target == m_path
                                    ? QStringLiteral("QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        try {
            if (!probe.open())
                throw SqliteFailure::error(m_path, probe.lastError());
            problem = probeSchema(probe);
        } catch (const StoreError &e) {
            problem = e;
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (problem)
        throw *problem;
}

std::optional<StoreError> Database::probeSchema(const QSqlDatabase &probe) const
{
    const qint64 appId = scalarOn(probe, QStringLiteral("PRAGMA application_id"));
    const qint64 version = scalarOn(probe, QStringLiteral("PRAGMA user_version"));
    const qint64 objects = scalarOn(probe, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (appId != kApplicationId && (appId != 0 || objects > 0))
        return StoreError(QStringLiteral("%1 is an SQLite file of another program, not a "
                                         "Guardrail database; it was left untouched")
                              .arg(m_path));
    if (version < 0)
        return StoreError(QStringLiteral("%1 says schema version %2, which no Guardrail writes: "
                                         "it was changed by another program or is damaged (run "
                                         "guardrail check --db %1); it was left untouched")
                              .arg(m_path)
                              .arg(version),
                          StoreError::Kind::Damaged);
    if (version > kSchemaVersion)
        return StoreError(
            QStringLiteral("%1 was written by a newer Guardrail (schema version %2; this one "
                           "reads up to %3). Update Guardrail to open it; the file was left "
                           "untouched.")
                .arg(m_path)
                .arg(version)
                .arg(kSchemaVersion));
    if (version < kSchemaVersion && version > 0 && m_readOnly)
        return StoreError(
            QStringLiteral("%1 was written by an older Guardrail (schema version %2); this one "
                           "(schema version %3) upgrades a file when it opens it, but this file "
                           "or its folder is read-only. Make it writable (or copy it to a folder "
                           "you can write) and open it again: it is backed up, then upgraded. "
                           "The file was left untouched.")
                .arg(m_path)
                .arg(version)
                .arg(kSchemaVersion),
            StoreError::Kind::ReadOnly);
    return std::nullopt;
}

qint64 Database::scalarOn(const QSqlDatabase &db, const QString &sql) const
{
    QSqlQuery q = prepared(db, m_backend, m_path, sql, {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Database::configure()
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly)
        return;
    // WAL keeps the last good state on a crash mid-write; NORMAL is safe with WAL (never OFF).
    scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::migrate()
{
    const int from = schemaVersion();
    if (from == kSchemaVersion)
        return;
    if (m_readOnly) // a new file cannot be read-only; an older one was refused by the probe
        throw StoreError(
            QStringLiteral("%1 is read-only and has no Guardrail schema to read").arg(m_path),
            StoreError::Kind::ReadOnly);
    if (from > 0)
        backUp(from);
    // A migration that rebuilds a table (version 5's leads) drops the old one, which foreign
    // keys would refuse while revenue refers to it: SQLite's own procedure turns them off
    // around the transaction and checks the references before it commits. References that
    // were already broken are `check`'s to report; the upgrade must only add none.
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto brokenReferences = [this] {
        return scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toLongLong();
    };
    try {
        const qint64 brokenBefore = brokenReferences();
        Transaction transaction(connection());
        const auto &steps = schema::migrations(m_backend);
        for (int v = from; v < kSchemaVersion; ++v)
            for (const QString &statement : steps.at(v))
                exec(statement);
        if (brokenReferences() > brokenBefore)
            throw StoreError(QStringLiteral("%1: the upgrade to schema version %2 would leave "
                                            "rows pointing nowhere; the file was left as it was")
                                 .arg(m_path)
                                 .arg(kSchemaVersion));
        exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        transaction.commit();
    } catch (...) {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        throw;
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

// A copy of the file as it was, beside it, before a migration changes it: VACUUM INTO writes a
// complete, compact copy from one read transaction (and refuses an existing target).
void Database::backUp(int fromVersion)
{
    const QString stem = QStringLiteral("%1.schema%2-%3")
                             .arg(m_path)
                             .arg(fromVersion)
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    QString target = stem + QStringLiteral(".backup");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2.backup").arg(stem).arg(n);
    try {
        exec(QStringLiteral("VACUUM INTO ?"), {target});
    } catch (const StoreError &e) {
        QFile::remove(target);
        throw StoreError(QStringLiteral("%1 needs an upgrade from schema version %2, and no "
                                        "backup could be written first, so it was left "
                                        "untouched: %3")
                             .arg(m_path)
                             .arg(fromVersion)
                             .arg(e.message()));
    }
    m_backupPath = target;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

pg_conn *Database::postgresHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "pg_conn*") != 0)
        throw StoreError(QStringLiteral("the PostgreSQL driver gives no native handle"));
    return *static_cast<pg_conn *const *>(v.constData());
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
    prepared(connection(), m_backend, m_path, sql, values);
}

qint64 Database::execCounted(const QString &sql, const QVariantList &values) const
{
    return prepared(connection(), m_backend, m_path, sql, values).numRowsAffected();
}

QStringList Database::columns(const QString &table) const
{
    QStringList out;
    QSqlQuery q = query(m_backend.columnsOf(table));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

StoreError Database::failure(const QSqlError &error, const QString &sql) const
{
    return guardrail::failure(m_backend, m_path, error, sql);
}

QSqlQuery Database::query(const QString &sql, const QVariantList &values) const
{
    return prepared(connection(), m_backend, m_path, sql, values);
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = prepared(connection(), m_backend, m_path, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &values) const
{
    const QVariant id = scalar(sql + QStringLiteral(" RETURNING id"), values);
    if (!id.isValid())
        throw StoreError(QStringLiteral("no row was inserted\n  in: %1").arg(sql));
    return id.toLongLong();
}

QVariant Database::text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::sqliteBuildVersion()
{
    return QStringLiteral(SQLITE_VERSION);
}

int Database::schemaVersion() const
{
    if (m_backend.isPostgres())
        return PostgresServer::schemaVersion(*this);
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::inTransaction() const
{
    if (m_backend.isPostgres())
        return PQtransactionStatus(postgresHandle()) != PQTRANS_IDLE;
    return sqlite3_get_autocommit(handle()) == 0;
}

qint64 Database::dataVersion() const
{
    if (m_backend.isPostgres())
        return PostgresServer::dataVersion(*this);
    return scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
}

QMap<QString, QString> Database::settingsMap() const
{
    return SettingsTable(*this).values();
}

Settings Database::settings() const
{
    return Settings::fromMap(settingsMap());
}

void Database::setSetting(const QString &key, const QString &value)
{
    SettingsTable(*this).set(key, value);
}

void Database::removeSetting(const QString &key)
{
    SettingsTable(*this).remove(key);
}

QString Database::companyName() const
{
    const QVariant v = scalar(QStringLiteral("SELECT name FROM company WHERE id = 1"));
    if (v.isValid())
        return v.toString();
    return m_backend.isPostgres() ? QUrl(m_path).path().mid(1)
                                  : QFileInfo(m_path).completeBaseName();
}

QString Database::editor() const
{
    if (m_backend.isPostgres())
        return scalar(QStringLiteral("SELECT session_user")).toString();
    for (const char *name : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return QString();
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
    return FileCheck::problems(*this);
}

} // namespace guardrail
