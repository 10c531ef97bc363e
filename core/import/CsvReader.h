// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace guardrail {

/**
 * Streams an RFC 4180 file record by record: UTF-8 with or without a BOM, CRLF or LF, quoted
 * fields with embedded commas, quotes and newlines, and a `;` delimiter detected from the
 * header line (as European Excel writes). Written by hand because Qt has no CSV reader and
 * the import must stream files far larger than memory would like.
 */
class CsvReader
{
public:
    explicit CsvReader(const QString &path);

    /** False with error() set when the file cannot be read or is not UTF-8 text. */
    bool open();
    const QString &error() const { return m_error; }

    /** Reads the next record; false at the end of the file or on an error (see error()). */
    bool next(QStringList &fields);
    /** The physical line on which the last record returned by next() started (1-based). */
    qint64 line() const { return m_recordLine; }
    QChar delimiter() const { return m_delimiter; }
    /** Bytes consumed so far, for a progress bar. */
    qint64 position() const { return m_consumed; }
    qint64 size() const { return m_file.size(); }

private:
    bool fill();

    QFile m_file;
    QString m_error;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_lineNumber = 1;
    qint64 m_recordLine = 0;
    QChar m_delimiter = QLatin1Char(',');
    bool m_eof = false;
};

} // namespace guardrail
