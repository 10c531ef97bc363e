// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts (DESIGN section 2, "Delimiter and numbers"): whatever the cell, a number is read from
// all of it or none of it. First byte: the decimal mark (bit 0 set: a comma).
#include "FuzzCheck.h"
#include "import/ValueParser.h"

#include <cmath>

using guardrail::ValueParser;
using guardrail::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool decimalComma = (data[0] & 1) != 0;
    const QString text = guardrail::fuzz::textAfterFirst(data, size);
    const auto amount = ValueParser::parseAmount(text, decimalComma);
    if (!amount)
        return 0;
    require(std::isfinite(amount->value), "an amount is finite", text);
    bool digit = false;
    for (QChar c : text)
        digit = digit || (c >= u'0' && c <= u'9');
    require(digit, "an amount has a digit", text);
    // A leading minus negates a cell that starts with a digit, and changes nothing else.
    const QString bare = text.trimmed();
    if (!bare.isEmpty() && bare.front().isDigit() && bare.front().unicode() < 128) {
        const auto negated = ValueParser::parseAmount(QLatin1Char('-') + bare, decimalComma);
        require(negated.has_value(), "a minus before a valid amount is valid", text);
        require(negated->value == -amount->value, "a minus negates", text);
        require(negated->currency == amount->currency, "a minus keeps the currency", text);
    }
    return 0;
}
