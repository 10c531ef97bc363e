// SPDX-License-Identifier: GPL-3.0-or-later
// The cell parsers, one row per input: the value read, or nullopt (a data error). A number is
// never read out of part of a cell.
#include "import/ValueParser.h"

#include <gtest/gtest.h>

#include <optional>

using namespace guardrail;

namespace {

struct AmountCase
{
    const char16_t *text;
    bool decimalComma;
    std::optional<double> value;
};

const AmountCase kAmounts[] = {
    {u"1200", false, 1200},
    {u"1,200.50", false, 1200.5},
    {u"-1,200.50", false, -1200.5},
    {u"$1,200", false, 1200},
    {u"USD 1,200.50", false, 1200.5},
    {u"12,400.00 USD", false, 12400},
    {u"(1,200.50)", false, -1200.5}, // accounting style
    {u"$-500", false, -500},         // a sign after the symbol is still a sign
    {u"-$500", false, -500},
    {u"R$ 1.200,50", true, 1200.5},
    {u"1.200,50", true, 1200.5},
    {u"1 200,50", true, 1200.5},
    {u"1\u00A0200,50", true, 1200.5},
    {u"1\u202F200,50", true, 1200.5},
    {u"13884,00", true, 13884},
    {u"1200,5 \u20AC", true, 1200.5},
    {u".5", false, 0.5},
    // refused
    {u"13884,00", false, std::nullopt}, // a decimal comma without --decimal-comma
    {u"1,20", false, std::nullopt},     // groups are three digits
    {u"1,2345", false, std::nullopt},
    {u"1.5", true, std::nullopt}, // with a decimal comma, "." only groups
    {u"1 200", false, std::nullopt},
    {u"abc12", false, std::nullopt},
    {u"12abc", false, std::nullopt},
    {u"5%", false, std::nullopt},
    {u"#7", false, std::nullopt},
    {u"\u2212500", false, std::nullopt}, // a Unicode minus is not a sign
    {u"(-900)", false, std::nullopt},    // two signs
    {u"1.2.3", false, std::nullopt},
    {u"12 34", false, std::nullopt},
    {u"$", false, std::nullopt},
    {u"-", false, std::nullopt},
    {u"1e5", false, std::nullopt},
    {u"0x10", false, std::nullopt},
    {u"usd 5", false, std::nullopt}, // a code is upper case
    {u"5.", false, std::nullopt},
};

struct DateCase
{
    const char *format;
    const char16_t *text;
    const char16_t *iso; // nullptr: refused
};

const DateCase kDates[] = {
    {"D-M-YYYY", u"17-7-2018", u"2018-07-17"},
    {"DD-MM-YYYY", u"17-07-2018", u"2018-07-17"},
    {"M/D/YY", u"02/23/26", u"2026-02-23"},
    {"M/D/YY", u"2/3/26 3:05 PM", u"2026-02-03T15:05"},
    {"M/D/YYYY", u"2/23/2026", u"2026-02-23"},
    {"DD.MM.YYYY", u"05.01.2024", u"2024-01-05"},
    {"YYYY.MM.DD", u"2024.01.05 09:30", u"2024-01-05T09:30"},
    // ISO is always read, whatever the layout (Salesforce's API format among them).
    {"M/D/YYYY", u"2024-01-22T16:14:25.000+0000", u"2024-01-22T16:14:25"},
    {"", u"2024-01-22T16:14:25.000+0000", u"2024-01-22T16:14:25"},
    {"", u"2024-01-22T18:14:25+0200", u"2024-01-22T16:14:25"},
    {"", u"2024-01-22T18:14:25+02", u"2024-01-22T16:14:25"},
    // refused
    {"", u"17-7-2018", nullptr},         // a non-ISO date needs a layout
    {"D-M-YYYY", u"7/17/2018", nullptr}, // another separator
    {"M/D/YY", u"02/23/2026", nullptr},  // YY is two digits
    {"M/D/YYYY", u"13/1/2024", nullptr}, // no month 13
    {"D-M-YYYY", u"1x-7-2018", nullptr},
};

} // namespace

TEST(ValueParser, AmountsAsTheDesignDefinesThem)
{
    for (const AmountCase &c : kAmounts) {
        const QString text = QString::fromUtf16(c.text);
        const auto a = ValueParser::parseAmount(text, c.decimalComma);
        if (!c.value) {
            EXPECT_FALSE(a.has_value()) << text.toStdString() << " read as " << a->value;
            continue;
        }
        ASSERT_TRUE(a.has_value()) << text.toStdString();
        EXPECT_DOUBLE_EQ(a->value, *c.value) << text.toStdString();
    }
}

TEST(ValueParser, TheCurrencyWrittenInTheCellIsKept)
{
    EXPECT_EQ(ValueParser::parseAmount(QStringLiteral("USD 1,200"), false)->currency, u"USD");
    EXPECT_EQ(ValueParser::parseAmount(QStringLiteral("1.200,50 EUR"), true)->currency, u"EUR");
    EXPECT_EQ(ValueParser::parseAmount(QStringLiteral("$5"), false)->currency, u"$");
    EXPECT_TRUE(ValueParser::parseAmount(QStringLiteral("5"), false)->currency.isEmpty());
}

TEST(ValueParser, DateLayoutsAndIsoTimestamps)
{
    for (const DateCase &c : kDates) {
        ValueParser p;
        ASSERT_TRUE(p.setDateFormat(QString::fromLatin1(c.format))) << c.format;
        const QString text = QString::fromUtf16(c.text);
        const auto t = p.timestamp(text);
        if (!c.iso) {
            EXPECT_FALSE(t.has_value()) << c.format << " " << text.toStdString();
            continue;
        }
        ASSERT_TRUE(t.has_value()) << c.format << " " << text.toStdString();
        EXPECT_EQ(*t, *iso::parseTimestamp(QString::fromUtf16(c.iso)))
            << c.format << " " << text.toStdString();
    }
}
