// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportPreset.h"
#include "KeySet.h"
#include "ValueParser.h"
#include "WritePipeline.h"
#include "store/BulkWriteMode.h"
#include "store/Database.h"
#include "store/RowWriter.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace guardrail {
namespace {

// Files above this size are written through the rollback journal (see BulkWriteMode).
constexpr qint64 kBulkBytes = 16 << 20;

enum class Outcome { Open, Won, Lost };

Outcome outcomeOf(const QString &text)
{
    QString t = text.toLower();
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char('_'));
    t.remove(QLatin1Char('-'));
    if (t == u"won" || t == u"closedwon" || t == u"win")
        return Outcome::Won;
    if (t == u"lost" || t == u"closedlost" || t == u"loss")
        return Outcome::Lost;
    return Outcome::Open;
}

QString csvQuote(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A target column and where the file has it (-1: not mapped), looked up once per file.
struct Column
{
    Column(const ColumnMapping &mapping, const char *target)
        : name(QString::fromLatin1(target)), index(mapping.column(name))
    {}
    QString name;
    int index;
};

// Every target of every kind, so the per-row code never hashes a column name.
struct Columns
{
    explicit Columns(const ColumnMapping &m)
        : lead_id(m, "lead_id"), created_at(m, "created_at"), channel(m, "channel"),
          segment(m, "segment"), offer(m, "offer"), mql_at(m, "mql_at"), sql_at(m, "sql_at"),
          won_at(m, "won_at"), lost_at(m, "lost_at"), amount(m, "amount"),
          first_response_at(m, "first_response_at"), lead_score(m, "lead_score"),
          icp_match(m, "icp_match"), closed_at(m, "closed_at"), outcome(m, "outcome"),
          is_closed(m, "is_closed"), is_won(m, "is_won"), month(m, "month"),
          category(m, "category"), customer_id(m, "customer_id"), mrr(m, "mrr"),
          gross_profit(m, "gross_profit"), count(m, "count")
    {}
    Column lead_id, created_at, channel, segment, offer, mql_at, sql_at, won_at, lost_at, amount,
        first_response_at, lead_score, icp_match, closed_at, outcome, is_closed, is_won, month,
        category, customer_id, mrr, gross_profit, count;
};

// One data row being checked: reads cells by target name and collects problems.
struct Row
{
    const QStringList &fields;
    const ValueParser &parser;
    QStringList problems; // "column: problem"

    QString cell(const Column &c) const
    {
        return c.index >= 0 && c.index < fields.size() ? fields[c.index].trimmed() : QString();
    }
    void problem(const QString &column, const QString &text)
    {
        problems << column + QStringLiteral(": ") + text;
    }

    std::optional<EpochSeconds> time(const Column &target)
    {
        const QString text = cell(target);
        if (text.isEmpty())
            return std::nullopt;
        const auto t = parser.timestamp(text);
        if (!t)
            problem(target.name, QStringLiteral("\"%1\" is not a date or timestamp (%2)")
                                     .arg(text, parser.dateFormat().isEmpty()
                                                    ? QStringLiteral("YYYY-MM-DD[THH:MM[:SS][Z]]")
                                                    : parser.dateFormat()));
        return t;
    }
    std::optional<double> number(const Column &target, bool allowNegative = false)
    {
        const QString text = cell(target);
        if (text.isEmpty())
            return std::nullopt;
        const auto v = ValueParser::amount(text);
        if (!v)
            problem(target.name, QStringLiteral("\"%1\" is not a number").arg(text));
        else if (!allowNegative && *v < 0)
            problem(target.name, QStringLiteral("%1 is negative").arg(text));
        return v;
    }
    std::optional<MonthIndex> month(const Column &target)
    {
        const QString text = cell(target);
        const auto m = parser.month(text);
        if (!m)
            problem(target.name, text.isEmpty()
                                     ? QStringLiteral("is empty")
                                     : QStringLiteral("\"%1\" is not a month (YYYY-MM)").arg(text));
        return m;
    }
    QString required(const Column &target)
    {
        const QString text = cell(target);
        if (text.isEmpty())
            problem(target.name, QStringLiteral("is empty"));
        return text;
    }
};

} // namespace

ImportJob::ImportJob(Database &db, const QString &path, const ImportOptions &options)
    : m_db(db), m_path(path), m_options(options)
{}

