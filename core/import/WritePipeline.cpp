// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritePipeline.h"

namespace guardrail {
namespace {
constexpr size_t kBatch = 4096;
constexpr size_t kMaxQueued = 4; // batches waiting: a few MB at most
} // namespace

WritePipeline::WritePipeline(bool threaded) : m_threaded(threaded)
{
    if (m_threaded)
        m_thread = std::thread([this] { run(); });
}

WritePipeline::~WritePipeline()
{
    stop(true);
}

void WritePipeline::push(Write write)
{
    if (!m_threaded) {
        (write() ? m_inserted : m_updated) += 1;
        return;
    }
    m_batch.push_back(std::move(write));
    if (m_batch.size() < kBatch)
        return;
    std::vector<std::vector<Write>> ran;
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_cancelled; });
        if (m_cancelled)
            return; // the writer stopped on an error: finish() reports it
        m_queue.push_back(std::exchange(m_batch, {}));
        ran.swap(m_ran);
        m_ready.notify_one();
    }
    // `ran` is destroyed here, on this thread, outside the lock.
}

void WritePipeline::run()
{
    for (;;) {
        std::vector<Write> batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed || m_cancelled; });
            if (m_cancelled || m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_space.notify_one();
        }
        try {
            for (Write &w : batch)
                (w() ? m_inserted : m_updated) += 1;
            std::lock_guard lock(m_mutex);
            m_ran.push_back(std::move(batch));
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_cancelled = true;
            m_space.notify_all();
            return;
        }
    }
}

void WritePipeline::stop(bool dropPending)
{
    if (!m_threaded || !m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (dropPending) {
            m_cancelled = true;
            m_queue.clear();
        } else if (!m_batch.empty()) {
            m_queue.push_back(std::exchange(m_batch, {}));
        }
        m_closed = true;
        m_ready.notify_all();
        m_space.notify_all();
    }
    m_thread.join();
}

void WritePipeline::finish()
{
    stop(false);
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

void WritePipeline::cancel()
{
    stop(true);
}

} // namespace guardrail
