// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CopyCommand.h"

#include "MetricsTable.h"
#include "VerbHelp.h"
#include "WhatIfText.h"
#include "demo/DemoCompany.h"
#include "domain/Settings.h"
#include "import/ImportJob.h"
#include "import/ImportPreset.h"
#include "metrics/Brief.h"
#include "metrics/FigureTables.h"
#include "metrics/LeadPlanner.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "report/ReviewPack.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/ImportLog.h"
#include "store/LeadDirectory.h"
#include "store/SnapshotLoader.h"
#include "store/StoreError.h"
#include "store/TableExport.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace guardrail {
namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct Parsed
{
    QString verb;
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this verb's options and an example.")};
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("The Guardrail file, or a team database: "
                                         "postgresql://USER@HOST:PORT/DBNAME."),
                          QStringLiteral("FILE")};
    QCommandLineOption asOf{QStringLiteral("as-of"), QStringLiteral("As-of date (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
};

int usage(const QString &message)
{
    err() << "guardrail: " << message
          << "\n(guardrail --help lists the verbs; guardrail VERB --help shows one)\n";
    err().flush();
    return Cli::Usage;
}

// Parses the verb's options. Returns the exit code to stop with: a usage error, or 0 once the
// verb's help (asked for with --help, whatever else is on the line) is printed.
std::optional<int> parseVerb(Parsed &p, const QStringList &arguments)
{
    const bool parsed = p.parser.parse(arguments);
    if (p.parser.isSet(p.help)) {
        out() << VerbHelp::find(p.verb)->text(p.parser);
        return Cli::Done;
    }
    if (!parsed)
        return usage(p.parser.errorText());
    return std::nullopt;
}

QDate asOfFrom(const Parsed &p, const Database &db, bool *ok)
{
    *ok = true;
    if (p.parser.isSet(p.asOf)) {
        const QDate d = QDate::fromString(p.parser.value(p.asOf), Qt::ISODate);
        *ok = d.isValid();
        return d;
    }
    const QDate fixed = db.fixedAsOf();
    return fixed.isValid() ? fixed : QDate::currentDate();
}

int demo(Parsed &p)
{
    QDate asOf = DemoCompany::defaultAsOf();
    if (p.parser.isSet(p.asOf)) {
        asOf = QDate::fromString(p.parser.value(p.asOf), Qt::ISODate);
        if (!asOf.isValid())
            return usage(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
    }
    Database db(p.parser.value(p.db));
    DemoCompany::write(db, asOf);
    err() << "wrote the demo company \"" << DemoCompany::kName << "\" to " << db.path()
          << " (as of " << asOf.toString(Qt::ISODate) << ")\n";
    return Cli::Done;
}

int undoImport(const QString &file, const QString &number)
{
    bool ok = false;
    const qint64 id = number.toLongLong(&ok);
    if (!ok || id < 1)
        return usage(
            QStringLiteral("--undo takes an import number (guardrail imports lists them)"));
    Database db(file);
    const ImportLog::Undo u = ImportLog(db).undo(id);
    if (!u.problem.isEmpty()) {
        err() << "guardrail import: " << u.problem << '\n';
        return Cli::Failure;
    }
    if (!u.done) {
        err() << "guardrail import: import " << id
              << " cannot be undone: later imports changed the same rows (undo them first):\n";
        for (const QString &b : u.blocking)
            err() << "  " << b << '\n';
        return Cli::Failure;
    }
    err() << "undid import " << id << ": " << u.removed << " rows removed, " << u.restored
          << " put back as they were\n";
    return Cli::Done;
}

int imports(Parsed &p, const QStringList &arguments)
{
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    if (!p.parser.isSet(p.db))
        return usage(QStringLiteral("imports needs --db FILE"));
    if (!Backend::isServerUrl(p.parser.value(p.db)) && !QFileInfo::exists(p.parser.value(p.db)))
        return usage(QStringLiteral("%1: no such file").arg(p.parser.value(p.db)));
    Database db(p.parser.value(p.db));
    for (const ImportLog::Entry &e : ImportLog(db).entries())
        out() << e.id << '\t' << e.importedAt << '\t' << e.kind << '\t' << e.source << '\t'
              << e.file << "\tinserted " << e.inserted << ", updated " << e.updated << ", skipped "
              << e.skipped << ", pruned " << e.pruned
              << (e.undoneAt.isEmpty() ? QString() : QStringLiteral("\tundone ") + e.undoneAt)
              << '\n';
    return Cli::Done;
}

int import(Parsed &p, const QStringList &arguments)
{
    QCommandLineOption kind(QStringLiteral("kind"),
                            QStringLiteral("leads|spend|revenue|gross_profit|awareness|targets|fx"),
                            QStringLiteral("KIND"));
    QCommandLineOption map(QStringLiteral("map"), QStringLiteral("target=source,..."),
                           QStringLiteral("PAIRS"));
    QCommandLineOption preset(QStringLiteral("preset"),
                              QStringLiteral("%1; --map refines it.")
                                  .arg(ImportPreset::names().join(QStringLiteral(", "))),
                              QStringLiteral("NAME"));
    QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                  QStringLiteral("DD/MM/YYYY, M/D/YYYY, YYYY.MM.DD, ..."),
                                  QStringLiteral("F"));
    QCommandLineOption outcomeMap(
        QStringLiteral("outcome-map"),
        QStringLiteral("What custom stage labels mean: \"Closed: abandoned=lost;Ganho=won\" "
                       "(won, lost, open or skip)."),
        QStringLiteral("PAIRS"));
    QCommandLineOption decimalComma(
        QStringLiteral("decimal-comma"),
        QStringLiteral("Amounts use a decimal comma (1.200,50; 1 200,50)."));
    QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QStringLiteral("The file's text encoding when it is not UTF-8: windows-1252 or latin-1."),
        QStringLiteral("NAME"));
    QCommandLineOption mapValues(
        QStringLiteral("map-values"),
        QStringLiteral("Rewrite a column's values before they are matched: "
                       "channel:\"Organic Search=Inbound;Paid Social=Inbound\" (channel, "
                       "segment, offer or owner; repeatable)."),
        QStringLiteral("COLUMN:PAIRS"));
    QCommandLineOption prune(
        QStringLiteral("prune"),
        QStringLiteral("A full export: remove the leads the same preset (or mapping) brought in "
                       "before that this file no longer has."));
    QCommandLineOption undo(QStringLiteral("undo"),
                            QStringLiteral("Undo import N of `guardrail imports` instead."),
                            QStringLiteral("N"));
    QCommandLineOption strict(QStringLiteral("strict"),
                              QStringLiteral("Refuse rows whose stage dates go backwards."));
    QCommandLineOption dryRun(QStringLiteral("dry-run"),
                              QStringLiteral("Validate without writing."));
    QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                            QStringLiteral("Import the good rows; reject the rest."));
    p.parser.addOptions({kind, map, preset, dateFormat, outcomeMap, mapValues, decimalComma,
                         encoding, strict, prune, undo, dryRun, skip});
    p.parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                   QStringLiteral("The file to import."));
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    if (p.parser.isSet(undo)) {
        if (!p.parser.isSet(p.db))
            return usage(QStringLiteral("import --undo needs --db FILE"));
        return undoImport(p.parser.value(p.db), p.parser.value(undo));
    }
    if (!p.parser.isSet(p.db) || p.parser.positionalArguments().size() != 2)
        return usage(QStringLiteral("import needs --db FILE, --kind KIND and one CSV file"));
    const auto k = importKindFromName(p.parser.value(kind));
    if (!k)
        return usage(QStringLiteral(
            "--kind must be leads, spend, revenue, gross_profit, awareness, targets or fx"));
    if (p.parser.isSet(preset) && !ImportPreset::find(p.parser.value(preset)))
        return usage(QStringLiteral("--preset must be one of %1")
                         .arg(ImportPreset::names().join(QStringLiteral(", "))));
    ImportOptions options;
    options.kind = *k;
    options.preset = p.parser.value(preset);
    options.mapping = p.parser.value(map);
    options.dateFormat = p.parser.value(dateFormat);
    options.outcomeMap = p.parser.value(outcomeMap);
    options.decimalComma = p.parser.isSet(decimalComma);
    options.encoding = p.parser.value(encoding);
    options.valueMaps = p.parser.values(mapValues);
    options.strict = p.parser.isSet(strict);
    options.prune = p.parser.isSet(prune);
    options.dryRun = p.parser.isSet(dryRun);
    options.skipBadRows = p.parser.isSet(skip);
    Database db(p.parser.value(p.db));
    const QString file = p.parser.positionalArguments().at(1);
    const ImportResult r = ImportJob(db, file, options).run();
    for (const QString &w : r.warnings)
        err() << "warning: " << w << '\n';
    for (const QString &e : r.errors)
        err() << e << '\n';
    if (r.errorCount > r.errors.size())
        err() << "... and " << (r.errorCount - r.errors.size()) << " more problems\n";
    if (r.ioFailure)
        return Cli::Failure;
    if (r.fileError || (r.errorCount > 0 && !options.skipBadRows)) {
        err() << (r.fileError ? "nothing was imported: the file as a whole cannot be read\n"
                              : "nothing was imported: fix the file, or import the good rows "
                                "with --skip-bad-rows\n");
        return Cli::BadInput;
    }
    if (r.skipped > 0)
        err() << r.skipped << " rows skipped"
              << (options.dryRun ? "" : ", written with their reasons to ")
              << (options.dryRun ? QString() : r.rejectedFile) << '\n';
    err() << (options.dryRun ? "dry run: would insert " : "inserted ") << r.inserted << ", "
          << (options.dryRun ? "update " : "updated ") << r.updated << '\n';
    if (options.kind == ImportKind::Leads)
        err() << r.quality.summary(r.inserted + r.updated) << '\n';
    return Cli::Done;
}

