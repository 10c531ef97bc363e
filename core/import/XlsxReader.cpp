// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "domain/Iso8601.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace guardrail {
namespace {

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// One part of the archive; a null array when it is not there.
QByteArray entry(zip_t *zip, const QString &name)
{
    zip_stat_t st;
    const QByteArray n = name.toUtf8();
    if (zip_stat(zip, n.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return QByteArray();
    zip_file_t *f = zip_fopen(zip, n.constData(), 0);
    if (!f)
        return QByteArray();
    QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (read != static_cast<zip_int64_t>(st.size))
        return QByteArray();
    return data;
}

// The first sheet's part name, and whether dates count from 1904 (old Mac workbooks).
QString firstSheet(zip_t *zip, bool *date1904)
{
    QString relId;
    QXmlStreamReader wb(entry(zip, QStringLiteral("xl/workbook.xml")));
    while (!wb.atEnd() && wb.readNext() != QXmlStreamReader::Invalid) {
        if (!wb.isStartElement())
            continue;
        if (wb.name() == u"workbookPr") {
            const auto v = wb.attributes().value(QStringLiteral("date1904"));
            *date1904 = v == u"1" || v == u"true";
        } else if (wb.name() == u"sheet" && relId.isEmpty()) {
            for (const QXmlStreamAttribute &a : wb.attributes())
                if (a.name() == u"id") // r:id, whatever the prefix
                    relId = a.value().toString();
        }
    }
    QXmlStreamReader rels(entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd() && rels.readNext() != QXmlStreamReader::Invalid) {
        if (rels.isStartElement() && rels.name() == u"Relationship" &&
            rels.attributes().value(QStringLiteral("Id")) == relId) {
            const QString target = rels.attributes().value(QStringLiteral("Target")).toString();
            return target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                       : QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

QStringList sharedStrings(zip_t *zip)
{
    QStringList strings;
    QXmlStreamReader x(entry(zip, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inSi = false, inPhonetic = false;
    while (!x.atEnd() && x.readNext() != QXmlStreamReader::Invalid) {
        if (x.isStartElement()) {
            if (x.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (x.name() == u"rPh") {
                inPhonetic = true; // a reading aid, not the text
            } else if (x.name() == u"t" && inSi && !inPhonetic) {
                current += x.readElementText();
            }
        } else if (x.isEndElement()) {
            if (x.name() == u"si") {
                strings << current;
                inSi = false;
            } else if (x.name() == u"rPh") {
                inPhonetic = false;
            }
        }
    }
    return strings;
}

bool isDateFormatCode(QString code)
{
    // Quoted text and [colour] or [$-409] sections say nothing about dates.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(QRegularExpression(QStringLiteral("[dmyhsDMYHS]")));
}

// For each cell style (the c element's s attribute), whether it formats a number as a date.
std::vector<bool> dateStyles(zip_t *zip)
{
    QHash<int, bool> customDate;
    std::vector<bool> styles;
    QXmlStreamReader x(entry(zip, QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!x.atEnd() && x.readNext() != QXmlStreamReader::Invalid) {
        if (x.isStartElement()) {
            if (x.name() == u"numFmt")
                customDate.insert(
                    x.attributes().value(QStringLiteral("numFmtId")).toInt(),
                    isDateFormatCode(
                        x.attributes().value(QStringLiteral("formatCode")).toString()));
            else if (x.name() == u"cellXfs")
                inCellXfs = true;
            else if (x.name() == u"xf" && inCellXfs) {
                const int id = x.attributes().value(QStringLiteral("numFmtId")).toInt();
                // Excel's built-in date and time formats.
                const bool builtIn = (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
                styles.push_back(builtIn || customDate.value(id, false));
            }
        } else if (x.isEndElement() && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

int columnIndex(QStringView ref)
{
    int column = 0;
    for (const QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

QString dateText(double serial, bool date1904)
{
    const EpochDay base =
        date1904 ? iso::dayFromCivil(1904, 1, 1) : iso::dayFromCivil(1899, 12, 30);
    const double whole = std::floor(serial);
    const auto seconds = static_cast<qint64>(std::llround((serial - whole) * 86400.0));
    const EpochSeconds t =
        (EpochSeconds(base) + static_cast<EpochSeconds>(whole)) * 86400 + seconds;
    return iso::formatTimestamp(t);
}

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return v;
    return QLocale::c().toString(d, 'f', QLocale::FloatingPointShortest);
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxReader::XlsxReader(const QString &path) : m_path(path) {}

bool XlsxReader::read()
{
    int error = 0;
    Zip zip(zip_open(m_path.toLocal8Bit().constData(), ZIP_RDONLY, &error));
    if (!zip) {
        m_error = QStringLiteral("this is not an .xlsx workbook (cannot open it as a zip archive)");
        return false;
    }
    bool date1904 = false;
    const QString sheetName = firstSheet(zip.get(), &date1904);
    const QByteArray sheet = entry(zip.get(), sheetName);
    if (sheet.isNull()) {
        m_error = QStringLiteral("the workbook has no worksheet (%1)").arg(sheetName);
        return false;
    }
    const QStringList strings = sharedStrings(zip.get());
    const std::vector<bool> dates = dateStyles(zip.get());

    QXmlStreamReader x(sheet);
    Row row;
    qint64 nextLine = 1;
    int column = -1;
    QString type;
    bool isDate = false;
    QString value;
    while (!x.atEnd() && x.readNext() != QXmlStreamReader::Invalid) {
        if (x.isStartElement()) {
            if (x.name() == u"row") {
                const qint64 r = x.attributes().value(QStringLiteral("r")).toLongLong();
                row = Row{r > 0 ? r : nextLine, {}};
                nextLine = row.line + 1;
                column = -1;
            } else if (x.name() == u"c") {
                const auto ref = x.attributes().value(QStringLiteral("r"));
                column = ref.isEmpty() ? column + 1 : columnIndex(ref);
                type = x.attributes().value(QStringLiteral("t")).toString();
                const int style = x.attributes().value(QStringLiteral("s")).toInt();
                isDate = style >= 0 && static_cast<size_t>(style) < dates.size() && dates[style];
                value.clear();
            } else if (x.name() == u"v" || (x.name() == u"t" && type == u"inlineStr")) {
                value += x.readElementText();
            }
        } else if (x.isEndElement()) {
            if (x.name() == u"c" && column >= 0) {
                QString text = value;
                if (type == u"s") {
                    const int i = value.toInt();
                    text = i >= 0 && i < strings.size() ? strings[i] : QString();
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("true") : QStringLiteral("false");
                } else if (type.isEmpty() || type == u"n") {
                    bool ok = false;
                    const double d = value.toDouble(&ok);
                    text = ok && isDate ? dateText(d, date1904) : numberText(value);
                }
                while (row.cells.size() < column)
                    row.cells << QString();
                row.cells << text;
            } else if (x.name() == u"row") {
                m_rows.push_back(row);
            }
        }
    }
    if (x.hasError()) {
        m_error = QStringLiteral("the worksheet cannot be read: %1").arg(x.errorString());
        return false;
    }
    return true;
}

} // namespace guardrail
