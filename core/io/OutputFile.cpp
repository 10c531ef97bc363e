// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

namespace guardrail {
namespace {
constexpr qsizetype kBufferBytes = 1 << 16;
}

OutputFile::OutputFile(const QString &path) : m_path(path), m_file(path) {}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open()
{
    // Unbuffered: this class buffers, and sees each write's result itself.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        fail(m_file.errorString());
    return !failed();
}

void OutputFile::write(const QByteArray &bytes)
{
    if (failed() || !m_file.isOpen())
        return;
    m_buffer += bytes;
    if (m_buffer.size() >= kBufferBytes)
        flushBuffer();
}

void OutputFile::flushBuffer()
{
    const char *data = m_buffer.constData();
    qint64 left = m_buffer.size();
    while (left > 0 && !failed()) {
        const qint64 n = m_file.write(data, left);
        if (n <= 0) {
            fail(m_file.error() != QFileDevice::NoError ? m_file.errorString()
                                                        : QStringLiteral("the disk is full"));
            break;
        }
        data += n;
        left -= n;
    }
    m_buffer.clear();
}

bool OutputFile::commit()
{
    if (!m_file.isOpen() && !failed())
        fail(QStringLiteral("the file was not opened"));
    if (!failed())
        flushBuffer();
    if (failed()) {
        cancel();
        return false;
    }
    if (!m_file.commit()) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

void OutputFile::cancel()
{
    m_buffer.clear();
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // after cancelWriting, commit only removes the temporary file
}

void OutputFile::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(m_path, reason);
}

} // namespace guardrail