int config(Parsed &p, const QStringList &arguments)
{
    p.parser.addPositionalArgument(QStringLiteral("KEY[=VALUE]"),
                                   QStringLiteral("Settings to read or set."));
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    if (!p.parser.isSet(p.db))
        return usage(QStringLiteral("config needs --db FILE"));
    Database db(p.parser.value(p.db));
    Settings settings = db.settings();
    const QStringList items = p.parser.positionalArguments().mid(1);
    QStringList errors, shown;
    QMap<QString, QString> toSet;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed();
        if (eq < 0) {
            if (!settings.value(key))
                errors << QStringLiteral("unknown setting \"%1\"").arg(key);
            shown << key;
            continue;
        }
        const QString error = settings.set(key, item.mid(eq + 1));
        if (!error.isEmpty())
            errors << error;
        else
            toSet.insert(key,
                         settings.value(key).value_or(item.mid(eq + 1).trimmed())); // 18% -> 0.18
        shown << key;
    }
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            err() << "guardrail config: " << e << '\n';
        err() << "nothing was changed\n";
        return Cli::Usage;
    }
    // All or none: a key the store refuses (a time zone once leads are stored) leaves the
    // others as they were too.
    Transaction transaction(db);
    for (auto it = toSet.cbegin(); it != toSet.cend(); ++it)
        db.setSetting(it.key(), it.value());
    transaction.commit();
    const auto all = settings.toMap();
    if (shown.isEmpty())
        shown = all.keys();
    for (const QString &key : shown)
        out() << key << '=' << settings.value(key).value_or(QString()) << '\n';
    return Cli::Done;
}

