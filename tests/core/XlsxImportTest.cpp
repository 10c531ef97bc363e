// SPDX-License-Identifier: GPL-3.0-or-later
// An .xlsx export read like a CSV of its first worksheet (DESIGN section 2, "Spreadsheets").
// The workbook is written here with libzip in the shape Excel gives a HubSpot deals export:
// shared strings, a date style, an inline string, a row whose last cells are left out, a page
// break that repeats the header, and the sheet's own row numbers.
#include "ImportFixture.h"
#include "RowText.h"

#include <zip.h>

using namespace guardrail;

namespace {

// Adds each part and closes the archive: the file is a complete .xlsx or the test fails.
void writeWorkbook(const QString &path, const QList<std::pair<const char *, QByteArray>> &parts)
{
    int error = 0;
    zip_t *zip = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(zip, nullptr);
    // libzip reads the buffers when the archive closes: parts outlives zip_close().
    for (const auto &[name, data] : parts) {
        zip_source_t *src =
            zip_source_buffer(zip, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        ASSERT_GE(zip_file_add(zip, name, src, ZIP_FL_OVERWRITE), 0);
    }
    ASSERT_EQ(zip_close(zip), 0);
}

const QByteArray kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
// Style 0 is General, 1 the built-in date (14), 2 a custom "yyyy-mm-dd hh:mm" (164), 3 a
// currency format that is not a date.
const QByteArray kStyles = R"(<styleSheet>
<numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>
<numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0.00"/></numFmts>
<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>)";
const QByteArray kStrings =
    R"(<sst><si><t>Record ID</t></si><si><t>Deal Stage</t></si><si><t>Close Date</t></si>
<si><t>Create Date</t></si><si><t>Amount</t></si><si><r><t>Closed </t></r><r><t>Won</t></r></si>
<si><t>Contract Sent</t></si></sst>)";
// Rows 2-3 are deals; row 5 repeats the header; row 6 leaves out its last cell.
const QByteArray kSheet = R"(<worksheet><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2"><v>101</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>45306</v></c>
<c r="D2" s="2"><v>45292.5</v></c><c r="E2" s="3"><v>12400.5</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>102</t></is></c><c r="B3" t="s"><v>6</v></c>
<c r="C3" s="1"><v>45473</v></c><c r="D3" s="1"><v>45293</v></c><c r="E3"><v>5000</v></c></row>
<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="s"><v>2</v></c>
<c r="D5" t="s"><v>3</v></c><c r="E5" t="s"><v>4</v></c></row>
<row r="6"><c r="A6"><v>103</v></c><c r="B6" t="s"><v>5</v></c><c r="C6" s="1"><v>45310</v></c>
<c r="D6" s="1"><v>45294</v></c></row>
</sheetData></worksheet>)";

class XlsxImport : public ImportFixture
{
};

} // namespace

TEST_F(XlsxImport, TheFirstWorksheetImportsLikeACsv)
{
    const QString path = dir.filePath(QStringLiteral("deals.xlsx"));
    writeWorkbook(path, {{"xl/workbook.xml", kWorkbook},
                         {"xl/_rels/workbook.xml.rels", kRels},
                         {"xl/styles.xml", kStyles},
                         {"xl/sharedStrings.xml", kStrings},
                         {"xl/worksheets/sheet1.xml", kSheet}});
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    const ImportResult r = ImportJob(db, path, o).run();
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 3);
    // 45306 days after 1899-12-30 is 2024-01-15; 45292.5 is noon on 2024-01-01.
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT won_at, created_at, amount FROM leads WHERE "
                                         "lead_id = '101'")),
              QStringLiteral("2024-01-15 2024-01-01T12:00:00Z 12400.5"));
    // The inline-string id; an open deal's close date (45473 = 2024-06-30) is expected.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT expected_close_at FROM leads WHERE lead_id = '102'"))
                  .toString(),
              QStringLiteral("2024-06-30"));
    // Row 6 has no amount cell at all: a win without an amount, not a short row.
    EXPECT_TRUE(
        db.scalar(QStringLiteral("SELECT amount FROM leads WHERE lead_id = '103'")).isNull());
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("1 rows that repeat the header skipped")));
}

TEST_F(XlsxImport, ErrorsNameTheSheetsRowNumbers)
{
    // Row 6's creation date is text that is no date: the error names line 6, as Excel shows it.
    QByteArray sheet = kSheet;
    sheet.replace(R"(<c r="D6" s="1"><v>45294</v></c>)",
                  R"(<c r="D6" t="inlineStr"><is><t>soon</t></is></c>)");
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
    writeWorkbook(path, {{"xl/workbook.xml", kWorkbook},
                         {"xl/_rels/workbook.xml.rels", kRels},
                         {"xl/styles.xml", kStyles},
                         {"xl/sharedStrings.xml", kStrings},
                         {"xl/worksheets/sheet1.xml", sheet}});
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    const ImportResult r = ImportJob(db, path, o).run();
    ASSERT_GE(r.errorCount, 1);
    EXPECT_TRUE(r.errors.value(0).contains(path + QStringLiteral(":6: created_at: \"soon\"")))
        << r.errors.value(0).toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    // A zip that is no workbook is refused with a reason.
    const QString notBook = dir.filePath(QStringLiteral("other.xlsx"));
    writeWorkbook(notBook, {{"readme.txt", "hello"}});
    const ImportResult refused = ImportJob(db, notBook, o).run();
    EXPECT_TRUE(refused.errors.value(0).contains(QStringLiteral("no worksheet")))
        << refused.errors.value(0).toStdString();
}
