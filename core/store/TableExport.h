// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guardrail {

class Database;

/**
 * Writes one of the data tables as CSV in its import format, so an export re-imports as is.
 * A cell that starts with =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a
 * formula (CSV injection); plain negative numbers stay numbers.
 */
class TableExport
{
public:
    static QStringList tables();
    static bool write(const Database &db, const QString &table, const QString &path,
                      QString *error);
    static QString neutralise(const QString &cell);
    /** Writes rows (the header first) with the same quoting and neutralising, atomically. */
    static bool writeRows(const QList<QStringList> &rows, const QString &path, QString *error);
};

} // namespace guardrail