// Integrity first (PRAGMA integrity_check), then the data rules; a file too damaged to open
// still gets integrity_check's findings.
int check(const QString &path)
{
    QStringList problems;
    try {
        const Database db(path);
        problems = db.check();
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Damaged)
            throw;
        problems << e.message() << FileCheck::damaged(path);
        out() << problems.join(QLatin1Char('\n')) << "\ndamaged: " << path << '\n';
        return Cli::Failure;
    }
    for (const QString &problem : problems)
        out() << problem << '\n';
    out() << (problems.isEmpty() ? "ok: " : "problems: ") << path << '\n';
    return problems.isEmpty() ? Cli::Done : Cli::Failure;
}

int metrics(Parsed &p, const QString &verb, const QStringList &arguments)
{
    QCommandLineOption target(QStringLiteral("target-arr"), QStringLiteral("Target ARR."),
                              QStringLiteral("X"));
    QCommandLineOption horizon(QStringLiteral("horizon-months"),
                               QStringLiteral("Horizon in months (12)."), QStringLiteral("N"),
                               QStringLiteral("12"));
    QCommandLineOption table(QStringLiteral("table"), QStringLiteral("Table to export."),
                             QStringLiteral("NAME"));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file."),
                               QStringLiteral("FILE"));
    QCommandLineOption pause(QStringLiteral("pause"), QStringLiteral("Channel to pause."),
                             QStringLiteral("CHANNEL"));
    QCommandLineOption shift(QStringLiteral("shift"),
                             QStringLiteral("Spend a month to move (company currency)."),
                             QStringLiteral("X"));
    QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Channel the spend leaves."),
                            QStringLiteral("CHANNEL"));
    QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Channel the spend goes to."),
                          QStringLiteral("CHANNEL"));
    if (verb == u"metrics" || verb == u"plan" || verb == u"whatif")
        p.parser.addOption(p.json);
    if (verb == u"whatif")
        p.parser.addOptions({pause, shift, from, to});
    if (verb == u"plan")
        p.parser.addOptions({target, horizon});
    if (verb == u"export")
        p.parser.addOptions({table, outFile});
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    if (!p.parser.isSet(p.db))
        return usage(QStringLiteral("%1 needs --db FILE").arg(verb));
    if (!Backend::isServerUrl(p.parser.value(p.db)) && !QFileInfo::exists(p.parser.value(p.db)))
        return usage(QStringLiteral("%1: no such file").arg(p.parser.value(p.db)));
    if (verb == u"check")
        return check(p.parser.value(p.db));
    Database db(p.parser.value(p.db));
    if (verb == u"export") {
        if (!p.parser.isSet(table) || !p.parser.isSet(outFile))
            return usage(QStringLiteral("export needs --table NAME and --out FILE.csv"));
        QString error;
        if (!TableExport::tables().contains(p.parser.value(table)) &&
            !FigureTables::names().contains(p.parser.value(table)))
            return usage(QStringLiteral("--table must be one of %1")
                             .arg((TableExport::tables() + FigureTables::names())
                                      .join(QStringLiteral(", "))));
        if (FigureTables::names().contains(p.parser.value(table))) {
            bool ok = true;
            const QDate asOf = asOfFrom(p, db, &ok);
            if (!ok)
                return usage(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
            const Snapshot snap = SnapshotLoader::load(db);
            const Metrics m = MetricsEngine::compute(snap, snap.settings, asOf);
            if (!TableExport::writeRows(FigureTables::rows(m, p.parser.value(table)),
                                        p.parser.value(outFile), &error)) {
                err() << "guardrail export: " << error << '\n';
                return Cli::Failure;
            }
            return Cli::Done;
        }
        if (!TableExport::write(db, p.parser.value(table), p.parser.value(outFile), &error)) {
            err() << "guardrail export: " << error << '\n';
            return Cli::Failure;
        }
        return Cli::Done;
    }
    bool ok = true;
    const QDate asOf = asOfFrom(p, db, &ok);
    if (!ok)
        return usage(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
    const Snapshot snap = SnapshotLoader::load(db);
    const Settings &settings = snap.settings;
    const Metrics m = MetricsEngine::compute(snap, settings, asOf);
    if (verb == u"brief") {
        out() << Brief::text(m, snap.decisions) << '\n';
        return Cli::Done;
    }
    if (verb == u"plan") {
        bool okT = false, okH = false;
        const double arr = p.parser.value(target).toDouble(&okT);
        const int months = p.parser.value(horizon).toInt(&okH);
        if (!okT || arr <= 0 || !okH || months < 1)
            return usage(QStringLiteral(
                "plan needs --target-arr X (above 0) and --horizon-months N (1 or more)"));
        const LeadPlanner::Plan plan = LeadPlanner::plan(m, arr, months);
        out() << MetricsTable::plan(plan, settings.currency, p.parser.isSet(p.json));
        return Cli::Done;
    }
    if (verb == u"whatif") {
        bool okX = false;
        const double x = p.parser.value(shift).toDouble(&okX);
        if (p.parser.isSet(pause) == p.parser.isSet(shift) ||
            (p.parser.isSet(shift) && (!okX || !p.parser.isSet(from) || !p.parser.isSet(to))))
            return usage(QStringLiteral("whatif needs --pause CHANNEL, or --shift X --from "
                                        "CHANNEL --to CHANNEL"));
        const WhatIf::Result r =
            p.parser.isSet(pause)
                ? WhatIf::pause(snap, settings, asOf, p.parser.value(pause))
                : WhatIf::shift(snap, settings, asOf, x, p.parser.value(from), p.parser.value(to));
        if (!r.refusal.isEmpty())
            return usage(QStringLiteral("whatif: ") + r.refusal);
        out() << (p.parser.isSet(p.json)
                      ? QString::fromUtf8(QJsonDocument(MetricsJson::toJson(r)).toJson())
                      : WhatIfText::text(r, settings.currency));
        return Cli::Done;
    }
    if (p.parser.isSet(p.json))
        out() << QJsonDocument(MetricsJson::toJson(m)).toJson(QJsonDocument::Indented);
    else
        out() << MetricsTable::text(m);
    return Cli::Done;
}

int report(Parsed &p, const QStringList &arguments)
{
    QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("weekly or monthly"),
                            QStringLiteral("KIND"));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                               QStringLiteral("FILE.pdf"));
    p.parser.addOptions({kind, outFile});
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    const QString k = p.parser.value(kind);
    if (!p.parser.isSet(p.db) || !p.parser.isSet(outFile) || (k != u"weekly" && k != u"monthly"))
        return usage(
            QStringLiteral("report needs --db FILE, --kind weekly|monthly and --out FILE.pdf"));
    Database db(p.parser.value(p.db));
    bool ok = false;
    const QDate asOf = asOfFrom(p, db, &ok);
    if (!ok)
        return usage(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
    const Snapshot snap = SnapshotLoader::load(db);
    const Settings &settings = snap.settings;
    const Metrics m = MetricsEngine::compute(snap, settings, asOf); // as `metrics` computes it
    QList<qint64> slipped; // the pack lists them by their CRM ids
    for (const int lead : m.forecast.slipped)
        slipped << snap.leads[size_t(lead)].id;
    const QString error =
        ReviewPack(snap, settings, m, LeadDirectory::ids(db, slipped))
            .write(p.parser.value(outFile),
                   k == u"weekly" ? ReviewPack::Kind::Weekly : ReviewPack::Kind::Monthly);
    if (!error.isEmpty()) {
        err() << "guardrail report: " << error << '\n';
        return Cli::Failure;
    }
    err() << "wrote the " << k << " pack to " << p.parser.value(outFile) << '\n';
    return Cli::Done;
}

} // namespace