ImportResult ImportJob::run(const std::function<bool(qint64, qint64)> &progress)
{
    ImportResult result;
    const auto fatal = [&](const QString &problem) {
        result.errors << m_path + QStringLiteral(": ") + problem;
        result.errorCount = 1;
        return result;
    };
    ColumnMapping mapping;
    QString dateFormat = m_options.dateFormat;
    bool reportFooter = false;
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
    }
    if (!mapping.parse(m_options.mapping))
        return fatal(mapping.error());
    ValueParser parser;
    if (!parser.setDateFormat(dateFormat))
        return fatal(
            QStringLiteral("--date-format \"%1\" is not one of %2")
                .arg(dateFormat, ValueParser::knownDateFormats().join(QStringLiteral(", "))));
    CsvReader reader(m_path);
    if (!reader.open()) {
        result.unreadable = !QFileInfo(m_path).isReadable();
        return fatal(reader.error());
    }
    QStringList header;
    if (!reader.next(header) || (header.size() == 1 && header[0].isEmpty()))
        return fatal(reader.error().isEmpty() ? QStringLiteral("the file is empty (no header row)")
                                              : reader.error());

    const QStringList targets = importTargets(m_options.kind);
    QStringList problems = mapping.resolve(header, targets);
    for (const QString &r : importRequired(m_options.kind))
        if (mapping.column(r) < 0)
            problems << QStringLiteral("required column \"%1\" is missing (the header has %2)")
                            .arg(r, header.join(QStringLiteral(", ")));
    const bool closedAt = mapping.column(QStringLiteral("closed_at")) >= 0;
    const bool closeState = mapping.column(QStringLiteral("outcome")) >= 0 ||
                            mapping.column(QStringLiteral("is_closed")) >= 0;
    if (m_options.kind == ImportKind::Leads && closedAt != closeState)
        problems << QStringLiteral("closed_at comes with outcome or is_closed (one close date and "
                                   "the stage it closed in)");
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            result.errors << m_path + QStringLiteral(":1: ") + p;
        result.errorCount = problems.size();
        return result;
    }
    const QStringList unused = mapping.unusedColumns(header);
    if (!unused.isEmpty())
        result.warnings << QStringLiteral("%1: ignored columns: %2")
                               .arg(m_path, unused.join(QStringLiteral(", ")));

    const Columns c(mapping);
    QFile rejected;
    QTextStream rejectedOut;
    std::optional<BulkWriteMode> bulk;
    // GUARDRAIL_BULK_IMPORT_BYTES lowers the threshold, so the crash test covers both modes.
    const qint64 bulkBytes = qEnvironmentVariableIsSet("GUARDRAIL_BULK_IMPORT_BYTES")
                                 ? qEnvironmentVariableIntValue("GUARDRAIL_BULK_IMPORT_BYTES")
                                 : kBulkBytes;
    if (!m_options.dryRun && reader.size() > bulkBytes)
        bulk.emplace(m_db);
    Transaction transaction(m_db.connection());
    RowWriter writer(m_db);
    // Into an empty table, a lead can only meet another row of this file (a duplicate key,
    // refused below): the per-row lookup of the stored lead is skipped.
    const bool mergeWithStored = writer.hasLeads();
    const bool bulkLeads = bulk && m_options.kind == ImportKind::Leads && !mergeWithStored;
    // Leads into an empty table: the loop below reads nothing from the store, so the writes can
    // run on a second thread while it checks the next rows.
    bool deriveCreated = false;
    WritePipeline pipeline(m_options.kind == ImportKind::Leads && !mergeWithStored);
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
        Row row{fields, parser, {}};
        QString key;
        std::function<bool()> write;
        switch (m_options.kind) {
        case ImportKind::Leads: {
            LeadRecord r;
            r.leadId = key = row.required(c.lead_id);
            r.createdAt = row.time(c.created_at);
            deriveCreated = deriveCreated || !r.createdAt;
            r.mqlAt = row.time(c.mql_at);
            r.sqlAt = row.time(c.sql_at);
            r.wonAt = row.time(c.won_at);
            r.lostAt = row.time(c.lost_at);
            r.firstResponseAt = row.time(c.first_response_at);
            r.amount = row.number(c.amount);
            r.leadScore = row.number(c.lead_score, true);
            for (auto [column, field] :
                 {std::pair{&c.channel, &r.channel}, std::pair{&c.segment, &r.segment},
                  std::pair{&c.offer, &r.offer}})
                if (QString text = row.cell(*column); !text.isEmpty())
                    *field = std::move(text);
            if (const QString icp = row.cell(c.icp_match); !icp.isEmpty()) {
                r.icpMatch = ValueParser::flag(icp);
                if (!r.icpMatch)
                    row.problem(QStringLiteral("icp_match"),
                                QStringLiteral("\"%1\" is not true/false/yes/no/1/0").arg(icp));
            }
            if (closeState) {
                Outcome o = outcomeOf(row.cell(c.outcome));
                // Salesforce's Closed and Won flags, where present, say it without a stage name.
                const auto closedFlag = ValueParser::flag(row.cell(c.is_closed));
                const auto wonFlag = ValueParser::flag(row.cell(c.is_won));
                for (const auto &[column, value] :
                     {std::pair{&c.is_closed, closedFlag}, std::pair{&c.is_won, wonFlag}})
                    if (!value && !row.cell(*column).isEmpty())
                        row.problem(column->name,
                                    QStringLiteral("\"%1\" is not true/false/yes/no/1/0")
                                        .arg(row.cell(*column)));
                if (closedFlag)
                    o = !*closedFlag
                            ? Outcome::Open
                            : (wonFlag.value_or(o == Outcome::Won) ? Outcome::Won : Outcome::Lost);
                const auto closed = row.time(c.closed_at);
                if (o != Outcome::Open && !closed)
                    row.problem(QStringLiteral("closed_at"),
                                QStringLiteral("is empty for a closed deal"));
                if (o == Outcome::Won && !r.wonAt)
                    r.wonAt = closed;
                if (o == Outcome::Lost && !r.lostAt)
                    r.lostAt = closed;
            }
            if (!key.isEmpty() && row.problems.isEmpty()) {
                // Check the lead as it will be stored: this file's values over the stored ones.
                const auto stored =
                    mergeWithStored ? writer.storedLead(key).value_or(LeadRecord{}) : LeadRecord{};
                const auto pick = [](const std::optional<EpochSeconds> &a,
                                     const std::optional<EpochSeconds> &b) { return a ? a : b; };
                const auto created = pick(r.createdAt, stored.createdAt),
                           mql = pick(r.mqlAt, stored.mqlAt), sql = pick(r.sqlAt, stored.sqlAt),
                           won = pick(r.wonAt, stored.wonAt), lost = pick(r.lostAt, stored.lostAt);
                if (won && lost)
                    row.problem(r.wonAt ? QStringLiteral("won_at") : QStringLiteral("lost_at"),
                                QStringLiteral("the lead would be both won and lost"));
                // Stage order is checked on UTC dates, as every figure reads them.
                const std::pair<QString, std::optional<EpochSeconds>> stages[] = {
                    {QStringLiteral("created_at"), created},
                    {QStringLiteral("mql_at"), mql},
                    {QStringLiteral("sql_at"), sql},
                    {QStringLiteral("won_at"), won},
                    {QStringLiteral("lost_at"), lost}};
                int previous = -1;
                for (int i = 0; i < 5; ++i) {
                    if (!stages[i].second)
                        continue;
                    if (previous >= 0 &&
                        iso::dayOf(*stages[i].second) < iso::dayOf(*stages[previous].second))
                        row.problem(
                            stages[i].first,
                            QStringLiteral("%1 is before %2 %3 (stage dates never go backwards)")
                                .arg(iso::formatDate(iso::dayOf(*stages[i].second)),
                                     stages[previous].first,
                                     iso::formatDate(iso::dayOf(*stages[previous].second))));
                    if (i < 3)
                        previous = i;
                }
            }
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
            const QString channel = row.cell(c.channel);
            const QString segment = row.cell(c.segment);
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
        case ImportKind::Awareness: {
            const auto month = row.month(c.month);
            const auto count = row.number(c.count);
            if (!count && row.cell(c.count).isEmpty())
                row.problem(QStringLiteral("count"), QStringLiteral("is empty"));
            const QString channel = row.cell(c.channel);
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
            if (m_options.skipBadRows) {
                ++result.skipped;
                if (!rejected.isOpen()) {
                    const QFileInfo in(m_path);
                    result.rejectedFile = in.path() + QLatin1Char('/') + in.completeBaseName() +
                                          QStringLiteral(".rejected.csv");
                    rejected.setFileName(result.rejectedFile);
                    if (!m_options.dryRun &&
                        rejected.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                        rejectedOut.setDevice(&rejected);
                        QStringList h;
                        for (const QString &f : header)
                            h << csvQuote(f);
                        rejectedOut << QStringLiteral("line,") << h.join(QLatin1Char(','))
                                    << QStringLiteral(",reason\n");
                    }
                }
                if (rejectedOut.device()) {
                    QStringList out;
                    for (const QString &f : fields)
                        out << csvQuote(f);
                    rejectedOut << reader.line() << QLatin1Char(',') << out.join(QLatin1Char(','))
                                << QLatin1Char(',')
                                << csvQuote(row.problems.join(QStringLiteral("; ")))
                                << QLatin1Char('\n');
                }
            }
            continue;
        }
        if (result.errorCount > 0 && !m_options.skipBadRows)
            continue; // nothing will land: keep validating, stop writing
        pipeline.push(std::move(write));
    }
    pipeline.finish();
    result.inserted = pipeline.inserted();
    result.updated = pipeline.updated();
    if (!reader.error().isEmpty())
        return fatal(reader.error());
    if (rows == 0 && result.errorCount == 0)
        return fatal(QStringLiteral("the file has a header but no rows"));
    if (footerRows > 0)
        result.warnings << QStringLiteral("%1: %2 report footer lines from line %3 ignored")
                               .arg(m_path)
                               .arg(footerRows)
                               .arg(footerLine);
    if (result.errorCount > 0 && !m_options.skipBadRows) {
        result.inserted = result.updated = 0;
        return result; // rolled back by the transaction's destructor
    }
    if (m_options.kind == ImportKind::Leads && deriveCreated)
        writer.deriveCreatedAt(); // only rows without created_at can need it
    if (bulkLeads)
        writer.endBulkLeads();
    if (m_options.dryRun)
        return result;
    transaction.commit();
    result.written = true;
    return result;
}

} // namespace guardrail
