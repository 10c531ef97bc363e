// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Database.h"
#include "PostgresStatement.h"
#include "SqliteStatement.h"

#include <QStringEncoder>

namespace guardrail {

Statement::Statement(const Database &db, const char *sql)
{
    if (db.backend().isPostgres())
        m_engine = std::make_unique<PostgresStatement>(db.postgresHandle(),
                                                       db.backend().nativeSql(sql), db.path());
    else
        m_engine = std::make_unique<SqliteStatement>(db.handle(), sql);
}

Statement::~Statement() = default;

void Statement::bind(int i, const QString &text)
{
    // Short text (ids, names) is encoded on the stack: a million rows, no allocation each.
    if (text.size() <= 256) {
        char buffer[3 * 256];
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *end = encoder.appendToBuffer(buffer, text);
        m_engine->bindText(i, buffer, static_cast<int>(end - buffer));
        return;
    }
    bind(i, text.toUtf8());
}

QString Statement::string(int column) const
{
    int n = 0;
    const char *p = text(column, n);
    return p ? QString::fromUtf8(p, n) : QString();
}

} // namespace guardrail
