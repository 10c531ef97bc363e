// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "Backend.h"
#include "StoreError.h"

#include <optional>

struct sqlite3;
struct pg_conn;

namespace guardrail {

struct Settings;

/**
 * One Guardrail database, an SQLite file or a PostgreSQL database (a postgresql:// URL, see
 * PostgresServer). For a file it opens it, refuses files that are not ours, damaged or from a
 * newer version (without writing a byte to them), backs up and migrates older ones forward in
 * one transaction, and owns the named Qt Sql connection every table class uses. A file the
 * user may read but not write (or in a folder they cannot write) opens read-only. All SQL lives
 * in core/store.
 */
class Database
{
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kApplicationId = 0x47524c31; // "GRL1"
    /** How long a write waits for another process's lock before it fails as busy. */
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Access { ReadWrite, ReadOnly };

    /**
     * Opens (creating when absent) the file at path, or the database a postgresql:// URL
     * names; throws StoreError. ":memory:" works. ReadWrite still opens read-only a file or
     * folder the user cannot write, or a database whose role may not write; ReadOnly never
     * writes (the GUI's --read-only).
     */
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /** The file's path, or the server URL as given (it never holds a password). */
    const QString &path() const { return m_path; }
    const Backend &backend() const { return m_backend; }
    /** The file or its folder cannot be written: every write fails, so none is offered. */
    bool isReadOnly() const { return m_readOnly; }
    /** The copy made before this open migrated the file, or empty. */
    const QString &backupPath() const { return m_backupPath; }
    /** The C handle of the same connection, for the bulk paths (import, snapshot load). */
    sqlite3 *handle() const;
    /** libpq's handle of the same connection, for the bulk paths on PostgreSQL. */
    pg_conn *postgresHandle() const;

    /** Runs one statement with bound values; throws StoreError naming the statement on failure. */
    void exec(const QString &sql, const QVariantList &values = {}) const;
    /** The same, returning how many rows it changed. */
    qint64 execCounted(const QString &sql, const QVariantList &values = {}) const;
    /** The error a failed query of this database's connection reads as (file or server). */
    StoreError failure(const QSqlError &error, const QString &sql = {}) const;
    /** A table's column names, in their order. */
    QStringList columns(const QString &table) const;
    /** Runs a query (SQLite's dialect, as everywhere in core/store) ready for next(). */
    QSqlQuery query(const QString &sql, const QVariantList &values = {}) const;
    /**
     * Runs one INSERT into a table with an id column and returns the new row's id, through
     * RETURNING (SQLite 3.35+ and PostgreSQL alike, where last_insert_rowid() is SQLite's own).
     */
    qint64 insert(const QString &sql, const QVariantList &values) const;
    /** First column of the first row, or an invalid QVariant when there is no row. */
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    int schemaVersion() const;
    /** A transaction is open on this connection (a write inside it commits with it). */
    bool inTransaction() const;
    /** The SQLite library this process runs on, and the one it was built against. */
    static QString sqliteVersion();
    static QString sqliteBuildVersion();
    /**
     * Changes whenever another connection commits to the file (PRAGMA data_version), or on a
     * server whenever anyone writes (a sequence the tables' triggers advance).
     */
    qint64 dataVersion() const;

    /** A value for a NOT NULL text column: a null QString would bind as SQL NULL, so it becomes ''.
     */
    static QVariant text(const QString &s);

    /** The stored settings, and writes whatever their version (SettingsTable has the rest). */
    QMap<QString, QString> settingsMap() const;
    Settings settings() const;
    void setSetting(const QString &key, const QString &value);
    void removeSetting(const QString &key);

    QString companyName() const;
    /**
     * Who this session edits as, for "changed by": the role on a server, the login name on
     * this computer for a file.
     */
    QString editor() const;
    /** The company's fixed as-of date (the demo has one), or a null QDate for today. */
    QDate fixedAsOf() const;
    void setCompany(const QString &name, const QDate &asOf);

    /** Integrity and consistency problems, one line each (FileCheck); empty when sound. */
    QStringList check() const;

private:
    void openFile(Access access);
    void refuseForeignOrNewer() const;
    std::optional<StoreError> probeSchema(const QSqlDatabase &probe) const;
    qint64 scalarOn(const QSqlDatabase &db, const QString &sql) const;
    bool ownFileWithHotJournal() const;
    void configure();
    void migrate();
    void backUp(int fromVersion);

    QString m_path;
    QString m_connectionName;
    Backend m_backend;
    QString m_backupPath;
    bool m_readOnly = false;
};

} // namespace guardrail
