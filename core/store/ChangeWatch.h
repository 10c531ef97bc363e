// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimer>

#include <functional>

namespace guardrail {

class Database;

/**
 * Tells when another program or session committed to the open database. A file is asked every
 * pollMs whether its data version moved (under WAL another process's commit lands in FILE-wal,
 * which a file watcher does not see; PRAGMA data_version costs a page read). A server also
 * notifies at every commit (LISTEN guardrail_changed, sent by the tables' triggers), naming the
 * role and the table, so the reload starts at once and says who changed what; the poll stays as
 * a fallback. Runs on the thread that owns the database's connection.
 */
class ChangeWatch
{
public:
    /** who and what: a role and a table on a server, else empty. */
    using Changed = std::function<void(const QString &who, const QString &what)>;

    ChangeWatch(const Database &db, int pollMs, Changed changed);
    ChangeWatch(const ChangeWatch &) = delete;
    ChangeWatch &operator=(const ChangeWatch &) = delete;

    /** After this session wrote: its own change is not another's. */
    void ownWrite();

private:
    void check();

    const Database &m_db;
    Changed m_changed;
    QTimer m_timer; // also the context of the notification's connection
    qint64 m_version = -1;
    QString m_who, m_what; // the last notification's, for the check it starts
};

} // namespace guardrail
