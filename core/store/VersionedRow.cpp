// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionedRow.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace guardrail {

VersionedRow::VersionedRow(const Database &db, QString table, QString keyColumn, QVariant key)
    : m_db(db), m_table(std::move(table)), m_keyColumn(std::move(keyColumn)), m_key(std::move(key))
{}

QVariantList VersionedRow::stamp(const Database &db)
{
    return {db.editor(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

bool VersionedRow::update(const QString &assignments, QVariantList values, qint64 expected,
                          const QString &extraCondition) const
{
    values << stamp(m_db) << m_key << expected;
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2row_version = row_version + 1, changed_by = ?, "
                       "changed_at = ? WHERE %3 = ? AND row_version = ? %4")
            .arg(m_table, assignments.isEmpty() ? QString() : assignments + QStringLiteral(", "),
                 m_keyColumn, extraCondition);
    return m_db.execCounted(sql, values) == 1;
}

void VersionedRow::overwrite(const QString &assignments, QVariantList values) const
{
    values << stamp(m_db) << m_key;
    m_db.exec(QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, changed_by = ?, "
                             "changed_at = ? WHERE %3 = ?")
                  .arg(m_table, assignments, m_keyColumn),
              values);
}

EditConflict VersionedRow::conflict(const QString &what,
                                    const std::function<QString()> &theirs) const
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE %2 = ?")
                       .arg(m_table, m_keyColumn),
                   {m_key});
    if (!q.next()) // removed by the other session: nothing left to save over
        return EditConflict(what, theirs(), QString(), QString(), 0);
    const qint64 version = q.value(0).toLongLong();
    const QString by = q.value(1).toString(), at = q.value(2).toString();
    return EditConflict(what, theirs(), by, at, version);
}

} // namespace guardrail
