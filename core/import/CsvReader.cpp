// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringDecoder>

namespace guardrail {
namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(const QString &path) : m_file(path) {}

CsvReader::~CsvReader() = default;

bool CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read: %1").arg(m_file.errorString());
        return false;
    }
    QByteArray first = m_file.read(kChunk);
    if (XlsxReader::looksLikeXlsx(first)) {
        m_xlsx = std::make_unique<XlsxReader>(m_file.fileName());
        if (!m_xlsx->read()) {
            m_error = m_xlsx->error();
            return false;
        }
        return true;
    }
    // A byte-order mark says what the file is, whatever was asked.
    Utf8Transcoder::Encoding encoding = m_encoding;
    if (first.startsWith("\xEF\xBB\xBF")) {
        first.remove(0, 3);
        encoding = Utf8Transcoder::Encoding::Utf8;
    } else if (first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF")) {
        encoding = first.startsWith("\xFF") ? Utf8Transcoder::Encoding::Utf16LE
                                            : Utf8Transcoder::Encoding::Utf16BE;
        first.remove(0, 2);
    }
    if (encoding != Utf8Transcoder::Encoding::Utf8) {
        m_transcoder = std::make_unique<Utf8Transcoder>(encoding);
        first = (*m_transcoder)(first);
        if (m_transcoder->failed()) {
            m_error = QStringLiteral("cannot decode %1 text").arg(Utf8Transcoder::name(encoding));
            return false;
        }
    }
    m_buffer = first;
    m_eof = first.isEmpty();
    const QByteArray head = m_buffer.left(4096);
    // UTF-16 without its byte-order mark, or a binary file, is NULs throughout; a stray NUL in
    // a text file is a data error of its cell (ImportJob), not a reason to refuse the file.
    const qsizetype headerEnd = head.indexOf('\n');
    if (head.left(headerEnd < 0 ? head.size() : headerEnd).contains('\0') ||
        head.count('\0') * 16 > head.size()) {
        m_error = QStringLiteral("this is a binary file, not CSV text (a UTF-16 file needs its "
                                 "byte-order mark)");
        return false;
    }
    // The delimiter is the one of ',' and ';' that the header line has more of, outside quotes.
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    if (semicolons > commas)
        m_delimiter = QLatin1Char(';');
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray more = m_file.read(kChunk);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_transcoder) {
        more = (*m_transcoder)(more);
        if (m_transcoder->failed()) {
            m_error = QStringLiteral("cannot decode the file after line %1").arg(m_lineNumber);
            m_eof = true;
            return false;
        }
    }
    m_buffer.append(more);
    return true;
}

qint64 CsvReader::position() const
{
    if (m_xlsx) // the sheet is read whole: progress by rows
        return m_xlsx->rows().empty() ? size()
                                      : size() * static_cast<qint64>(m_xlsxRow) /
                                            static_cast<qint64>(m_xlsx->rows().size());
    return m_transcoder ? m_file.pos() : m_consumed;
}

bool CsvReader::nextWorkbookRow(QStringList &fields)
{
    const auto &rows = m_xlsx->rows();
    while (m_xlsxRow < rows.size()) {
        const XlsxReader::Row &row = rows[m_xlsxRow++];
        m_recordLine = row.line;
        fields = row.cells;
        if (m_xlsxHeader.isEmpty()) {
            m_xlsxHeader = fields;
            return true;
        }
        // A sheet leaves out a row's empty cells at its end: the header says how many it has.
        while (fields.size() > m_xlsxHeader.size() && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        while (fields.size() < m_xlsxHeader.size())
            fields << QString();
        if (fields == m_xlsxHeader) {
            ++m_repeatedHeaders;
            continue;
        }
        return true;
    }
    return false;
}

QString CsvReader::notUtf8(qsizetype field) const
{
    return QStringLiteral("line %1, field %2: the file is not UTF-8 text; a file saved by Excel "
                          "or an older CRM is often Windows-1252: import it with --encoding "
                          "windows-1252 (or latin-1), or save it as UTF-8")
        .arg(m_recordLine)
        .arg(field + 1);
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    if (m_xlsx)
        return nextWorkbookRow(fields);
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_lineNumber;
    const char delimiter = static_cast<char>(m_delimiter.unicode());
    QByteArray field;
    bool quoted = false, wasQuoted = false, anything = false;
    // ConvertInitialBom: a cell's text is kept as written; only the file's own byte-order mark,
    // removed in open(), is not data (without the flag each cell lost a leading U+FEFF).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const auto finishField = [&] {
        if (field.isEmpty()) { // most cells of a sparse export: nothing to decode or allocate
            fields.append(QString());
            wasQuoted = false;
            return true;
        }
        QString text = decoder(field);
        if (decoder.hasError()) {
            m_error = notUtf8(fields.size());
            return false;
        }
        fields.append(wasQuoted ? text : text.trimmed());
        field.truncate(0); // keeps the buffer for the next cell
        wasQuoted = false;
        return true;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error =
                    QStringLiteral("line %1: a quoted field is never closed").arg(m_recordLine);
                return false;
            }
            if (!anything && fields.isEmpty())
                return false;
            return finishField();
        }
        if (!quoted && !wasQuoted && field.isEmpty()) {
            // Fast path: an unquoted field that ends inside the buffer is copied in one go
            // (most cells of a CRM export); quotes and buffer ends take the byte loop below.
            const char *data = m_buffer.constData();
            const qsizetype n = m_buffer.size();
            qsizetype end = m_pos;
            while (end < n) {
                const char b = data[end];
                if (b == delimiter || b == '\n' || b == '\r' || b == '"')
                    break;
                ++end;
            }
            if (end < n && data[end] != '"' && end > m_pos) {
                field = QByteArray(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                anything = true;
            }
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        anything = true;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                    ++m_consumed;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_lineNumber;
                field.append(c);
            }
        } else if (c == '"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            if (!finishField())
                return false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                    ++m_pos;
                    ++m_consumed;
                }
            }
            ++m_lineNumber;
            return finishField();
        } else if (!(wasQuoted &&
                     (c == ' ' || c == '\t'))) { // spaces after a closing quote are dropped
            field.append(c);
        }
    }
}

} // namespace guardrail
