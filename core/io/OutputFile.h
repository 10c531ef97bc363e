// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace guardrail {

/**
 * A file that is complete or absent: written to a temporary file beside the target (QSaveFile)
 * and renamed over it only when every byte was written and flushed. The first failure (a full
 * disk, a read-only folder) is kept with its reason; commit() then removes the temporary and
 * leaves the target as it was. Every write's length is checked, because a short write on a
 * full disk does not always set the device's error.
 */
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /** Creates the temporary file; false with error() when the folder cannot take it. */
    bool open();
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QByteArray &bytes);
    void write(const QString &text) { write(text.toUtf8()); }
    /** Flushes and renames; false (and nothing at the target changed) after any failure. */
    bool commit();
    /** Drops what was written: the target stays as it was. */
    void cancel();

    bool failed() const { return !m_error.isEmpty(); }
    /** "PATH: reason" of the first failure. */
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    void flushBuffer();
    void fail(const QString &reason);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace guardrail
