// SPDX-License-Identifier: GPL-3.0-or-later
// The same 1,000,000-lead import and the same metrics pass (load the snapshot, compute every
// figure) on an SQLite file and on a PostgreSQL database, in one run: what a team gives up, or
// gains, by moving to a server. The server is GUARDRAIL_TEST_POSTGRESQL (scripts/with-postgres.sh
// starts a throwaway one); a new database is made on it for the run and dropped after.
//   scripts/with-postgres.sh build/bench/guardrail_backend_bench
#include "LeadsCsv.h"
#include "import/ImportJob.h"
#include "metrics/MetricsEngine.h"
#include "store/Database.h"
#include "store/PostgresServer.h"
#include "store/SnapshotLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guardrail;

namespace {

double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// Runs one statement as the server's test role, on a connection of its own.
void admin(const QString &server, const QString &sql)
{
    const QString name = QStringLiteral("bench-admin");
    {
        PostgresServer::connect(name, server, false);
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (!q.exec(sql))
            qFatal("the server refused %s", qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// Keeps the compiler from dropping a result nobody reads.
template <typename T> void benchmark(const T &value)
{
    asm volatile("" : : "r"(&value) : "memory");
}

struct Timings
{
    double import = 0;
    std::vector<double> metrics;
};

Timings measure(const QString &target, const QString &csv, size_t rows, const QDate &asOf)
{
    Timings t;
    QElapsedTimer timer;
    timer.start();
    {
        Database db(target);
        const ImportResult r = ImportJob(db, csv, ImportOptions{}).run();
        if (r.errorCount > 0)
            qFatal("%s", qPrintable(r.errors.join(QLatin1Char('\n'))));
    }
    t.import = seconds(timer);
    const Database db(target);
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        const Snapshot snap = SnapshotLoader::load(db);
        benchmark(MetricsEngine::compute(snap, snap.settings, asOf));
        t.metrics.push_back(seconds(timer));
        if (snap.leads.size() != rows)
            qFatal("%zu leads loaded from %s, not %zu", snap.leads.size(), qPrintable(target),
                   rows);
    }
    std::sort(t.metrics.begin(), t.metrics.end());
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString server = qEnvironmentVariable("GUARDRAIL_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        std::fprintf(stderr, "guardrail_backend_bench needs a server: run it through "
                             "scripts/with-postgres.sh\n");
        return 2;
    }
    const int rows = qEnvironmentVariableIntValue("GUARDRAIL_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("GUARDRAIL_BENCH_ROWS")
                         : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    LeadsCsv::write(csv, rows);
    const QString name = QStringLiteral("guardrail_bench_%1").arg(app.applicationPid());
    admin(server, QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    const QDate asOf(2026, 1, 1);

    const Timings file =
        measure(dir.filePath(QStringLiteral("bench.guardrail")), csv, size_t(rows), asOf);
    const Timings team = measure(url.toString(), csv, size_t(rows), asOf);
    admin(server, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));

    std::printf("%d leads\n", rows);
    std::printf("%-34s %10s %12s\n", "", "SQLite", "PostgreSQL");
    std::printf("%-34s %9.2fs %11.2fs\n", "import (validated, one transaction)", file.import,
                team.import);
    std::printf("%-34s %9.2fs %11.2fs\n", "metrics (load + compute), best of 3",
                file.metrics.front(), team.metrics.front());
    std::printf("%-34s %9.2fs %11.2fs\n", "metrics, worst of 3", file.metrics.back(),
                team.metrics.back());
    return 0;
}
