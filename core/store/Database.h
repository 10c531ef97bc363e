// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace guardrail {

struct Settings;

/**
 * One Guardrail SQLite file: opens it, refuses files that are not ours or come from a newer
 * version (without writing a byte to them), migrates older ones forward in one transaction,
 * and owns the named Qt Sql connection every table class uses. All SQL lives in core/store.
 */
class Database
{
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr int kApplicationId = 0x47524c31; // "GRL1"

    /** Opens (creating when absent) the file at path; throws StoreError. ":memory:" works. */
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    /** The C handle of the same connection, for the bulk paths (import, snapshot load). */
    sqlite3 *handle() const;

    /** Runs one statement with bound values; throws StoreError naming the statement on failure. */
    void exec(const QString &sql, const QVariantList &values = {}) const;
    /** First column of the first row, or an invalid QVariant when there is no row. */
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    int schemaVersion() const;

    /** A value for a NOT NULL text column: a null QString would bind as SQL NULL, so it becomes ''.
     */
    static QVariant text(const QString &s);

    QMap<QString, QString> settingsMap() const;
    Settings settings() const;
    void setSetting(const QString &key, const QString &value);
    void removeSetting(const QString &key);

    QString companyName() const;
    /** The company's fixed as-of date (the demo has one), or a null QDate for today. */
    QDate fixedAsOf() const;
    void setCompany(const QString &name, const QDate &asOf);

    /** Integrity and consistency problems, one line each; empty when the file is sound. */
    QStringList check() const;

private:
    void refuseForeignOrNewer() const;
    bool ownFileWithHotJournal() const;
    void configure();
    void migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace guardrail
