// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetTable.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guardrail {

std::vector<TargetRow> TargetTable::all() const
{
    std::vector<TargetRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT month, bookings FROM targets ORDER BY month")))
        throw StoreError(QStringLiteral("cannot read the bookings targets of %1: %2")
                             .arg(m_db.path(), q.lastError().text()));
    while (q.next())
        if (const auto month = iso::parseMonth(q.value(0).toString()))
            rows.push_back(TargetRow{*month, q.value(1).toDouble()});
    return rows;
}

std::optional<double> TargetTable::bookingsOf(MonthIndex month) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT bookings FROM targets WHERE month = ?"),
                                   {iso::formatMonth(month)});
    return v.isValid() ? std::optional(v.toDouble()) : std::nullopt;
}

void TargetTable::set(MonthIndex month, std::optional<double> bookings)
{
    if (!bookings) {
        m_db.exec(QStringLiteral("DELETE FROM targets WHERE month = ?"), {iso::formatMonth(month)});
        return;
    }
    m_db.exec(QStringLiteral("INSERT INTO targets (month, bookings) VALUES (?, ?) "
                             "ON CONFLICT (month) DO UPDATE SET bookings = excluded.bookings"),
              {iso::formatMonth(month), *bookings});
}

} // namespace guardrail
