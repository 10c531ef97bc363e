// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyTable.h"

#include "Database.h"
#include "Transaction.h"
#include "VersionedRow.h"

#include <QSqlQuery>

namespace guardrail {

Journey JourneyTable::load() const
{
    Journey journey;
    for (int i = 0; i < kStageCount; ++i)
        journey[i].stage = static_cast<Stage>(i);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT position, conversion_criteria, owner, "
                                            "row_version, changed_by, changed_at FROM "
                                            "journey_stages"));
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= kStageCount)
            continue;
        journey[i].conversionCriteria = q.value(1).toString();
        journey[i].owner = q.value(2).toString();
        journey[i].rowVersion = q.value(3).toLongLong();
        journey[i].changedBy = q.value(4).toString();
        journey[i].changedAt = q.value(5).toString();
    }
    q = m_db.query(QStringLiteral(
        "SELECT s.position, i.kind, i.text FROM journey_items i "
        "JOIN journey_stages s ON s.stage = i.stage ORDER BY s.position, i.kind, i.position"));
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= kStageCount)
            continue;
        (q.value(1).toString() == u"touchpoint" ? journey[i].touchpoints
                                                : journey[i].dropOffTriggers)
            << q.value(2).toString();
    }
    return journey;
}

JourneyStage JourneyTable::stage(Stage s) const
{
    return load()[static_cast<size_t>(s)];
}

// The stage as a reader of the conflict sees it: its criteria, owner and lists.
QString JourneyTable::describe(const JourneyStage &s)
{
    QStringList parts;
    parts << QStringLiteral("criteria \"%1\"").arg(s.conversionCriteria)
          << QStringLiteral("owner %1").arg(s.owner.isEmpty() ? QStringLiteral("none") : s.owner);
    if (!s.touchpoints.isEmpty())
        parts << QStringLiteral("touchpoints: %1").arg(s.touchpoints.join(QStringLiteral("; ")));
    if (!s.dropOffTriggers.isEmpty())
        parts << QStringLiteral("drop-off triggers: %1")
                     .arg(s.dropOffTriggers.join(QStringLiteral("; ")));
    return parts.join(QStringLiteral(", "));
}

qint64 JourneyTable::save(const JourneyStage &stage, qint64 expectedVersion)
{
    const QString name = stageName(stage.stage);
    Transaction transaction(m_db);
    const VersionedRow row(m_db, QStringLiteral("journey_stages"), QStringLiteral("stage"), name);
    if (!row.update(QStringLiteral("conversion_criteria = ?, owner = nullif(?, '')"),
                    {Database::text(stage.conversionCriteria), stage.owner}, expectedVersion))
        throw row.conflict(QStringLiteral("The %1 stage").arg(name),
                           [&] { return describe(this->stage(stage.stage)); });
    m_db.exec(QStringLiteral("DELETE FROM journey_items WHERE stage = ?"), {name});
    const auto insert = [&](const QString &kind, const QStringList &items) {
        for (int i = 0; i < items.size(); ++i)
            m_db.exec(
                QStringLiteral(
                    "INSERT INTO journey_items (stage, kind, position, text) VALUES (?, ?, ?, ?)"),
                {name, kind, i, items[i]});
    };
    insert(QStringLiteral("touchpoint"), stage.touchpoints);
    insert(QStringLiteral("drop_off_trigger"), stage.dropOffTriggers);
    transaction.commit();
    return expectedVersion + 1;
}

} // namespace guardrail
