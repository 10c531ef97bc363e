// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace guardrail {

/**
 * Reads the first worksheet of an .xlsx file as rows of text (DESIGN section 2,
 * "Spreadsheets"): shared and inline strings, numbers written out in full (no exponent, no
 * group separator), a number whose style is a date format as the ISO date or timestamp it
 * stands for (Excel stores dates as day counts), booleans as true/false. Each row keeps the
 * sheet's own row number, so errors name the line the user sees. No Debian package reads XLSX
 * from C++: libzip opens the archive and QXmlStreamReader reads its parts.
 */
class XlsxReader
{
public:
    /** True when the file starts like a zip archive (an .xlsx is one). */
    static bool looksLikeXlsx(const QByteArray &head);

    explicit XlsxReader(const QString &path);
    /** Reads the whole sheet; false with error() set. */
    bool read();
    const QString &error() const { return m_error; }

    struct Row
    {
        qint64 line = 0; // the sheet's row number
        QStringList cells;
    };
    const std::vector<Row> &rows() const { return m_rows; }

private:
    QString m_path;
    QString m_error;
    std::vector<Row> m_rows;
};

} // namespace guardrail
