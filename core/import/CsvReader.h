// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Utf8Transcoder.h"
#include "XlsxReader.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace guardrail {

/**
 * Streams an RFC 4180 file record by record: UTF-8 with or without a BOM (UTF-16 with a BOM,
 * and Windows-1252 or Latin-1 when told, transcoded to UTF-8 as read), CRLF or LF, quoted
 * fields with embedded commas, quotes and newlines, and a `;` delimiter detected from the
 * header line (as European Excel writes). Written by hand because Qt has no CSV reader and
 * the import must stream files far larger than memory would like. An .xlsx file (a zip
 * archive) is read as the CSV of its first worksheet (XlsxReader), with the sheet's row
 * numbers as lines; a row that repeats the header (a report's page break) is skipped and
 * counted.
 */
class CsvReader
{
public:
    explicit CsvReader(const QString &path);
    ~CsvReader();

    /** Before open(): the file's encoding when it is not UTF-8 (a UTF-16 BOM overrides it). */
    void setEncoding(Utf8Transcoder::Encoding encoding) { m_encoding = encoding; }

    /** False with error() set when the file cannot be read or is not UTF-8 text. */
    bool open();
    const QString &error() const { return m_error; }

    /** Reads the next record; false at the end of the file or on an error (see error()). */
    bool next(QStringList &fields);
    /** The physical line on which the last record returned by next() started (1-based). */
    qint64 line() const { return m_recordLine; }
    QChar delimiter() const { return m_delimiter; }
    /** Bytes consumed so far, for a progress bar. */
    qint64 position() const;
    /** Rows of a worksheet that repeated the header and were skipped. */
    qint64 repeatedHeaders() const { return m_repeatedHeaders; }
    qint64 size() const { return m_file.size(); }

private:
    bool fill();
    bool nextWorkbookRow(QStringList &fields);
    QString notUtf8(qsizetype field) const;

    QFile m_file;
    QString m_error;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_lineNumber = 1;
    qint64 m_recordLine = 0;
    QChar m_delimiter = QLatin1Char(',');
    Utf8Transcoder::Encoding m_encoding = Utf8Transcoder::Encoding::Utf8;
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    std::unique_ptr<XlsxReader> m_xlsx;
    size_t m_xlsxRow = 0;
    QStringList m_xlsxHeader;
    qint64 m_repeatedHeaders = 0;
    bool m_eof = false;
};

} // namespace guardrail
