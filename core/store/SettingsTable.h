// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace guardrail {

class Database;

/**
 * The settings table: key and value, with the row version a team's edits name. A write with
 * an expected version (0: the key is not stored, its default applies) is refused with an
 * EditConflict when another session changed the key since, unless it already holds the same
 * value; a write without one (the CLI's config, the demo) goes through and still moves the
 * version on, so a window editing the key is told.
 */
class SettingsTable
{
public:
    explicit SettingsTable(const Database &db) : m_db(db) {}

    QMap<QString, QString> values() const;
    QMap<QString, qint64> versions() const;
    /**
     * Stores the value; returns the key's new version. Refuses a currency or time zone that
     * would change the meaning of stored leads (StoreError).
     */
    qint64 set(const QString &key, const QString &value, std::optional<qint64> expected = {});
    /** Removes the key (its default applies again); returns 0, its version when absent. */
    qint64 remove(const QString &key, std::optional<qint64> expected = {});

private:
    void refuseMeaningChange(const QString &key, const QString &value) const;
    [[noreturn]] void refuse(const QString &key) const;

    const Database &m_db;
};

} // namespace guardrail
