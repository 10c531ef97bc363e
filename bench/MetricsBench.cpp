// SPDX-License-Identifier: GPL-3.0-or-later
// Load-from-SQLite plus full compute on a generated company: 1,000,000 leads over 24 months,
// 10 channels, 5 segments (issue: under 1 s together, peak memory under 500 MB).
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

// Writes the generated company once; every benchmark reads the same file.
void generate(int leads)
{
    Database db(g_path);
    Transaction t(db.connection());
    RowWriter w(db);
    quint64 state = 42;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    const MonthIndex first = 2024 * 12;
    for (int i = 0; i < leads; ++i) {
        LeadRecord r;
        r.leadId = QStringLiteral("B%1").arg(i);
        const MonthIndex m = first + static_cast<int>(next() * 24);
        const EpochSeconds created =
            EpochSeconds(iso::firstDayOfMonth(m) + static_cast<int>(next() * 28)) * kSecondsPerDay;
        r.createdAt = created;
        r.channel = QStringLiteral("Channel %1").arg(i % 10);
        r.segment = QStringLiteral("Segment %1").arg(i % 5);
        if (next() < 0.1) {
            r.mqlAt = created + 2 * kSecondsPerDay;
            r.firstResponseAt = *r.mqlAt + 20 * 3600;
            if (next() < 0.3) {
                r.sqlAt = *r.mqlAt + 5 * kSecondsPerDay;
                r.amount = 10000 * next() + 1000;
                if (next() < 0.4)
                    r.wonAt = *r.sqlAt + 30 * kSecondsPerDay;
                else
                    r.lostAt = *r.sqlAt + 30 * kSecondsPerDay;
            }
        }
        w.upsertLead(r);
        if (r.wonAt)
            for (MonthIndex k = iso::monthOfDay(iso::dayOf(*r.wonAt)); k < first + 24; ++k)
                w.upsertRevenue(r.leadId, k, *r.amount / 12);
    }
    for (MonthIndex m = first; m < first + 24; ++m) {
        for (int c = 0; c < 10; ++c)
            for (int k = 0; k < 3; ++k)
                w.upsertSpend(m, w.channelId(QStringLiteral("Channel %1").arg(c)),
                              static_cast<SpendCategory>(k), 0, 5000 + 100 * c);
        w.upsertSpend(m, 0, SpendCategory::OpsTooling, 0, 9000);
    }
    t.commit();
}

const QDate kAsOf(2025, 12, 20);

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
    generate(leads);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
