// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include "Database.h"
#include "PostgresFailure.h"
#include "Schema.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace guardrail {
namespace {

// The libpq settings a URL may carry after "?", passed on as they are.
constexpr const char *kPassedOn[] = {"sslmode",         "sslrootcert",      "sslcert", "sslkey",
                                     "connect_timeout", "application_name", "options"};

// Every table but the schema's own bookkeeping: the ones whose writes others should see.
QStringList watchedTables(const Database &db)
{
    QStringList out;
    QSqlQuery q = db.query(db.backend().tablesQuery());
    while (q.next())
        if (const QString table = q.value(0).toString(); !table.startsWith(u"undo_"))
            out << table;
    return out;
}

// A statement-level trigger on each table advances one sequence (outside any transaction's
// locks, so writers never wait on it) and notifies listeners who changed which table.
void watchChanges(const Database &db)
{
    db.exec(QStringLiteral("CREATE SEQUENCE IF NOT EXISTS guardrail_data_version"));
    db.exec(QStringLiteral(R"(CREATE OR REPLACE FUNCTION guardrail_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('guardrail_data_version');
    PERFORM pg_notify('guardrail_changed', session_user || ' ' || TG_TABLE_NAME);
    RETURN NULL;
END $$)"));
    for (const QString &table : watchedTables(db))
        db.exec(QStringLiteral("CREATE OR REPLACE TRIGGER guardrail_changed AFTER INSERT OR "
                               "UPDATE OR DELETE OR TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE "
                               "FUNCTION guardrail_changed()")
                    .arg(table));
}

// An identifier as SQL writes it, whatever its characters.
QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

void PostgresServer::connect(const QString &connectionName, const QString &url, bool readOnly)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // What a message may show of the URL: never a password, nor the settings after "?".
    const QString shown = parsed.isValid()
                              ? parsed.toString(QUrl::RemovePassword | QUrl::RemoveQuery)
                              : QStringLiteral("the database URL");
    const QUrlQuery query(parsed);
    if (!parsed.password().isEmpty() || query.hasQueryItem(QStringLiteral("password")))
        throw StoreError(QStringLiteral("%1: a password in the URL would show in the process "
                                        "list and the shell's history; give it in PGPASSWORD or "
                                        "~/.pgpass instead")
                             .arg(shown));
    const QString database = parsed.path().mid(1);
    if (!parsed.isValid() || parsed.host().isEmpty() || database.isEmpty() ||
        database.contains(QLatin1Char('/')))
        throw StoreError(QStringLiteral("%1 is not a database URL: write "
                                        "postgresql://USER@HOST:PORT/DBNAME")
                             .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(QStringLiteral("%1: this Guardrail cannot reach PostgreSQL: Qt's driver "
                                        "for it is not installed (Debian: libqt6sql6-psql)")
                             .arg(shown));
    QStringList options{QStringLiteral("application_name=guardrail"),
                        QStringLiteral("connect_timeout=10")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (std::find(std::begin(kPassedOn), std::end(kPassedOn), key.toStdString()) ==
            std::end(kPassedOn))
            throw StoreError(QStringLiteral("%1: unknown setting \"%2\" after ? (these pass on "
                                            "to the server: sslmode, sslrootcert, sslcert, "
                                            "sslkey, connect_timeout, application_name, options)")
                                 .arg(shown, key));
        // Qt joins the settings with ';' and hands them on unquoted: a value is quoted here,
        // and one that could end its quotes (or the list) is refused.
        static const QRegularExpression unsafe(QStringLiteral(R"([;'\\])"));
        if (value.contains(unsafe))
            throw StoreError(QStringLiteral("%1: the setting %2 holds ; ' or \\, which cannot "
                                            "be passed on")
                                 .arg(shown, key));
        options << QStringLiteral("%1='%2'").arg(key, value);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setDatabaseName(database);
    if (!parsed.userName().isEmpty())
        db.setUserName(parsed.userName());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StoreError(QStringLiteral("%1: cannot connect: %2")
                             .arg(shown, error.databaseText().trimmed().isEmpty()
                                             ? error.text()
                                             : error.databaseText().trimmed()));
    }
    QSqlQuery q(db);
    // Notices (an index that did not exist yet) are not the user's business; UTC as stored.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    if (readOnly)
        q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

bool PostgresServer::mayWrite(const Database &db)
{
    return db
        .scalar(QStringLiteral("SELECT has_table_privilege('leads', 'INSERT, UPDATE, DELETE')"))
        .toBool();
}

int PostgresServer::schemaVersion(const Database &db)
{
    if (db.scalar(QStringLiteral("SELECT to_regclass('guardrail_meta') IS NULL")).toBool())
        return 0;
    return db.scalar(QStringLiteral("SELECT user_version FROM guardrail_meta")).toInt();
}

std::optional<StoreError> PostgresServer::refusal(const Database &db, bool readOnly)
{
    const QString &url = db.path();
    const bool ours =
        !db.scalar(QStringLiteral("SELECT to_regclass('guardrail_meta') IS NULL")).toBool();
    if (!ours) {
        const qint64 tables =
            db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                     "table_schema = current_schema()"))
                .toLongLong();
        if (tables > 0)
            return StoreError(QStringLiteral("%1 holds %2 tables of another program and no "
                                             "Guardrail schema; it was left untouched")
                                  .arg(url)
                                  .arg(tables));
        if (readOnly)
            return StoreError(QStringLiteral("%1 has no Guardrail schema yet, and this session "
                                             "may only read: open it once with a role that may "
                                             "create tables")
                                  .arg(url),
                              StoreError::Kind::ReadOnly);
        return std::nullopt;
    }
    const qint64 appId =
        db.scalar(QStringLiteral("SELECT application_id FROM guardrail_meta")).toLongLong();
    const int version = schemaVersion(db);
    if (appId != Database::kApplicationId)
        return StoreError(
            QStringLiteral("%1 is not a Guardrail database (its guardrail_meta table says "
                           "another program); it was left untouched")
                .arg(url));
    if (version > Database::kSchemaVersion)
        return StoreError(
            QStringLiteral("%1 was written by a newer Guardrail (schema version %2; this one "
                           "reads up to %3). Update Guardrail to open it; the database was left "
                           "untouched.")
                .arg(url)
                .arg(version)
                .arg(Database::kSchemaVersion));
    if (version < Database::kSchemaVersion && readOnly)
        return StoreError(QStringLiteral("%1 has an older Guardrail schema (version %2), which "
                                         "this session may not upgrade: open it once with a "
                                         "role that may change tables")
                              .arg(url)
                              .arg(version),
                          StoreError::Kind::ReadOnly);
    return std::nullopt;
}

void PostgresServer::migrate(Database &db)
{
    Transaction transaction(db.connection());
    // Two first opens at once: the second waits here, then finds the schema made.
    db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {Database::kApplicationId});
    const int from = schemaVersion(db);
    if (from == Database::kSchemaVersion)
        return;
    // The schema belongs to the database's owner role, whichever of its members creates or
    // upgrades it: every editor may then write every table, and a default privilege the owner
    // role grants (SELECT for a read-only role) covers them all.
    const QString owner = db.scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM "
                                                   "pg_database WHERE datname = "
                                                   "current_database()"))
                              .toString();
    if (db.scalar(QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"), {owner})
            .toBool())
        db.exec(QStringLiteral("SET LOCAL ROLE %1").arg(quotedName(owner)));
    if (from == 0) {
        db.exec(QStringLiteral("CREATE TABLE guardrail_meta (application_id INTEGER NOT NULL, "
                               "user_version INTEGER NOT NULL)"));
        db.exec(QStringLiteral("INSERT INTO guardrail_meta VALUES (?, 0)"),
                {Database::kApplicationId});
    }
    const auto &steps = schema::migrations(db.backend());
    for (int v = from; v < Database::kSchemaVersion; ++v)
        for (const QString &statement : steps.at(size_t(v)))
            for (const QString &translated : db.backend().ddl(statement))
                db.exec(translated);
    watchChanges(db);
    db.exec(QStringLiteral("UPDATE guardrail_meta SET user_version = ?"),
            {Database::kSchemaVersion});
    transaction.commit();
}

