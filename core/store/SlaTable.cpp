// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTable.h"

#include "Database.h"
#include "Transaction.h"
#include "VersionedRow.h"

#include <QSqlQuery>

namespace guardrail {

QList<Sla> SlaTable::versions() const
{
    QList<Sla> all;
    QList<qint64> ids;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, effective_from, lead_score_threshold, icp_match_required, engagement_criteria, "
        "opportunity_criteria, response_hours, row_version FROM sla_versions ORDER BY "
        "effective_from, id"));
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
        s.rowVersion = q.value(7).toLongLong();
        all << s;
    }
    for (int i = 0; i < all.size(); ++i) {
        QSqlQuery steps = m_db.query(QStringLiteral("SELECT step, owner, hours FROM "
                                                    "sla_handoff_steps WHERE sla_version_id = ? "
                                                    "ORDER BY position"),
                                     {ids[i]});
        while (steps.next())
            all[i].handoff << HandoffStep{steps.value(0).toString(), steps.value(1).toString(),
                                          steps.value(2).toDouble()};
    }
    return all;
}

QString SlaTable::describe(const Sla &s)
{
    QStringList parts{
        QStringLiteral("in force from %1").arg(s.effectiveFrom.toString(Qt::ISODate))};
    if (s.leadScoreThreshold)
        parts << QStringLiteral("lead score %1 or more").arg(*s.leadScoreThreshold);
    if (s.icpMatchRequired)
        parts << QStringLiteral("ICP match required");
    if (!s.engagementCriteria.isEmpty())
        parts << QStringLiteral("engagement \"%1\"").arg(s.engagementCriteria);
    if (!s.opportunityCriteria.isEmpty())
        parts << QStringLiteral("opportunity \"%1\"").arg(s.opportunityCriteria);
    if (s.responseHours)
        parts << QStringLiteral("first touch within %1 h").arg(*s.responseHours);
    for (const HandoffStep &step : s.handoff)
        parts << QStringLiteral("%1 (%2, %3 h)").arg(step.step, step.owner).arg(step.hours);
    return parts.join(QStringLiteral(", "));
}

// The newest version (the highest id) is the one an edit begins from and a conflict shows.
std::optional<Sla> SlaTable::newest() const
{
    std::optional<Sla> newest;
    for (const Sla &s : versions())
        if (!newest || s.id > newest->id)
            newest = s;
    return newest;
}

void SlaTable::refuse() const
{
    const std::optional<Sla> now = newest();
    const QString what = QStringLiteral("The SLA");
    if (!now)
        throw EditConflict(what, QStringLiteral("no SLA (its versions were removed)"), QString(),
                           QString(), 0);
    throw VersionedRow(m_db, QStringLiteral("sla_versions"), QStringLiteral("id"), now->id)
        .conflict(what, [&] { return describe(*now); });
}

qint64 SlaTable::addVersion(const Sla &sla, std::optional<Sla> basedOn)
{
    Transaction transaction(m_db);
    // Two first SLAs at once: the second waits, then finds the first.
    if (const QString turns = m_db.backend().writersTakeTurns(QStringLiteral("sla_versions"));
        basedOn && basedOn->id == 0 && !turns.isEmpty())
        m_db.exec(turns);
    // Claiming the version the edit began from (its row_version moves on) is the check: of two
    // saves based on it, the second finds it moved, or a newer version beside it.
    if (basedOn && basedOn->id != 0 &&
        !VersionedRow(m_db, QStringLiteral("sla_versions"), QStringLiteral("id"), basedOn->id)
             .update({}, {}, basedOn->rowVersion,
                     QStringLiteral("AND NOT EXISTS (SELECT 1 FROM sla_versions n WHERE n.id > "
                                    "%1)")
                         .arg(basedOn->id)))
        refuse();
    if (basedOn && basedOn->id == 0 && newest())
        refuse();
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
    transaction.commit();
    return id;
}

void SlaTable::removeVersion(const Sla &added)
{
    Transaction transaction(m_db);
    const qint64 id = added.id;
    if (m_db.execCounted(QStringLiteral("DELETE FROM sla_versions WHERE id = ? AND row_version = ? "
                                        "AND NOT EXISTS (SELECT 1 FROM sla_versions n WHERE n.id "
                                        "> ?)"),
                         {id, added.rowVersion, id}) != 1)
        refuse();
    m_db.exec(QStringLiteral("DELETE FROM sla_handoff_steps WHERE sla_version_id = ?"), {id});
    transaction.commit();
}

} // namespace guardrail
