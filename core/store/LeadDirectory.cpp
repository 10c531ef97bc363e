// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadDirectory.h"

#include "Database.h"

#include <QSqlQuery>

namespace guardrail {

QHash<qint64, QString> LeadDirectory::ids(const Database &db, const QList<qint64> &leadIds)
{
    QHash<qint64, QString> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lead_id FROM leads WHERE id = ?"));
    for (qint64 id : leadIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            out.insert(id, q.value(0).toString());
        q.finish();
    }
    return out;
}

} // namespace guardrail
