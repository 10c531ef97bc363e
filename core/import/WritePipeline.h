// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace guardrail {

/**
 * Runs an import's writes on a second thread while the first reads and checks the next rows:
 * on two cores, parsing and SQLite overlap instead of taking turns. Writes run in the order
 * pushed, in batches, with a bounded queue so memory stays flat. The caller must not touch the
 * connection between the first push and finish() (Qt opens SQLite connections without their
 * mutex), so the import uses it only where its loop reads nothing from the store.
 */
class WritePipeline
{
public:
    /** A write: returns true when it inserted a row, false when it updated one. */
    using Write = std::function<bool()>;

    /** threaded == false: every push runs at once, on the caller's thread. */
    explicit WritePipeline(bool threaded);
    ~WritePipeline();
    WritePipeline(const WritePipeline &) = delete;
    WritePipeline &operator=(const WritePipeline &) = delete;

    void push(Write write);
    /** Waits until every write ran; rethrows what a write threw. */
    void finish();
    /** Drops what has not run yet and stops (the caller rolls back). */
    void cancel();

    qint64 inserted() const { return m_inserted; }
    qint64 updated() const { return m_updated; }

private:
    void run();
    void stop(bool dropPending);

    bool m_threaded;
    std::vector<Write> m_batch;
    std::deque<std::vector<Write>> m_queue;
    // Batches that ran, handed back so they are freed on the thread that allocated them: glibc
    // frees a block from another thread's arena under that arena's lock, a million times over.
    std::vector<std::vector<Write>> m_ran;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    bool m_closed = false, m_cancelled = false;
    std::exception_ptr m_error;
    std::thread m_thread;
    qint64 m_inserted = 0, m_updated = 0;
};

} // namespace guardrail
