// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameDirectory.h"

#include "Database.h"

#include <QSqlQuery>

namespace guardrail {

QStringList NameDirectory::names(const Database &db, const QString &column)
{
    QString sql;
    if (column == u"channel")
        sql = QStringLiteral("SELECT name FROM channels ORDER BY name COLLATE NOCASE");
    else if (column == u"segment")
        sql = QStringLiteral("SELECT name FROM segments ORDER BY name COLLATE NOCASE");
    else if (column == u"offer" || column == u"owner")
        sql = QStringLiteral("SELECT DISTINCT %1 FROM leads WHERE %1 IS NOT NULL ORDER BY %1 "
                             "COLLATE NOCASE")
                  .arg(column);
    QStringList out;
    if (sql.isEmpty())
        return out;
    QSqlQuery q = db.query(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace guardrail
