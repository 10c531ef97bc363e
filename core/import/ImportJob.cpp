// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportPreset.h"
#include "ImportRow.h"
#include "KeySet.h"
#include "LeadRowReader.h"
#include "OutcomeRule.h"
#include "RejectedRows.h"
#include "ValueMap.h"
#include "ValueParser.h"
#include "WritePipeline.h"
#include "store/BulkWriteMode.h"
#include "store/Database.h"
#include "store/ImportLog.h"
#include "store/RowWriter.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace guardrail {
namespace {

// Files above this size are written through the rollback journal (see BulkWriteMode).
constexpr qint64 kBulkBytes = 16 << 20;

// Guardrail's export writes ' before a cell that a spreadsheet would run as a formula; that '
// is not data, so an export imports back to the same rows. Returns the columns that hold a
// NUL character, which no value may contain.
QStringList unneutralise(QStringList &fields, const QStringList &header)
{
    QStringList nul;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString &f = fields[i];
        if (f.size() >= 2 && f.front() == u'\'' && QStringView(u"=+-@\t\r").contains(f[1]))
            f.remove(0, 1);
        if (f.contains(QChar(0)))
            nul << header.value(i, QStringLiteral("column %1").arg(i + 1));
    }
    return nul;
}

} // namespace

ImportJob::ImportJob(Database &db, const QString &path, const ImportOptions &options)
    : m_db(db), m_path(path), m_options(options)
{}

