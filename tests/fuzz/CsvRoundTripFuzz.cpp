// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 both ways: any records, written with every field quoted (as the export and the
// rejected-rows file write a field that needs it), read back as exactly those records. The
// input is split into fields at byte 0x01 and into records at 0x02; NUL, which the reader
// refuses as a data error elsewhere, is left out.
#include "FuzzCheck.h"
#include "TempFile.h"
#include "import/CsvReader.h"

using namespace guardrail;
using guardrail::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QStringList> records;
    for (const QByteArray &record :
         QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
             .replace('\0', "")
             .split('\x02')) {
        QStringList fields;
        for (const QByteArray &field : record.split('\x01'))
            fields << QString::fromUtf8(field); // invalid UTF-8 becomes U+FFFD, as text would
        records << fields;
    }
    QByteArray file;
    for (const QStringList &fields : std::as_const(records)) {
        QStringList quoted;
        for (QString field : fields)
            quoted << QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                          QLatin1Char('"');
        file += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    CsvReader reader(fuzz::writeInput("roundtrip", reinterpret_cast<const uint8_t *>(file.data()),
                                      static_cast<size_t>(file.size())));
    require(reader.open(), "a quoted file opens", reader.error());
    QStringList fields;
    for (const QStringList &expected : std::as_const(records)) {
        require(reader.next(fields), "every record is read", reader.error());
        require(fields == expected, "a record reads back as written",
                expected.join(QLatin1Char('|')) + QStringLiteral(" read as ") +
                    fields.join(QLatin1Char('|')));
    }
    require(!reader.next(fields) && reader.error().isEmpty(), "nothing after the last record");
    return 0;
}
