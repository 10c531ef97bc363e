// SPDX-License-Identifier: GPL-3.0-or-later
// Load-from-SQLite plus full compute on a generated company: 1,000,000 leads over 24 months,
// 10 channels, 5 segments (issue: under 1 s together, peak memory under 500 MB).
#include "GeneratedCompany.h"
#include "domain/Settings.h"
#include "metrics/MetricsEngine.h"
#include "store/Database.h"
#include "store/RowWriter.h"
#include "store/SnapshotLoader.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace guardrail;

namespace {

QTemporaryDir *g_dir = nullptr;
QString g_path;

const QDate kAsOf = GeneratedCompany::asOf();

void LoadSnapshot(benchmark::State &state)
{
    Database db(g_path);
    for (auto _ : state)
        benchmark::DoNotOptimize(SnapshotLoader::load(db));
}

void ComputeMetrics(benchmark::State &state)
{
    Database db(g_path);
    const Snapshot snap = SnapshotLoader::load(db);
    const Settings settings = db.settings();
    for (auto _ : state)
        benchmark::DoNotOptimize(MetricsEngine::compute(snap, settings, kAsOf));
}

void LoadAndCompute(benchmark::State &state)
{
    Database db(g_path);
    for (auto _ : state) {
        const Snapshot snap = SnapshotLoader::load(db);
        benchmark::DoNotOptimize(MetricsEngine::compute(snap, db.settings(), kAsOf));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

BENCHMARK(LoadSnapshot)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(ComputeMetrics)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(LoadAndCompute)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;
    g_path = dir.filePath(QStringLiteral("bench.guardrail"));
    const int leads = qEnvironmentVariableIntValue("GUARDRAIL_BENCH_LEADS") > 0
                          ? qEnvironmentVariableIntValue("GUARDRAIL_BENCH_LEADS")
                          : 1000000;
    GeneratedCompany::write(g_path, leads);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