bool Cli::isVerb(const QString &word)
{
    return VerbHelp::find(word) != nullptr;
}

int copyCompany(Parsed &p, const QStringList &arguments)
{
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Copy from."),
                                  QStringLiteral("FILE_OR_URL")),
        to(QStringLiteral("to"), QStringLiteral("Copy to."), QStringLiteral("FILE_OR_URL"));
    p.parser.addOptions({from, to});
    if (const auto stop = parseVerb(p, arguments))
        return *stop;
    if (!p.parser.isSet(from) || !p.parser.isSet(to))
        return usage(QStringLiteral("copy needs --from FILE_OR_URL and --to FILE_OR_URL"));
    return CopyCommand::run(p.parser.value(from), p.parser.value(to), err());
}

int Cli::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    Parsed p;
    p.verb = verb;
    p.parser.addOptions({p.help, p.db});
    if (verb != u"import" && verb != u"config" && verb != u"check" && verb != u"imports" &&
        verb != u"copy")
        p.parser.addOption(p.asOf);
    try {
        if (verb == u"import")
            return import(p, arguments);
        if (verb == u"config")
            return config(p, arguments);
        if (verb == u"imports")
            return imports(p, arguments);
        if (verb == u"report")
            return report(p, arguments);
        if (verb == u"copy")
            return copyCompany(p, arguments);
        if (verb == u"demo") {
            if (const auto stop = parseVerb(p, arguments))
                return *stop;
            if (!p.parser.isSet(p.db))
                return usage(QStringLiteral("demo needs --db FILE"));
            return demo(p);
        }
        return metrics(p, verb, arguments);
    } catch (const StoreError &e) {
        err() << "guardrail " << verb << ": " << e.message() << '\n';
        return Failure;
    }
}

} // namespace guardrail
