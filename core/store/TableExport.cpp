// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "Database.h"
#include "ReadTransaction.h"
#include "io/OutputFile.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guardrail {
namespace {

QString queryFor(const QString &table)
{
    if (table == u"leads")
        return QStringLiteral(
            "SELECT l.lead_id, CASE WHEN l.created_at_derived <> 0 THEN NULL ELSE "
            "l.created_at END AS created_at, "
            "c.name AS channel, s.name AS segment, l.offer, l.mql_at, l.sql_at, "
            "l.won_at, l.lost_at, l.amount, "
            "l.first_response_at, l.lead_score, CASE l.icp_match WHEN 1 THEN "
            "'yes' WHEN 0 THEN 'no' END AS icp_match, l.owner, "
            "l.expected_close_at, l.lost_reason, "
            "l.closed_undated AS outcome, " // a close without a date
            "NULL AS currency, l.original_amount, l.original_currency "
            "FROM leads l LEFT JOIN channels c ON c.id = l.channel_id LEFT JOIN "
            "segments s ON s.id = l.segment_id "
            "ORDER BY l.id");
    if (table == u"spend")
        return QStringLiteral(
            "SELECT p.month, coalesce(c.name, 'shared') AS channel, p.category, p.amount, "
            "s.name AS segment FROM spend p LEFT JOIN channels c ON c.id = p.channel_id "
            "LEFT JOIN segments s ON s.id = p.segment_id ORDER BY p.month, channel, p.category");
    if (table == u"revenue")
        return QStringLiteral(
            "SELECT customer_id, month, mrr FROM revenue ORDER BY customer_id, month");
    if (table == u"gross_profit")
        return QStringLiteral("SELECT month, gross_profit FROM gross_profit ORDER BY month");
    if (table == u"awareness")
        return QStringLiteral("SELECT a.month, c.name AS channel, a.count FROM awareness a "
                              "LEFT JOIN channels c ON c.id = a.channel_id ORDER BY a.month");
    if (table == u"targets")
        return QStringLiteral("SELECT month, bookings FROM targets ORDER BY month");
    if (table == u"fx")
        return QStringLiteral("SELECT month, currency, rate FROM fx ORDER BY month, currency");
    if (table == u"reviews")
        return QStringLiteral(
            "SELECT held_on, kind, attendees, notes FROM reviews ORDER BY held_on");
    if (table == u"decisions")
        return QStringLiteral(
            "SELECT decided_on, type, touches, summary, rationale, owner, review_on, closed "
            "FROM decisions ORDER BY decided_on");
    if (table == u"settings")
        return QStringLiteral("SELECT key, value FROM settings ORDER BY key");
    return {};
}

QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QStringList TableExport::tables()
{
    return {QStringLiteral("leads"),     QStringLiteral("spend"),
            QStringLiteral("revenue"),   QStringLiteral("gross_profit"),
            QStringLiteral("awareness"), QStringLiteral("targets"),
            QStringLiteral("fx"),        QStringLiteral("reviews"),
            QStringLiteral("decisions"), QStringLiteral("settings")};
}

QString TableExport::neutralise(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()) ||
        number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

bool TableExport::write(const Database &db, const QString &table, const QString &path,
                        QString *error)
{
    const QString sql = queryFor(table);
    if (sql.isEmpty()) {
        *error = QStringLiteral("unknown table \"%1\" (one of %2)")
                     .arg(table, tables().join(QStringLiteral(", ")));
        return false;
    }
    OutputFile file(path);
    if (!file.open()) {
        *error = file.error();
        return false;
    }
    // One read transaction: every row comes from one state of the file.
    ReadTransaction read(db);
    QSqlQuery q;
    try {
        q = db.query(sql);
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
    const QSqlRecord record = q.record();
    QStringList header;
    for (int i = 0; i < record.count(); ++i)
        header << record.fieldName(i);
    file.write(header.join(QLatin1Char(',')) + QLatin1Char('\n'));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < record.count(); ++i)
            cells << quoted(neutralise(q.value(i).isNull() ? QString() : q.value(i).toString()));
        file.write(cells.join(QLatin1Char(',')) + QLatin1Char('\n'));
    }
    // A damaged page ends the loop like the last row does: only the error tells them apart.
    if (q.lastError().isValid()) {
        *error = db.failure(q.lastError()).message();
        return false; // the temporary file is removed: no partial export
    }
    if (!file.commit()) {
        *error = file.error();
        return false;
    }
    return true;
}

bool TableExport::writeRows(const QList<QStringList> &rows, const QString &path, QString *error)
{
    OutputFile file(path);
    if (!file.open()) {
        *error = file.error();
        return false;
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << quoted(neutralise(c));
        file.write(cells.join(QLatin1Char(',')) + QLatin1Char('\n'));
    }
    if (!file.commit()) {
        *error = file.error();
        return false;
    }
    return true;
}

} // namespace guardrail
