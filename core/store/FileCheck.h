// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guardrail {

class Database;

/**
 * What `guardrail check` reports: SQLite's integrity_check and foreign_key_check, then the
 * data rules of DESIGN section 2 that a file changed by hand or by another program can break
 * (timestamps no date reader takes, a lead both won and lost, negative amounts, months that
 * are not YYYY-MM, settings out of range), one line each.
 */
class FileCheck
{
public:
    static QStringList problems(const Database &db);
    /** integrity_check's findings on a file too damaged to open as a Guardrail database. */
    static QStringList damaged(const QString &path);

private:
    static QStringList timestamps(const Database &db, QStringList *backwards);
    static QStringList rows(const Database &db, const QString &sql, const QString &format);
};

} // namespace guardrail
