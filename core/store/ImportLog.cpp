// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLog.h"

#include "Database.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace guardrail {
namespace {

// Each table an import writes, with the columns that identify one of its rows.
struct Table
{
    const char *name;
    const char *key; // comma separated
};
constexpr Table kTables[] = {
    {"leads", "lead_id"},      {"spend", "id"},     {"revenue", "customer_id, month"},
    {"gross_profit", "month"}, {"awareness", "id"}, {"targets", "month"},
    {"fx", "month, currency"}};

QString name(const Table &t)
{
    return QString::fromLatin1(t.name);
}

QStringList keyColumns(const Table &t)
{
    QStringList out;
    for (const QString &k : QString::fromLatin1(t.key).split(QLatin1Char(',')))
        out << k.trimmed();
    return out;
}

// "a.k1 IS NOT DISTINCT FROM b.k1 AND …": equal, NULL matching NULL (SQLite's IS).
QString keyMatch(const Table &t, const char *a, const char *b)
{
    QStringList parts;
    for (const QString &k : keyColumns(t))
        parts << QStringLiteral("%1.%3 IS NOT DISTINCT FROM %2.%3")
                     .arg(QString::fromLatin1(a), QString::fromLatin1(b), k);
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

ImportLog::ImportLog(Database &db) : m_db(db) {}

qint64 ImportLog::begin(const QString &file, const QString &kind, const QString &source)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO imports (imported_at, file, kind, source) VALUES (?, ?, "
                       "?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), file, kind, source});
}

void ImportLog::finish(qint64 id, qint64 inserted, qint64 updated, qint64 skipped, qint64 pruned)
{
    m_db.exec(
        QStringLiteral("UPDATE imports SET inserted = ?, updated = ?, skipped = ?, pruned = ? "
                       "WHERE id = ?"),
        {inserted, updated, skipped, pruned, id});
}

QList<ImportLog::Entry> ImportLog::entries() const
{
    QList<Entry> out;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, imported_at, file, kind, source, inserted, updated, skipped, "
                       "pruned, undone_at FROM imports ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(9).toString(),
                    q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                    q.value(8).toLongLong()});
    return out;
}

QStringList ImportLog::blockers(qint64 id) const
{
    QStringList out;
    for (const Table &t : kTables) {
        // The rows this import touched: kept in undo_t, and for leads those it inserted.
        const QString mine =
            QStringLiteral("SELECT %1 FROM undo_%2 WHERE undo_import = :id")
                .arg(QString::fromLatin1(t.key), name(t)) +
            (qstrcmp(t.name, "leads") == 0
                 ? QStringLiteral(" UNION SELECT lead_id FROM leads WHERE import_id = :id")
                 : QString());
        const QString later =
            QStringLiteral(
                "SELECT m.%3, u.undo_import FROM (%1) m JOIN undo_%2 u ON %4 JOIN imports i ON "
                "i.id = u.undo_import WHERE u.undo_import > :id AND i.undone_at IS NULL LIMIT 10")
                .arg(mine, name(t), keyColumns(t).constFirst(), keyMatch(t, "m", "u"));
        // The id is a number, written into the statement: it appears several times.
        QSqlQuery q =
            m_db.query(QString(later).replace(QStringLiteral(":id"), QString::number(id)));
        while (q.next() && out.size() < 10)
            out << QStringLiteral("%1 %2 (changed by import %3)")
                       .arg(name(t), q.value(0).toString(), q.value(1).toString());
    }
    // Revenue of a later import for a lead this one inserted would lose its customer.
    QSqlQuery r = m_db.query(QStringLiteral("SELECT DISTINCT customer_id FROM revenue WHERE "
                                            "customer_id IN (SELECT lead_id FROM leads WHERE "
                                            "import_id = ?) LIMIT 10"),
                             {id});
    while (r.next() && out.size() < 10)
        out << QStringLiteral("revenue of %1 (imported later)").arg(r.value(0).toString());
    return out;
}

ImportLog::Undo ImportLog::undo(qint64 id)
{
    Undo result;
    const QVariant undone =
        m_db.scalar(QStringLiteral("SELECT ifnull(undone_at, '') FROM imports WHERE id = ?"), {id});
    if (!undone.isValid()) {
        result.problem = QStringLiteral("there is no import %1").arg(id);
        return result;
    }
    if (!undone.toString().isEmpty()) {
        result.problem =
            QStringLiteral("import %1 was undone on %2").arg(id).arg(undone.toString());
        return result;
    }
    Transaction transaction(m_db.connection());
    result.blocking = blockers(id);
    if (!result.blocking.isEmpty())
        return result;
    // The id is a number, written into each statement: several of them name it twice.
    const auto run = [this, id](const QString &sql) {
        return m_db.execCounted(QString(sql).replace(QStringLiteral(":id"), QString::number(id)));
    };
    // Later tables first: revenue refers to leads.
    for (auto it = std::rbegin(kTables); it != std::rend(kTables); ++it) {
        const Table &t = *it;
        const QStringList columns = m_db.columns(name(t));
        QStringList assign;
        // A row matched by its natural key keeps its own id.
        for (const QString &c : columns)
            if (c != u"id")
                assign << c + QStringLiteral(" = u.") + c;
        // What it inserted goes; what it changed or pruned comes back as it was.
        result.removed += run(QStringLiteral("DELETE FROM %1 WHERE EXISTS (SELECT 1 FROM undo_%1 u "
                                             "WHERE u.undo_import = :id AND u.undo_inserted = 1 "
                                             "AND %2)")
                                  .arg(name(t), keyMatch(t, "u", t.name)));
        if (qstrcmp(t.name, "leads") == 0)
            result.removed += run(QStringLiteral("DELETE FROM leads WHERE import_id = :id"));
        result.restored +=
            run(QStringLiteral("UPDATE %1 SET %2 FROM (SELECT * FROM undo_%1 WHERE "
                               "undo_import = :id AND undo_inserted = 0) u WHERE %3")
                    .arg(name(t), assign.join(QStringLiteral(", ")), keyMatch(t, "u", t.name)));
        result.restored +=
            run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM undo_%1 u WHERE "
                               "u.undo_import = :id AND u.undo_inserted = 0 AND "
                               "NOT EXISTS (SELECT 1 FROM %1 WHERE %3)")
                    .arg(name(t), columns.join(QStringLiteral(", ")), keyMatch(t, "u", t.name)));
    }
    run(QStringLiteral("UPDATE imports SET undone_at = '%1' WHERE id = :id")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    transaction.commit();
    result.done = true;
    return result;
}

} // namespace guardrail
