// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace guardrail {

/** One distinct stage label of a CRM export: how many rows carry it and what they came out as. */
struct StageLabel
{
    QString label; // as first written
    qint64 rows = 0, won = 0, lost = 0, open = 0, skipped = 0;
    qint64 unrecognised = 0; // rows read as open because no rule knew the label
};

/** One distinct value of a column as the file writes it, with its row count. */
struct SourceValue
{
    QString value;
    qint64 rows = 0;
};

/** What a leads import read that a CRO should know (the data-quality summary). */
struct ImportQuality
{
    qint64 outOfOrder = 0;         // rows whose stage dates go backwards
    qint64 closedUndated = 0;      // won or lost without a close date
    qint64 openByLabel = 0;        // rows read as open from their stage label
    qint64 unrecognisedLabels = 0; // ... of them, whose label no rule knew
    qint64 winsWithoutAmount = 0;
    qint64 skippedByOutcome = 0;     // rows the outcome map said to skip
    QMap<QString, qint64> converted; // amounts converted into the company currency, by currency
    QList<StageLabel> labels;        // every stage label read, the most frequent first
    // With ImportOptions::tallySourceValues: channel, segment and owner values as written (before
    // --map-values), the most frequent first.
    QMap<QString, QList<SourceValue>> sourceValues;

    /** One line: rows imported, dates out of order, labels read as open, and so on. */
    QString summary(qint64 rowsImported) const;
};

} // namespace guardrail
