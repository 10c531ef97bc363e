// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a generated 1,000,000-row leads CSV into a new database with full validation, then
// lands the same file with `sqlite3 NEW.db ".import --csv FILE raw"` (no validation: the
// floor). Goal: within 1.5 times the sqlite3 time, with peak memory under 300 MB. A timing
// tool rather than Google Benchmark: each import must start from a new file, once.
#include "LeadsCsv.h"
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace guardrail;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = qEnvironmentVariableIntValue("GUARDRAIL_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("GUARDRAIL_BENCH_ROWS")
                         : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    LeadsCsv::write(csv, rows);
    std::printf("%d rows, %.1f MB of CSV\n", rows, static_cast<double>(QFile(csv).size()) / 1e6);

    QElapsedTimer timer;
    timer.start();
    qint64 inserted = 0;
    {
        Database db(dir.filePath(QStringLiteral("guardrail.db")));
        const ImportResult r = ImportJob(db, csv, ImportOptions{}).run();
        if (r.errorCount > 0) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errors.join(QLatin1Char('\n'))));
            return 1;
        }
        inserted = r.inserted;
    }
    const double ours = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double rss = peakRssMb();

    timer.restart();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("floor.db")),
                                             QStringLiteral(".import --csv %1 raw").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double floor = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    std::printf("guardrail import: %.2f s (%lld leads, validated, one transaction)\n", ours,
                static_cast<long long>(inserted));
    std::printf("sqlite3 .import:  %.2f s (no validation)\n", floor);
    std::printf("ratio:            %.2f (goal <= 1.5)\n", ours / floor);
    std::printf("peak RSS:         %.0f MB (goal < 300)\n", rss);
    return 0;
}
