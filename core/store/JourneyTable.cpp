// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyTable.h"

#include "Database.h"

#include <QSqlQuery>

namespace guardrail {

Journey JourneyTable::load() const
{
    Journey journey;
    for (int i = 0; i < kStageCount; ++i)
        journey[i].stage = static_cast<Stage>(i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT position, conversion_criteria, owner FROM journey_stages"));
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= kStageCount)
            continue;
        journey[i].conversionCriteria = q.value(1).toString();
        journey[i].owner = q.value(2).toString();
    }
    q.exec(QStringLiteral(
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

void JourneyTable::save(const JourneyStage &stage)
{
    const QString name = stageName(stage.stage);
    m_db.exec(QStringLiteral("UPDATE journey_stages SET conversion_criteria = ?, owner = nullif(?, "
                             "'') WHERE stage = ?"),
              {Database::text(stage.conversionCriteria), stage.owner, name});
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
}

} // namespace guardrail
