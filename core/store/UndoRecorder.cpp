// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoRecorder.h"

#include "Statement.h"

namespace guardrail {

UndoRecorder::UndoRecorder(const Database &db) : m_db(db) {}

UndoRecorder::~UndoRecorder() = default;

void UndoRecorder::keep(const char *table, const char *where, const std::vector<Key> &keys,
                        bool inserted)
{
    if (m_import == 0)
        return;
    const std::string sql = std::string("INSERT INTO undo_") + table +
                            " SELECT CAST(?1 AS INTEGER), CAST(?2 AS INTEGER), * FROM " + table +
                            " WHERE " + where;
    auto &statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<Statement>(m_db, sql.c_str());
    Statement &s = *statement;
    s.bind(1, m_import);
    s.bind(2, qint64(inserted ? 1 : 0));
    int i = 3;
    for (const Key &k : keys) {
        if (const auto *n = std::get_if<qint64>(&k))
            s.bind(i++, *n);
        else
            s.bind(i++, std::get<QByteArray>(k));
    }
    s.step();
    s.reset();
}

} // namespace guardrail
