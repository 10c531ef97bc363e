// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader (and, through it, the XLSX reader and the transcoders) on any bytes: it ends,
// by the last record or by an error, and its lines and positions only move forward. First byte:
// the encoding the user declared.
#include "FuzzCheck.h"
#include "TempFile.h"
#include "import/CsvReader.h"

using namespace guardrail;
using guardrail::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using Encoding = Utf8Transcoder::Encoding;
    static constexpr Encoding declared[] = {Encoding::Utf8, Encoding::Windows1252,
                                            Encoding::Latin1};
    const QString path = fuzz::writeInput("csv", data + 1, size - 1);
    CsvReader reader(path);
    reader.setEncoding(declared[data[0] % 3]);
    if (!reader.open()) {
        require(!reader.error().isEmpty(), "a refusal says why");
        return 0;
    }
    require(reader.delimiter() == u',' || reader.delimiter() == u';', "a comma or a semicolon");
    const bool workbook = size > 2 && data[1] == 'P' && data[2] == 'K';
    QStringList fields;
    qint64 records = 0, line = 0, position = 0;
    while (reader.next(fields)) {
        ++records;
        require(reader.line() >= line, "lines move forward");
        require(reader.position() >= position, "the position moves forward");
        require(reader.position() <= reader.size(), "the position stays in the file");
        line = reader.line();
        position = reader.position();
        // A record takes at least one byte of text (a workbook's rows are compressed).
        if (!workbook)
            require(records <= static_cast<qint64>(size), "no record from nothing");
        require(!fields.isEmpty(), "a record has a field");
    }
    return 0;
}
