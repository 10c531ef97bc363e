// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRule.h"

#include "domain/TextKey.h"

namespace guardrail {
namespace {

// Letters and digits after case folding: "Closed: won" -> {closed, won}, "closedwon" -> itself.
QStringList tokens(const QString &label)
{
    QStringList out;
    QString current;
    for (const QChar ch : textKey(label)) {
        if (ch.isLetterOrNumber()) {
            current += ch;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

std::optional<OutcomeRule::Outcome> outcomeFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == u"won")
        return OutcomeRule::Outcome::Won;
    if (w == u"lost")
        return OutcomeRule::Outcome::Lost;
    if (w == u"open")
        return OutcomeRule::Outcome::Open;
    if (w == u"skip")
        return OutcomeRule::Outcome::Skip;
    return std::nullopt;
}

} // namespace

bool OutcomeRule::parseMap(const QString &text)
{
    m_error.clear();
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty())
            continue;
        // The label may itself hold '=': the outcome is after the last one.
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const QString label = eq < 0 ? QString() : pair.left(eq).trimmed();
        const auto outcome = eq < 0 ? std::nullopt : outcomeFromWord(pair.mid(eq + 1));
        if (label.isEmpty() || !outcome) {
            m_error = QStringLiteral("--outcome-map: \"%1\" is not LABEL=won|lost|open|skip "
                                     "(pairs are separated by ;)")
                          .arg(pair.trimmed());
            return false;
        }
        m_map.insert(textKey(label), *outcome);
    }
    return true;
}

void OutcomeRule::setDefaultOpenStages(const QStringList &labels)
{
    m_openStages.clear();
    for (const QString &l : labels)
        m_openStages << textKey(l);
}

OutcomeRule::Outcome OutcomeRule::labelSays(const QString &label)
{
    bool won = false, lost = false, open = false, negated = false;
    for (const QString &t : tokens(label)) {
        won = won || t == u"won" || t == u"win" || t == u"closedwon";
        lost = lost || t == u"lost" || t == u"closedlost";
        open = open || t == u"open";
        negated = negated || t == u"not" || t == u"no";
    }
    // "Won / Lost", "Not won", "Closed - No Decision": the label says neither.
    if (won != lost && !negated)
        return won ? Outcome::Won : Outcome::Lost;
    if (open && !won && !lost)
        return Outcome::Open;
    return Outcome::None;
}

OutcomeRule::Decision OutcomeRule::decide(const QString &label, std::optional<bool> isWon,
                                          std::optional<bool> isClosed) const
{
    const QString key = textKey(label);
    if (const auto it = m_map.constFind(key); it != m_map.constEnd())
        return {*it, false};
    const Outcome says = labelSays(label);
    if (isWon) {
        if (*isWon)
            return {Outcome::Won, false};
        return {isClosed.value_or(false) || says == Outcome::Lost ? Outcome::Lost : Outcome::Open,
                false};
    }
    if (isClosed) {
        if (!*isClosed)
            return {Outcome::Open, false};
        return {says == Outcome::Won ? Outcome::Won : Outcome::Lost, false};
    }
    if (says != Outcome::None)
        return {says, false};
    if (m_openStages.contains(key))
        return {Outcome::Open, false};
    if (key.isEmpty())
        return {Outcome::None, false};
    return {Outcome::Open, true};
}

QString OutcomeRule::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return QString();
    case Outcome::Open:
        return QStringLiteral("open");
    case Outcome::Won:
        return QStringLiteral("won");
    case Outcome::Lost:
        return QStringLiteral("lost");
    case Outcome::Skip:
        return QStringLiteral("skip");
    }
    return QString();
}

} // namespace guardrail
