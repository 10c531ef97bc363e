// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

/**
 * A query's rows as one text, the same on either backend (string concatenation and
 * group_concat are SQLite's own): cells joined by cellSeparator, rows by rowSeparator, NULL as
 * nullText, a real as SQLite writes one ("12400.0", "0.5": 15 significant digits).
 */
inline QString rowText(const guardrail::Database &db, const QString &sql,
                       const QString &cellSeparator = QStringLiteral(" "),
                       const QString &rowSeparator = QStringLiteral(","),
                       const QString &nullText = QString())
{
    QSqlQuery q = db.query(sql);
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            QString text = v.toString();
            if (v.isNull())
                text = nullText;
            else if (v.typeId() == QMetaType::Double) {
                text = QString::number(v.toDouble(), 'g', 15);
                if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
                    text += QStringLiteral(".0");
            }
            cells << text;
        }
        rows << cells.join(cellSeparator);
    }
    return rows.join(rowSeparator);
}
