// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTable.h"

#include "Database.h"

#include <QSqlQuery>

namespace guardrail {

QList<Sla> SlaTable::versions() const
{
    QList<Sla> all;
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT id, effective_from, lead_score_threshold, icp_match_required, engagement_criteria, "
        "opportunity_criteria, response_hours FROM sla_versions ORDER BY effective_from, id"));
    while (q.next()) {
        Sla s;
        ids << q.value(0).toLongLong();
        s.effectiveFrom = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!q.value(2).isNull())
            s.leadScoreThreshold = q.value(2).toDouble();
        s.icpMatchRequired = q.value(3).toBool();
        s.engagementCriteria = q.value(4).toString();
        s.opportunityCriteria = q.value(5).toString();
        if (!q.value(6).isNull())
            s.responseHours = q.value(6).toDouble();
        s.id = ids.back();
        all << s;
    }
    for (int i = 0; i < all.size(); ++i) {
        QSqlQuery steps(m_db.connection());
        steps.prepare(QStringLiteral(
            "SELECT step, owner, hours FROM sla_handoff_steps WHERE sla_version_id = ? "
            "ORDER BY position"));
        steps.addBindValue(ids[i]);
        steps.exec();
        while (steps.next())
            all[i].handoff << HandoffStep{steps.value(0).toString(), steps.value(1).toString(),
                                          steps.value(2).toDouble()};
    }
    return all;
}

qint64 SlaTable::addVersion(const Sla &sla)
{
    const qint64 id = m_db.insert(
        QStringLiteral(
            "INSERT INTO sla_versions (effective_from, lead_score_threshold, icp_match_required, "
            "engagement_criteria, opportunity_criteria, response_hours) VALUES (?, ?, ?, ?, ?, ?)"),
        {sla.effectiveFrom.toString(Qt::ISODate),
         sla.leadScoreThreshold ? QVariant(*sla.leadScoreThreshold) : QVariant(),
         sla.icpMatchRequired ? 1 : 0, Database::text(sla.engagementCriteria),
         Database::text(sla.opportunityCriteria),
         sla.responseHours ? QVariant(*sla.responseHours) : QVariant()});
    for (int i = 0; i < sla.handoff.size(); ++i)
        m_db.exec(
            QStringLiteral(
                "INSERT INTO sla_handoff_steps (sla_version_id, position, step, owner, hours) "
                "VALUES (?, ?, ?, ?, ?)"),
            {id, i, Database::text(sla.handoff[i].step), Database::text(sla.handoff[i].owner),
             sla.handoff[i].hours});
    return id;
}

void SlaTable::removeVersion(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM sla_handoff_steps WHERE sla_version_id = ?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM sla_versions WHERE id = ?"), {id});
}

} // namespace guardrail
