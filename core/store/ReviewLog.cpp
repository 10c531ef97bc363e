// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewLog.h"

#include "Database.h"

#include <QSqlQuery>

namespace guardrail {

QList<Review> ReviewLog::all() const
{
    QList<Review> reviews;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, held_on, kind, attendees, notes, figures FROM reviews ORDER "
                       "BY held_on DESC, id DESC"));
    while (q.next())
        reviews << Review{
            q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toString(),   q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString()};
    return reviews;
}

qint64 ReviewLog::add(const Review &r)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO reviews (held_on, kind, attendees, notes, figures) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {r.heldOn.toString(Qt::ISODate), r.kind, Database::text(r.attendees),
         Database::text(r.notes), r.figuresJson.isEmpty() ? QVariant() : QVariant(r.figuresJson)});
}

void ReviewLog::remove(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM reviews WHERE id = ?"), {id});
}

} // namespace guardrail
