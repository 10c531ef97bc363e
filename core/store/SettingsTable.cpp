// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsTable.h"

#include "Database.h"
#include "StoreError.h"
#include "Transaction.h"
#include "VersionedRow.h"
#include "domain/Settings.h"

#include <QSqlQuery>

namespace guardrail {

QMap<QString, QString> SettingsTable::values() const
{
    QMap<QString, QString> values;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT key, value FROM settings"));
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

QMap<QString, qint64> SettingsTable::versions() const
{
    QMap<QString, qint64> versions;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT key, row_version FROM settings"));
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toLongLong());
    return versions;
}

void SettingsTable::refuseMeaningChange(const QString &key, const QString &value) const
{
    const Settings now = m_db.settings();
    // Stored amounts were converted into the company currency: it cannot change under them.
    if (key == u"currency" && value != now.currency &&
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads WHERE original_currency "
                                   "IS NOT NULL)"))
            .toBool())
        throw StoreError(QStringLiteral("the currency cannot change from %1: amounts in other "
                                        "currencies are stored converted into it")
                             .arg(now.currency));
    // Times without a zone, and dates, were read in the company's zone when imported: a new
    // zone would move them all.
    if (key == u"timezone" && value != now.timezone &&
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads)")).toBool())
        throw StoreError(QStringLiteral("the time zone cannot change from %1 once leads are "
                                        "stored: their dates and times without a zone were read "
                                        "in %1; set it in a new file before the first import")
                             .arg(now.timezone));
}

void SettingsTable::refuse(const QString &key) const
{
    throw VersionedRow(m_db, QStringLiteral("settings"), QStringLiteral("key"), key)
        .conflict(QStringLiteral("The setting %1").arg(key), [&] {
            const QMap<QString, QString> now = values();
            return now.contains(key) ? QStringLiteral("%1 = %2").arg(key, now.value(key))
                                     : QStringLiteral("%1 not set (its default)").arg(key);
        });
}

qint64 SettingsTable::set(const QString &key, const QString &value, std::optional<qint64> expected)
{
    const VersionedRow row(m_db, QStringLiteral("settings"), QStringLiteral("key"), key);
    Transaction transaction(m_db);
    refuseMeaningChange(key, value);
    if (!expected) {
        m_db.exec(QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                                 "excluded.value, row_version = settings.row_version + 1, "
                                 "changed_by = excluded.changed_by, changed_at = "
                                 "excluded.changed_at"),
                  QVariantList{key, value} + VersionedRow::stamp(m_db));
    } else if (*expected == 0) {
        // Not stored when the edit began: of two first saves, the second inserts nothing.
        const qint64 inserted = m_db.execCounted(
            QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, "
                           "?, ?, ?) ON CONFLICT (key) DO NOTHING"),
            QVariantList{key, value} + VersionedRow::stamp(m_db));
        if (inserted != 1 && values().value(key) != value)
            refuse(key);
    } else if (!row.update(QStringLiteral("value = ?"), {value}, *expected) &&
               (!values().contains(key) || values().value(key) != value)) {
        refuse(key);
    }
    const qint64 version = versions().value(key);
    transaction.commit();
    return version;
}

qint64 SettingsTable::remove(const QString &key, std::optional<qint64> expected)
{
    Transaction transaction(m_db);
    if (!expected || *expected == 0) {
        if (!expected)
            m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        else if (values().contains(key)) // stored by another since this edit began
            refuse(key);
    } else if (m_db.execCounted(
                   QStringLiteral("DELETE FROM settings WHERE key = ? AND row_version = ?"),
                   {key, *expected}) != 1 &&
               values().contains(key)) {
        refuse(key);
    }
    transaction.commit();
    return 0;
}

} // namespace guardrail
