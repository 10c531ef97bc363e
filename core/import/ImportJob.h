// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportKind.h"
#include "ImportQuality.h"

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
    bool ioFailure = false; // the input could not be read or the rejected rows written: exit 1
    bool fileError = false; // the file as a whole is refused: never skipped, nothing written
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
