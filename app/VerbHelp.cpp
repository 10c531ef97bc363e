// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerbHelp.h"

#include <QCommandLineParser>

#include <array>

namespace guardrail {
namespace {

const std::array<VerbHelp, 12> kVerbs = {{
    {QStringLiteral("demo"), QStringLiteral("demo --db FILE [--as-of DATE]"),
     QStringLiteral("write the demo company \"Advanced Solutions\" to FILE"),
     QStringLiteral("guardrail demo --db demo.guardrail")},
    {QStringLiteral("import"),
     QStringLiteral(
         "import --db FILE --kind leads|spend|revenue|gross_profit|awareness|targets|fx\n"
         "          [--preset NAME] [--map target=source,...] [--date-format F]\n"
         "          [--outcome-map \"LABEL=won|lost|open|skip;...\"] "
         "[--decimal-comma] [--strict]\n"
         "          [--encoding windows-1252|latin-1] "
         "[--map-values COLUMN:\"SOURCE=TARGET;...\"]\n"
         "          [--prune] [--dry-run] [--skip-bad-rows] FILE.csv|FILE.xlsx\n"
         "       guardrail import --db FILE --undo N"),
     QStringLiteral("import a CSV file, all or nothing (or the good rows with --skip-bad-rows)"),
     QStringLiteral("guardrail import --db acme.guardrail --kind leads --preset hubspot-deals "
                    "deals.csv")},
    {QStringLiteral("imports"), QStringLiteral("imports --db FILE"),
     QStringLiteral("the import history: each import's number, time, file and counts"),
     QStringLiteral("guardrail imports --db acme.guardrail")},
    {QStringLiteral("config"), QStringLiteral("config --db FILE [KEY[=VALUE] ...]"),
     QStringLiteral("read or set settings (fractions may be typed as percentages: 18%)"),
     QStringLiteral("guardrail config --db acme.guardrail guardrail_pct=18% currency=USD")},
    {QStringLiteral("metrics"), QStringLiteral("metrics --db FILE [--as-of DATE] [--json]"),
     QStringLiteral("every figure, as a table or as JSON (unrounded, null with a reason)"),
     QStringLiteral("guardrail metrics --db acme.guardrail --as-of 2026-11-18 --json")},
    {QStringLiteral("brief"), QStringLiteral("brief --db FILE [--as-of DATE]"),
     QStringLiteral("the 90-second brief"), QStringLiteral("guardrail brief --db acme.guardrail")},
    {QStringLiteral("plan"),
     QStringLiteral("plan --db FILE --target-arr X [--horizon-months N] [--as-of DATE] [--json]"),
     QStringLiteral("the leads, MQLs, SQLs and wins a week that a revenue target needs"),
     QStringLiteral("guardrail plan --db acme.guardrail --target-arr 6000000 "
                    "--horizon-months 12")},
    {QStringLiteral("whatif"),
     QStringLiteral("whatif --db FILE --pause CHANNEL [--as-of DATE] [--json]\n"
                    "       guardrail whatif --db FILE --shift X --from CHANNEL --to CHANNEL "
                    "[--as-of DATE] [--json]"),
     QStringLiteral("company CAC, acquisition % of gross profit, new customers and each channel's "
                    "status before and after pausing a channel or shifting X a month between two"),
     QStringLiteral("guardrail whatif --db acme.guardrail --shift 2000 --from Outbound --to "
                    "Referral")},
    {QStringLiteral("report"),
     QStringLiteral("report --db FILE --kind weekly|monthly --out FILE.pdf [--as-of DATE]"),
     QStringLiteral("write the weekly CRO review or the monthly pack as a PDF (no display needed)"),
     QStringLiteral("guardrail report --db acme.guardrail --kind monthly --out november.pdf")},
    {QStringLiteral("export"),
     QStringLiteral("export --db FILE --table NAME --out FILE.csv [--as-of DATE]"),
     QStringLiteral("write a data table in its import format, or a computed table, as CSV"),
     QStringLiteral("guardrail export --db acme.guardrail --table channels --out channels.csv")},
    {QStringLiteral("check"), QStringLiteral("check --db FILE"),
     QStringLiteral("check the file's integrity and consistency"),
     QStringLiteral("guardrail check --db acme.guardrail")},
    {QStringLiteral("copy"), QStringLiteral("copy --from FILE_OR_URL --to FILE_OR_URL"),
     QStringLiteral("copy a company, every table and row, into a new file or an empty "
                    "PostgreSQL database (or back)"),
     QStringLiteral("guardrail copy --from acme.guardrail --to "
                    "postgresql://cro@db.example.com:5432/acme")},
}};

} // namespace

const VerbHelp *VerbHelp::find(const QString &verb)
{
    for (const VerbHelp &v : kVerbs)
        if (v.verb == verb)
            return &v;
    return nullptr;
}

QStringList VerbHelp::verbs()
{
    QStringList names;
    for (const VerbHelp &v : kVerbs)
        names << v.verb;
    return names;
}

QString VerbHelp::overview()
{
    QString text = QStringLiteral("Verbs (guardrail VERB --help for each):");
    for (const VerbHelp &v : kVerbs)
        text += QStringLiteral("\n  %1%2").arg(v.verb, -10).arg(v.summary);
    return text;
}

QString VerbHelp::text(const QCommandLineParser &parser) const
{
    // Qt's help starts with its own usage line (the program's full path): ours replaces it.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed();
    return QStringLiteral("Usage: guardrail %1\n%2\n\n%3\n\nExample:\n  %4\n")
        .arg(synopsis, summary, options, example);
}

} // namespace guardrail
