// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportJob.h"
#include "ImportRow.h"
#include "OutcomeRule.h"
#include "ValueMap.h"
#include "domain/CompanyClock.h"
#include "domain/FxRates.h"
#include "store/LeadRecord.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace guardrail {

/**
 * Reads one row of a leads file into a LeadRecord (DESIGN section 2): the stage dates, the
 * CRM's close date and outcome, the checks made on the lead as it will be stored (merged with
 * the stored one), and the tallies behind the import's warnings: stage dates out of order,
 * closes without a date, labels read as open.
 */
class LeadRowReader
{
public:
    using StoredLead = std::function<std::optional<LeadRecord>(const QString &leadId)>;

    struct Notes
    {
        bool outOfOrder = false;
        bool closedUndated = false;
        bool wonOrLost = false;
        bool wonWithoutAmount = false;
        QString label; // the row's stage label, when the file has one
        OutcomeRule::Outcome decided = OutcomeRule::Outcome::None;
        bool unrecognised = false;
        QString convertedFrom;           // the currency of an amount converted into the company's
        QString channel, segment, owner; // as written, when values are tallied
    };

    /** How the file's cells are read beyond their columns. */
    struct Rules
    {
        const OutcomeRule &outcomes;
        const ValueMap &values;
        bool strict = false; // stage dates out of order are data errors
        QString companyCurrency;
        FxRates rates; // what amounts in other currencies are converted with
        bool tallyValues = false;
        CompanyClock clock; // stage order and fx months by the company's dates
    };

    LeadRowReader(const ImportColumns &columns, Rules rules, StoredLead stored);

    /** nullopt when the outcome map says skip; problems land in row. */
    std::optional<Notes> read(ImportRow &row, LeadRecord &record) const;
    /** Counts a row that will be written. */
    void tally(const Notes &notes, qint64 line);
    /** Counts a row the outcome map set aside. */
    void tallySkipped(const QString &label);
    /** The warnings of the whole file, after its last row. */
    QStringList warnings(const QString &path, qint64 dataRows) const;

    qint64 outOfOrderRows() const { return m_outOfOrder; }
    qint64 undatedCloses() const { return m_undated; }
    qint64 winsWithoutAmount() const { return m_wonWithoutAmount; }
    /** Rows read as open from their label, and those of them whose label no rule knew. */
    qint64 openByLabel(bool unrecognisedOnly) const;
    /** Every label read, the most frequent first (ties by label). */
    QList<StageLabel> labels() const;
    /** With Rules::tallyValues: each column's values, merged as names match, most rows first. */
    QMap<QString, QList<SourceValue>> sourceValues() const;
    /** Amounts converted into the company currency, by the currency they came in. */
    const QMap<QString, qint64> &converted() const { return m_converted; }

private:
    void checkStageOrder(ImportRow &row, const LeadRecord &r, const LeadRecord &stored,
                         Notes &notes) const;
    void readAmount(ImportRow &row, LeadRecord &r, const LeadRecord &stored, Notes &notes) const;

    const ImportColumns &m_c;
    Rules m_rules;
    bool m_closeState;
    StoredLead m_stored;
    QMap<QString, qint64> m_converted;
    qint64 m_outOfOrder = 0, m_undated = 0, m_wonOrLost = 0, m_wonWithoutAmount = 0;
    QList<qint64> m_outOfOrderLines, m_undatedLines;
    QMap<QString, StageLabel> m_labels; // by textKey
    QHash<QString, qint64> m_values[3]; // channel, segment, owner: by spelling
};

} // namespace guardrail
