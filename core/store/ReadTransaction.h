// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;
struct pg_conn;

namespace guardrail {

class Database;

/**
 * Holds one read transaction on the connection for its lifetime, so every query inside reads
 * one state of the file, even while another process commits an import (under WAL a reader
 * keeps its snapshot and never blocks the writer). Inside a transaction already open on the
 * connection it does nothing: that one gives the same guarantee.
 */
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_handle = nullptr;
    pg_conn *m_server = nullptr;
    bool m_open = false;
};

} // namespace guardrail
