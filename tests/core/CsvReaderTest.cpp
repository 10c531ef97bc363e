// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on its own, for what the fuzz targets found.
#include "import/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

TEST(CsvReader, ACellKeepsALeadingByteOrderMarkOnlyTheFilesOwnIsDropped)
{
    // Found by fuzz_CsvRoundTrip: every cell lost a leading U+FEFF (the decoder took it for a
    // byte-order mark), so "\uFEFF\uFEFF" read back as "". Only the file's first is one.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bom.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFname,note\r\n\"\xEF\xBB\xBF\xEF\xBB\xBF\",\xEF\xBB\xBFx\r\n");
    f.close();
    CsvReader reader(f.fileName());
    ASSERT_TRUE(reader.open()) << reader.error().toStdString();
    QStringList fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (QStringList{QStringLiteral("\uFEFF\uFEFF"), QStringLiteral("\uFEFFx")}));
    EXPECT_FALSE(reader.next(fields));
}
