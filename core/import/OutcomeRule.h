// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace guardrail {

/**
 * Decides a CRM row's outcome from its stage label and flags (DESIGN section 2), in order: the
 * user's --outcome-map, the CRM's own is_won / is_closed flags, the label rule (tokens `won`,
 * `lost`, `open`, ...), the preset's documented default open stages; any other non-empty label
 * is open and counted as unrecognised.
 */
class OutcomeRule
{
public:
    enum class Outcome { None, Open, Won, Lost, Skip }; // None: the row decides nothing

    struct Decision
    {
        Outcome outcome = Outcome::None;
        bool unrecognised = false; // a non-empty label that no rule read: open by default
    };

    /**
     * Adds `LABEL=won|lost|open|skip;...` (a later pair for the same label wins, so the user's
     * map refines a preset's). False with error() on bad syntax.
     */
    bool parseMap(const QString &text);
    const QString &error() const { return m_error; }
    /** The stages a CRM opens deals in by default (labels and ids), read as open. */
    void setDefaultOpenStages(const QStringList &labels);

    Decision decide(const QString &label, std::optional<bool> isWon,
                    std::optional<bool> isClosed) const;

    /** What the label alone says: Won, Lost, Open, or None when it says none of them. */
    static Outcome labelSays(const QString &label);
    static QString name(Outcome outcome);

private:
    QHash<QString, Outcome> m_map; // keyed by textKey(label)
    QStringList m_openStages;      // textKey()s
    QString m_error;
};

} // namespace guardrail
