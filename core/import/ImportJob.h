// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportKind.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace guardrail {

class Database;

struct ImportOptions
{
    ImportKind kind = ImportKind::Leads;
    QString preset;        // a named mapping (ImportPreset); mapping pairs refine it
    QString mapping;       // target=source pairs
    QString dateFormat;    // empty: ISO 8601, or the preset's
    QString outcomeMap;    // LABEL=won|lost|open|skip;...
    QString encoding;      // empty: UTF-8 (a UTF-16 BOM is read); windows-1252 or latin-1
    QStringList valueMaps; // COLUMN:SOURCE=TARGET;... (ValueMap), one per column
    bool decimalComma = false;
    bool strict = false;            // stage dates out of order refuse the file
    bool tallySourceValues = false; // count each channel, segment and owner value (the wizard)
    bool prune = false; // a full export: leads the same source brought in before and this file
                        // lacks are removed
    bool dryRun = false;
    bool skipBadRows = false;
};

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

struct ImportResult
{
    qint64 inserted = 0, updated = 0, skipped = 0, pruned = 0;
    qint64 importId = 0;   // in the import history, once written
    QStringList errors;    // "file:line: column: problem", at most kMaxListed
    qint64 errorCount = 0; // all of them
    QStringList warnings;
    ImportQuality quality;
    bool written = false;
    QString rejectedFile;
    bool cancelled = false;
    bool unreadable = false; // the file could not be opened: a failure, not bad data
};

/**
 * Imports one CSV file of one kind (DESIGN section 2) in one transaction: everything lands or
 * nothing does. Every row is validated before it is written; stage order and won/lost are
 * checked on the lead as it will be stored, merged with what the store already has.
 */
class ImportJob
{
public:
    static constexpr int kMaxListed = 50;

    ImportJob(Database &db, const QString &path, const ImportOptions &options);

    /** progress(bytesRead, bytesTotal) returns false to cancel (which rolls back). */
    ImportResult run(const std::function<bool(qint64, qint64)> &progress = {});

private:
    Database &m_db;
    QString m_path;
    ImportOptions m_options;
};

} // namespace guardrail
