// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWatch.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlDriver>

namespace guardrail {

ChangeWatch::ChangeWatch(const Database &db, int pollMs, Changed changed)
    : m_db(db), m_changed(std::move(changed))
{
    ownWrite(); // what is stored now is what the caller reads first
    QObject::connect(&m_timer, &QTimer::timeout, [this] { check(); });
    m_timer.start(pollMs);
    if (!db.backend().isPostgres())
        return;
    QSqlDriver *driver = db.connection().driver();
    driver->subscribeToNotification(QStringLiteral("guardrail_changed"));
    QObject::connect(
        driver, &QSqlDriver::notification, &m_timer,
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (source == QSqlDriver::SelfSource)
                return;
            // "ROLE TABLE"; a role's name may hold spaces, a table's does not.
            const QString text = payload.toString();
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
            m_who = text.left(space);
            m_what = text.mid(space + 1);
            // A notification comes with the commit: reload even if a poll in between already
            // saw the counter move (it moves when a statement runs, before its commit).
            m_version = -1;
            check();
        });
}

void ChangeWatch::ownWrite()
{
    try {
        m_version = m_db.dataVersion();
    } catch (const StoreError &) {
        // asked again at the next check
    }
}

void ChangeWatch::check()
{
    try {
        const qint64 version = m_db.dataVersion();
        if (version == m_version) {
            m_who.clear(); // a notification's names belong to its own change only
            m_what.clear();
            return;
        }
        m_version = version;
    } catch (const StoreError &) {
        return; // busy or gone for a moment: asked again at the next tick
    }
    m_changed(std::exchange(m_who, QString()), std::exchange(m_what, QString()));
}

} // namespace guardrail