qint64 PostgresServer::dataVersion(const Database &db)
{
    // last_value alone reads 1 both before and after the first nextval().
    return db
        .scalar(QStringLiteral("SELECT last_value + is_called::int FROM "
                               "guardrail_data_version"))
        .toLongLong();
}

bool PostgresServer::mayAlter(const Database &db, const QString &table)
{
    return db
        .scalar(QStringLiteral("SELECT pg_has_role(session_user, relowner, 'USAGE') FROM "
                               "pg_class WHERE oid = to_regclass(?)"),
                {table})
        .toBool();
}

QStringList PostgresServer::dropForeignKeys(const Database &db, const QString &table)
{
    if (!mayAlter(db, table))
        return {};
    QStringList names, restore;
    QSqlQuery q = db.query(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM "
                                          "pg_constraint WHERE conrelid = to_regclass(?) AND "
                                          "contype = 'f' ORDER BY conname"),
                           {table});
    while (q.next()) {
        names << quotedName(q.value(0).toString());
        restore << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                       .arg(table, names.back(), q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names)
        db.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name));
    return restore;
}

void PostgresServer::advanceIdentities(const Database &db)
{
    QSqlQuery q = db.query(
        QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                       "current_schema() AND column_name = 'id' AND is_identity = 'YES'"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : tables)
        db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                               "coalesce(max(id), 0) + 1, false) FROM %1")
                    .arg(table));
}

} // namespace guardrail