ImportResult ImportJob::run(const std::function<bool(qint64, qint64)> &progress)
{
    ImportResult result;
    const auto fatal = [&](const QString &problem) {
        // A file-level error refuses the whole file, with or without --skip-bad-rows: no count
        // of rows that were checked before it may read as rows written.
        result.errors << m_path + QStringLiteral(": ") + problem;
        result.errorCount = 1;
        result.fileError = true;
        result.inserted = result.updated = result.skipped = result.pruned = 0;
        result.rejectedFile.clear();
        return result;
    };
    ColumnMapping mapping;
    QString dateFormat = m_options.dateFormat;
    bool reportFooter = false;
    OutcomeRule outcomes;
    QStringList convertedAmounts;
    if (!m_options.preset.isEmpty()) {
        const auto preset = ImportPreset::find(m_options.preset);
        if (!preset)
            return fatal(
                QStringLiteral("--preset \"%1\" is not one of %2")
                    .arg(m_options.preset, ImportPreset::names().join(QStringLiteral(", "))));
        if (preset->kind != m_options.kind)
            return fatal(QStringLiteral("the preset %1 imports %2, not %3")
                             .arg(preset->name, importKindName(preset->kind),
                                  importKindName(m_options.kind)));
        preset->applyTo(mapping);
        if (dateFormat.isEmpty())
            dateFormat = preset->dateFormat;
        reportFooter = preset->reportFooter;
        outcomes.setDefaultOpenStages(preset->defaultOpenStages);
        outcomes.parseMap(preset->outcomeMap);
        for (const QString &name : preset->convertedAmounts)
            convertedAmounts << ColumnMapping::normalise(name);
    }
    if (!outcomes.parseMap(m_options.outcomeMap))
        return fatal(outcomes.error());
    ValueMap values;
    for (const QString &spec : m_options.valueMaps)
        if (!values.add(spec))
            return fatal(values.error());
    if (!mapping.parse(m_options.mapping))
        return fatal(mapping.error());
    ValueParser parser;
    const CompanyClock clock(m_db.settings().timezone);
    parser.setClock(clock);
    parser.setDecimalComma(m_options.decimalComma);
    if (!parser.setDateFormat(dateFormat))
        return fatal(
            QStringLiteral("--date-format \"%1\" is not one of %2")
                .arg(dateFormat, ValueParser::knownDateFormats().join(QStringLiteral(", "))));
    CsvReader reader(m_path);
    if (!m_options.encoding.isEmpty()) {
        const auto encoding = Utf8Transcoder::fromName(m_options.encoding);
        if (!encoding)
            return fatal(QStringLiteral("--encoding \"%1\" is not windows-1252, latin-1 or utf-8")
                             .arg(m_options.encoding));
        reader.setEncoding(*encoding);
    }
    if (!reader.open()) {
        result.ioFailure = !QFileInfo(m_path).isReadable();
        return fatal(reader.error());
    }
    QStringList header;
    if (!reader.next(header) || (header.size() == 1 && header[0].isEmpty()))
        return fatal(reader.error().isEmpty() ? QStringLiteral("the file is empty (no header row)")
                                              : reader.error());

    const QStringList targets = importTargets(m_options.kind);
    QStringList problems = mapping.resolve(header, targets);
    // Without an id column, a deal is keyed by its name and creation time together.
    const bool keyedByName = m_options.kind == ImportKind::Leads &&
                             mapping.column(QStringLiteral("lead_id")) < 0 &&
                             mapping.column(QStringLiteral("deal_name")) >= 0 &&
                             mapping.column(QStringLiteral("created_at")) >= 0;
    for (const QString &r : importRequired(m_options.kind))
        if (mapping.column(r) < 0 && !(keyedByName && r == u"lead_id"))
            problems << QStringLiteral("required column \"%1\" is missing (the header has %2)")
                            .arg(r, header.join(QStringLiteral(", ")));
    const bool closedAt = mapping.column(QStringLiteral("closed_at")) >= 0;
    const bool closeState = mapping.column(QStringLiteral("outcome")) >= 0 ||
                            mapping.column(QStringLiteral("is_closed")) >= 0 ||
                            mapping.column(QStringLiteral("is_won")) >= 0;
    if (m_options.kind == ImportKind::Leads && closedAt && !closeState)
        problems << QStringLiteral("closed_at comes with outcome, is_won or is_closed (one close "
                                   "date and the stage it closed in)");
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            result.errors << m_path + QStringLiteral(":1: ") + p;
        result.errorCount = problems.size();
        return result;
    }
    if (const int amount = mapping.column(QStringLiteral("amount"));
        amount >= 0 && !convertedAmounts.isEmpty() &&
        convertedAmounts.contains(ColumnMapping::normalise(header[amount])))
        mapping.unmap(QStringLiteral("currency")); // the CRM converted it already
    if (keyedByName)
        result.warnings << QStringLiteral("%1: no id column: each deal is keyed by its name and "
                                          "creation time (\"NAME @ CREATED\"), so a deal renamed "
                                          "in the CRM comes back as a new one")
                               .arg(m_path);
    const QStringList unused = mapping.unusedColumns(header);
    if (!unused.isEmpty())
        result.warnings << QStringLiteral("%1: ignored columns: %2")
                               .arg(m_path, unused.join(QStringLiteral(", ")));

    const ImportColumns c(mapping);
    RejectedRows rejected(m_path, header, reader.delimiter(), m_options.dryRun);
    std::optional<BulkWriteMode> bulk;
    // GUARDRAIL_BULK_IMPORT_BYTES lowers the threshold, so the crash test covers both modes.
    const qint64 bulkBytes = qEnvironmentVariableIsSet("GUARDRAIL_BULK_IMPORT_BYTES")
                                 ? qEnvironmentVariableIntValue("GUARDRAIL_BULK_IMPORT_BYTES")
                                 : kBulkBytes;
    if (!m_options.dryRun && reader.size() > bulkBytes)
        bulk.emplace(m_db);
    Transaction transaction(m_db.connection());
    RowWriter writer(m_db);
    // Recorded in the import history (inside the transaction: a failed import leaves no entry).
    const QString source = m_options.preset.isEmpty() ? QStringLiteral("map:") + m_options.mapping
                                                      : m_options.preset.trimmed().toLower();
    ImportLog log(m_db);
    const qint64 importId = m_options.dryRun ? 0
                                             : log.begin(QFileInfo(m_path).fileName(),
                                                         importKindName(m_options.kind), source);
    writer.setImport(importId);
    QSet<QString> fileLeads; // for --prune
    // Into an empty table, a lead can only meet another row of this file (a duplicate key,
    // refused below): the per-row lookup of the stored lead is skipped.
    const bool mergeWithStored = writer.hasLeads();
    const bool bulkLeads = bulk && m_options.kind == ImportKind::Leads && !mergeWithStored;
    // Leads into an empty table: the loop below reads nothing from the store, so the writes can
    // run on a second thread while it checks the next rows.
    bool deriveCreated = false;
    WritePipeline pipeline(m_options.kind == ImportKind::Leads && !mergeWithStored);
    const QString companyCurrency = m_db.settings().currency;
    LeadRowReader leadReader(c,
                             {outcomes, values, m_options.strict, companyCurrency,
                              m_options.kind == ImportKind::Leads ? writer.fxRates() : FxRates(),
                              m_options.tallySourceValues, clock},
                             [&writer, mergeWithStored](const QString &id) {
                                 return mergeWithStored ? writer.storedLead(id) : std::nullopt;
                             });
    LeadRowReader::Notes leadNotes;
    if (bulkLeads)
        writer.beginBulkLeads();
    KeySet seenKeys(std::min<qint64>(reader.size() / 48, 4'000'000)); // ~a key per 48 bytes
    QStringList fields;
    qint64 rows = 0, footerLine = 0, footerRows = 0;
    const auto firstCell = [&fields] {
        for (const QString &f : std::as_const(fields))
            if (!f.trimmed().isEmpty())
                return f.trimmed();
        return QString();
    };
    while (reader.next(fields)) {
        const QString leading = firstCell();
        if (leading.isEmpty())
            continue; // a blank line, or a report's empty separator row
        if (reportFooter && ImportPreset::isFooterText(leading)) {
            // A footer line names no creation date; a deal called "Total Care" has one.
            if (footerLine > 0 || c.created_at.index < 0 ||
                fields.value(c.created_at.index).trimmed().isEmpty()) {
                if (footerLine == 0)
                    footerLine = reader.line();
                ++footerRows;
                continue;
            }
        }
        if (footerLine > 0) {
            ++result.errorCount;
            if (result.errors.size() < kMaxListed)
                result.errors << QStringLiteral(
                                     "%1:%2: a data row after the report footer of line %3")
                                     .arg(m_path)
                                     .arg(reader.line())
                                     .arg(footerLine);
            continue;
        }
        ++rows;
        if (progress && rows % 4096 == 0 && !progress(reader.position(), reader.size())) {
            pipeline.cancel();
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        const QStringList nulColumns = unneutralise(fields, header);
        ImportRow row{fields, parser, {}};
        for (const QString &column : nulColumns)
            row.problem(column, QStringLiteral("holds a NUL character (U+0000): the file is "
                                               "damaged or not text there"));
        if (fields.size() != header.size())
            row.problem(QStringLiteral("row"),
                        QStringLiteral("%1 fields where the header has %2 (a comma in an unquoted "
                                       "cell, such as 1,200, splits it: quote the cell)")
                            .arg(fields.size())
                            .arg(header.size()));
        QString key;
        std::function<bool()> write;
        switch (m_options.kind) {
        case ImportKind::Leads: {
            LeadRecord r;
            const auto notes = leadReader.read(row, r);
            if (!notes) {
                ++result.quality.skippedByOutcome;
                leadReader.tallySkipped(row.cell(c.outcome));
                continue;
            }
            leadNotes = *notes;
            key = r.leadId;
            if (m_options.prune)
                fileLeads.insert(r.leadId);
            deriveCreated = deriveCreated || !r.createdAt;
            write = [&writer, r, mergeWithStored] {
                if (mergeWithStored)
                    return writer.upsertLead(r);
                writer.insertNewLead(r);
                return true;
            };
            break;
        }
        case ImportKind::Spend: {
            const auto month = row.month(c.month);
            const QString categoryText = row.required(c.category);
            const auto category = spendCategoryFromName(categoryText);
            if (!categoryText.isEmpty() && !category)
                row.problem(
                    QStringLiteral("category"),
                    QStringLiteral(
                        "\"%1\" is not marketing, sales_comp, business_development, ops_tooling or "
                        "onboarding")
                        .arg(categoryText));
            const auto amount = row.number(c.amount);
            if (!amount && row.cell(c.amount).isEmpty())
                row.problem(QStringLiteral("amount"), QStringLiteral("is empty"));
            const QString channel = values.apply(c.channel.name, row.cell(c.channel));
            const QString segment = values.apply(c.segment.name, row.cell(c.segment));
            const bool shared =
                channel.isEmpty() || channel.compare(u"shared", Qt::CaseInsensitive) == 0;
            key = row.cell(c.month) + QLatin1Char('|') + (shared ? QString() : channel.toLower()) +
                  QLatin1Char('|') + categoryText.toLower() + QLatin1Char('|') + segment.toLower();
            write = [&writer, month, channel, shared, category, segment, amount] {
                return writer.upsertSpend(*month, shared ? 0 : writer.channelId(channel), *category,
                                          segment.isEmpty() ? 0 : writer.segmentId(segment),
                                          *amount);
            };
            break;
        }
        case ImportKind::Revenue: {
            const QString customer = row.required(c.customer_id);
            const auto month = row.month(c.month);
            const auto mrr = row.number(c.mrr);
            if (!mrr && row.cell(c.mrr).isEmpty())
                row.problem(QStringLiteral("mrr"), QStringLiteral("is empty"));
            if (!customer.isEmpty() && !writer.leadExists(customer))
                row.problem(QStringLiteral("customer_id"),
                            QStringLiteral("\"%1\" is not a known lead (import the leads first)")
                                .arg(customer));
            key = customer + QLatin1Char('|') + row.cell(c.month);
            write = [&writer, customer, month, mrr] {
                return writer.upsertRevenue(customer, *month, *mrr);
            };
            break;
        }
        case ImportKind::GrossProfit: {
            const auto month = row.month(c.month);
            const auto gp = row.number(c.gross_profit, true);
            if (!gp && row.cell(c.gross_profit).isEmpty())
                row.problem(QStringLiteral("gross_profit"), QStringLiteral("is empty"));
            key = row.cell(c.month);
            write = [&writer, month, gp] { return writer.upsertGrossProfit(*month, *gp); };
            break;
        }
        case ImportKind::Targets: {
            const auto month = row.month(c.month);
            const auto bookings = row.number(c.bookings);
            if (!bookings && row.cell(c.bookings).isEmpty())
                row.problem(QStringLiteral("bookings"), QStringLiteral("is empty"));
            key = row.cell(c.month);
            write = [&writer, month, bookings] { return writer.upsertTarget(*month, *bookings); };
            break;
        }
        case ImportKind::Fx: {
            const auto month = row.month(c.month);
            const QString currency = row.required(c.currency).toUpper();
            if (!currency.isEmpty() && !ValueParser::isCurrencyCode(currency))
                row.problem(QStringLiteral("currency"),
                            QStringLiteral("\"%1\" is not an ISO 4217 code such as EUR")
                                .arg(row.cell(c.currency)));
            else if (currency == companyCurrency)
                row.problem(
                    QStringLiteral("currency"),
                    QStringLiteral("%1 is the company currency: its rate is 1").arg(currency));
            const auto rate = row.number(c.rate);
            if (rate && *rate <= 0)
                row.problem(QStringLiteral("rate"), QStringLiteral("must be above 0"));
            else if (!rate && row.cell(c.rate).isEmpty())
                row.problem(QStringLiteral("rate"), QStringLiteral("is empty"));
            key = row.cell(c.month) + QLatin1Char('|') + currency;
            write = [&writer, month, currency, rate] {
                return writer.upsertFxRate(*month, currency, *rate);
            };
            break;
        }
        case ImportKind::Awareness: {
            const auto month = row.month(c.month);
            const auto count = row.number(c.count);
            if (!count && row.cell(c.count).isEmpty())
                row.problem(QStringLiteral("count"), QStringLiteral("is empty"));
            const QString channel = values.apply(c.channel.name, row.cell(c.channel));
            key = row.cell(c.month) + QLatin1Char('|') + channel.toLower();
            write = [&writer, month, channel, count] {
                return writer.upsertAwareness(
                    *month, channel.isEmpty() ? 0 : writer.channelId(channel), *count);
            };
            break;
        }
        }
        if (!key.isEmpty()) {
            if (const qint64 first = seenKeys.insert(key, reader.line()); first != 0)
                row.problem(targets[0],
                            QStringLiteral("the key %1 is already on line %2 of this file")
                                .arg(key.section(QLatin1Char('|'), 0, 0))
                                .arg(first));
        }
        if (!row.problems.isEmpty()) {
            result.errorCount += row.problems.size();
            for (const QString &p : row.problems)
                if (result.errors.size() < kMaxListed)
                    result.errors
                        << QStringLiteral("%1:%2: %3").arg(m_path).arg(reader.line()).arg(p);
            if (m_options.skipBadRows)
                rejected.add(reader.line(), fields, row.problems.join(QStringLiteral("; ")));
            continue;
        }
        if (m_options.kind == ImportKind::Leads)
            leadReader.tally(leadNotes, reader.line());
        if (result.errorCount > 0 && !m_options.skipBadRows)
            continue; // nothing will land: keep validating, stop writing
        pipeline.push(std::move(write));
    }
    pipeline.finish();
    writer.flush(); // the leads a PostgreSQL COPY still holds, before anything reads them
    result.inserted = pipeline.inserted();
    result.updated = pipeline.updated();
    if (!reader.error().isEmpty())
        return fatal(reader.error());
    if (rows == 0 && result.errorCount == 0)
        return fatal(QStringLiteral("the file has a header but no rows"));
    if (reader.repeatedHeaders() > 0)
        result.warnings << QStringLiteral("%1: %2 rows that repeat the header skipped")
                               .arg(m_path)
                               .arg(reader.repeatedHeaders());
    if (footerRows > 0)
        result.warnings << QStringLiteral("%1: %2 report footer lines from line %3 ignored")
                               .arg(m_path)
                               .arg(footerRows)
                               .arg(footerLine);
    if (m_options.kind == ImportKind::Leads) {
        result.warnings << leadReader.warnings(m_path, rows - result.quality.skippedByOutcome);
        ImportQuality &q = result.quality;
        q.outOfOrder = leadReader.outOfOrderRows();
        q.closedUndated = leadReader.undatedCloses();
        q.openByLabel = leadReader.openByLabel(false);
        q.unrecognisedLabels = leadReader.openByLabel(true);
        q.winsWithoutAmount = leadReader.winsWithoutAmount();
        q.converted = leadReader.converted();
        q.labels = leadReader.labels();
        q.sourceValues = leadReader.sourceValues();
        if (q.skippedByOutcome > 0)
            result.warnings << QStringLiteral("%1: %2 rows left out: their stage label is "
                                              "counted as skip")
                                   .arg(m_path)
                                   .arg(q.skippedByOutcome);
    }
    if (result.errorCount > 0 && !m_options.skipBadRows) {
        result.inserted = result.updated = 0;
        return result; // rolled back by the transaction's destructor
    }
    if (m_options.kind == ImportKind::Leads && deriveCreated)
        writer.deriveCreatedAt(); // only rows without created_at can need it
    if (m_options.kind == ImportKind::Fx && (result.inserted > 0 || result.updated > 0)) {
        // A changed rate changes the amounts converted with it, in this same transaction.
        if (const qint64 again = writer.convertAgain(); again > 0)
            result.warnings << QStringLiteral("%1: %2 stored amounts converted again at these "
                                              "rates")
                                   .arg(m_path)
                                   .arg(again);
    }
    if (m_options.prune && m_options.kind == ImportKind::Leads) {
        // A full export is the complete set: what the same source brought in before and this
        // file no longer has goes (customers with revenue stay).
        qint64 kept = 0;
        result.pruned = writer.prune(importKindName(m_options.kind), source, fileLeads, &kept);
        result.warnings
            << QStringLiteral("%1: --prune: %2 leads an earlier import of %3 brought "
                              "in are not in this file: %4%5")
                   .arg(m_path)
                   .arg(result.pruned)
                   .arg(source,
                        m_options.dryRun ? QStringLiteral("they would be "
                                                          "removed")
                                         : QStringLiteral("removed"),
                        kept > 0 ? QStringLiteral(" (%1 customers with revenue kept)").arg(kept)
                                 : QString());
    }
    if (bulkLeads)
        writer.endBulkLeads();
    result.skipped = rejected.count();
    if (result.skipped > 0)
        result.rejectedFile = rejected.path();
    if (m_options.dryRun)
        return result;
    // The rejected rows are on disk before the good ones land: a count printed is a count kept.
    log.finish(importId, result.inserted, result.updated, result.skipped, result.pruned);
    if (!rejected.commit()) {
        result.ioFailure = true;
        return fatal(QStringLiteral("the rejected rows could not be written, so nothing was "
                                    "imported: %1")
                         .arg(rejected.error()));
    }
    result.importId = importId;
    try {
        transaction.commit();
    } catch (const StoreError &) {
        QFile::remove(result.rejectedFile); // it would list rows of an import that never was
        throw;
    }
    result.written = true;
    return result;
}

} // namespace guardrail
