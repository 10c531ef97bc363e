// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct pg_conn;

namespace guardrail {

/**
 * Rows for one table, sent to PostgreSQL with COPY … FROM STDIN in text format: a round trip
 * per few megabytes instead of one per row. Rows wait in a buffer, so the connection stays
 * free for other statements between flushes (a new channel's INSERT while leads are written);
 * flush() before anything reads the table or commits. Inside the caller's transaction, so a
 * failed import still leaves nothing.
 */
class PostgresCopy
{
public:
    PostgresCopy(pg_conn *connection, QByteArray copyStatement, QString database);
    PostgresCopy(const PostgresCopy &) = delete;
    PostgresCopy &operator=(const PostgresCopy &) = delete;

    void add(const char *utf8, int length);
    void add(const QString &text);
    void add(double v);
    void add(qint64 v);
    void addNull();
    template <typename T> void add(const std::optional<T> &v)
    {
        if (v)
            add(*v);
        else
            addNull();
    }
    /** Ends the row; sends the buffer once it holds a few megabytes. */
    void endRow();
    /** Sends what is buffered; throws StoreError when the server refuses a row. */
    void flush();
    bool isEmpty() const { return m_buffer.isEmpty(); }

private:
    void separate();

    pg_conn *m_conn;
    QByteArray m_statement, m_buffer;
    QString m_database;
    bool m_rowStarted = false;
};

} // namespace guardrail
