// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps and months, in ISO 8601 and in every declared date layout: a value read is inside
// the range the store keeps (1900-01-01 to 9999-12-31 UTC) and reads back from its stored form
// as the same moment. First byte: the layout (past the last one: ISO 8601 alone).
#include "FuzzCheck.h"
#include "domain/Iso8601.h"
#include "import/ValueParser.h"

using namespace guardrail;
using guardrail::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QStringList layouts = ValueParser::knownDateFormats();
    static const EpochSeconds first = iso::dayFromCivil(1900, 1, 1) * kSecondsPerDay;
    static const EpochSeconds last = iso::dayFromCivil(9999, 12, 31) * kSecondsPerDay + 86399;
    ValueParser parser;
    if (data[0] < layouts.size())
        require(parser.setDateFormat(layouts.at(data[0])), "a known layout is accepted");
    const QString text = fuzz::textAfterFirst(data, size);

    if (const auto t = parser.timestamp(text)) {
        require(*t >= first && *t <= last, "a timestamp is in range", text);
        const QString stored = iso::formatTimestamp(*t);
        require(iso::parseTimestamp(stored) == t, "the stored form reads back", text);
        char buffer[32];
        const int n = iso::formatTimestamp(*t, buffer);
        require(QLatin1String(buffer, n) == stored, "both formatters agree", text);
    }
    if (const auto m = parser.month(text)) {
        const EpochDay day = iso::firstDayOfMonth(*m);
        require(day * kSecondsPerDay >= first && day * kSecondsPerDay <= last,
                "a month is in range", text);
        require(iso::parseMonth(iso::formatMonth(*m)) == m, "a month reads back", text);
    }
    // The byte parser (the snapshot loader's) and the text parser agree on ASCII input.
    bool ascii = true;
    for (size_t i = 1; i < size; ++i)
        ascii = ascii && data[i] < 0x80;
    if (ascii && size < 256) {
        const auto bytes = iso::parseTimestamp(reinterpret_cast<const char *>(data) + 1,
                                               static_cast<int>(size - 1));
        require(bytes == iso::parseTimestamp(text), "byte and text parsers agree", text);
        if (const auto day = iso::parseDate(text))
            require(iso::parseTimestamp(text) == *day * kSecondsPerDay, "a date is its midnight",
                    text);
    }
    return 0;
}
