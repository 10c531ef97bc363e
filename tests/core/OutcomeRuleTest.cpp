// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of a CRM row (DESIGN section 2): one row per label and flags.
#include "import/OutcomeRule.h"
#include "domain/TextKey.h"

#include <gtest/gtest.h>

using namespace guardrail;
using Outcome = OutcomeRule::Outcome;

namespace {

struct Case
{
    const char *label;
    std::optional<bool> isWon, isClosed;
    Outcome outcome;
    bool unrecognised = false;
};

const Case kCases[] = {
    // the label rule
    {"Closed Won", {}, {}, Outcome::Won},
    {"closedwon", {}, {}, Outcome::Won},
    {"Closed: won", {}, {}, Outcome::Won},
    {"Closed: lost", {}, {}, Outcome::Lost},
    {"closedlost", {}, {}, Outcome::Lost},
    {"Win", {}, {}, Outcome::Won},
    {"Open", {}, {}, Outcome::Open},
    {"Won / Lost", {}, {}, Outcome::Open, true},           // both: neither
    {"Not won", {}, {}, Outcome::Open, true},              // negated
    {"Closed - No Decision", {}, {}, Outcome::Open, true}, // negated
    {"Closed: abandoned", {}, {}, Outcome::Open, true},
    {"7. Deal Closed (Payment done)", {}, {}, Outcome::Open, true},
    {"Ganho", {}, {}, Outcome::Open, true},
    {"Lostwax Prospect", {}, {}, Outcome::Open, true}, // a token, not a substring
    {"", {}, {}, Outcome::None},
    // the CRM's documented open stages
    {"Appointment Scheduled", {}, {}, Outcome::Open},
    {"  qualifiedtobuy ", {}, {}, Outcome::Open},
    // the flags come before the label
    {"Closed: abandoned", {}, true, Outcome::Lost}, // HubSpot's Is Deal Closed?
    {"Closed: won", {}, true, Outcome::Won},
    {"Closed: won", {}, false, Outcome::Open},
    {"Anything", true, {}, Outcome::Won},
    {"Anything", false, true, Outcome::Lost},
    {"Anything", false, false, Outcome::Open},
    {"Closed Lost", false, {}, Outcome::Lost},
    {"Negotiation", false, {}, Outcome::Open},
    {"", true, {}, Outcome::Won},
    // the user's map comes first
    {"Ganho", {}, {}, Outcome::Won},
    {"PERDIDO", false, false, Outcome::Lost},
    {"Closed Won", {}, {}, Outcome::Skip},
};

} // namespace

TEST(OutcomeRule, MapThenFlagsThenLabelThenOpenStages)
{
    OutcomeRule rule;
    rule.setDefaultOpenStages(
        {QStringLiteral("Appointment Scheduled"), QStringLiteral("qualifiedtobuy")});
    OutcomeRule mapped = rule;
    ASSERT_TRUE(mapped.parseMap(QStringLiteral("Ganho=won; Perdido = lost;Closed Won=skip")));
    for (const Case &c : kCases) {
        const QString label = QString::fromUtf8(c.label);
        const bool useMap = (label == u"Ganho" && c.outcome == Outcome::Won) ||
                            label == u"PERDIDO" || c.outcome == Outcome::Skip;
        const auto d = (useMap ? mapped : rule).decide(label, c.isWon, c.isClosed);
        EXPECT_EQ(d.outcome, c.outcome) << c.label;
        EXPECT_EQ(d.unrecognised, c.unrecognised) << c.label;
    }
}

TEST(OutcomeRule, BadMapsAreRefusedWithTheirText)
{
    OutcomeRule rule;
    EXPECT_FALSE(rule.parseMap(QStringLiteral("Ganho=maybe")));
    EXPECT_TRUE(rule.error().contains(QStringLiteral("Ganho=maybe")));
    EXPECT_FALSE(rule.parseMap(QStringLiteral("=won")));
    // A label may hold '=' and ',': the outcome is after the last '='.
    EXPECT_TRUE(rule.parseMap(QStringLiteral("a=b, c=won")));
    EXPECT_EQ(rule.decide(QStringLiteral("A=B, C"), {}, {}).outcome, Outcome::Won);
}

TEST(TextKey, FullCaseFoldingAndNfc)
{
    EXPECT_EQ(textKey(QStringLiteral("Événements")), textKey(QStringLiteral("événements")));
    EXPECT_EQ(textKey(QStringLiteral("Straße")), textKey(QStringLiteral("STRASSE")));
    // "É" precomposed and as E + combining acute are one name.
    EXPECT_EQ(textKey(QString::fromUtf16(u"\u00C9v")), textKey(QString::fromUtf16(u"E\u0301V")));
    EXPECT_EQ(textKey(QStringLiteral("  Inbound ")), QStringLiteral("inbound"));
}
