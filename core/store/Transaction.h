// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace guardrail {

class Database;

/** Opens a transaction; rolls it back on destruction unless commit() was called. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    /**
     * A transaction of its own on db's connection, or, when the caller's is already open there,
     * a part of that one: commit() then leaves the caller to commit or roll back the whole.
     */
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_joined = false;
};

} // namespace guardrail
