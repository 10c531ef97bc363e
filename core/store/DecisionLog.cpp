// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionLog.h"

#include "Database.h"
#include "VersionedRow.h"

#include <QSqlQuery>

namespace guardrail {
namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QList<Decision> DecisionLog::all() const
{
    QList<Decision> decisions;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, decided_on, type, touches, summary, rationale, owner, review_on, "
        "expected_metric, expected_direction, expected_value, expected_by, figures, closed, "
        "row_version FROM decisions ORDER BY decided_on DESC, id DESC"));
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.decidedOn = date(q.value(1));
        d.type = q.value(2).toString();
        d.touches = q.value(3).toString();
        d.summary = q.value(4).toString();
        d.rationale = q.value(5).toString();
        d.owner = q.value(6).toString();
        d.reviewOn = date(q.value(7));
        d.expectedMetric = q.value(8).toString();
        d.expectedDirection = q.value(9).toString();
        if (!q.value(10).isNull())
            d.expectedValue = q.value(10).toDouble();
        d.expectedBy = date(q.value(11));
        d.figuresJson = q.value(12).toString();
        d.closed = q.value(13).toBool();
        d.rowVersion = q.value(14).toLongLong();
        decisions << d;
    }
    return decisions;
}

qint64 DecisionLog::add(const Decision &d)
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO decisions (decided_on, type, touches, summary, rationale, owner, "
            "review_on, "
            "expected_metric, expected_direction, expected_value, expected_by, figures, closed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.decidedOn.toString(Qt::ISODate), d.type, Database::text(d.touches),
         Database::text(d.summary), Database::text(d.rationale), Database::text(d.owner),
         dateOrNull(d.reviewOn),
         d.expectedMetric.isEmpty() ? QVariant() : QVariant(d.expectedMetric),
         d.expectedDirection.isEmpty() ? QVariant() : QVariant(d.expectedDirection),
         d.expectedValue ? QVariant(*d.expectedValue) : QVariant(), dateOrNull(d.expectedBy),
         d.figuresJson.isEmpty() ? QVariant() : QVariant(d.figuresJson), d.closed ? 1 : 0});
}

void DecisionLog::remove(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM decisions WHERE id = ?"), {id});
}

qint64 DecisionLog::setClosed(qint64 id, bool closed, qint64 expectedVersion)
{
    const VersionedRow row(m_db, QStringLiteral("decisions"), QStringLiteral("id"), id);
    if (row.update(QStringLiteral("closed = ?"), {closed ? 1 : 0}, expectedVersion))
        return expectedVersion + 1;
    const QVariant now =
        m_db.scalar(QStringLiteral("SELECT closed FROM decisions WHERE id = ?"), {id});
    if (now.isValid() && now.toBool() == closed) // another closed (or reopened) it too
        return m_db.scalar(QStringLiteral("SELECT row_version FROM decisions WHERE id = ?"), {id})
            .toLongLong();
    throw row.conflict(QStringLiteral("The decision"), [&] {
        const QVariant state =
            m_db.scalar(QStringLiteral("SELECT closed FROM decisions WHERE id = ?"), {id});
        return !state.isValid() ? QStringLiteral("removed from the log")
               : state.toBool() ? QStringLiteral("closed")
                                : QStringLiteral("open");
    });
}

} // namespace guardrail
