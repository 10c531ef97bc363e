// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly pack for the demo company (goal: under 2 s). A timing tool: each run writes a
// new PDF; the figure is the median of 5 runs, with and without loading and computing.
#include "demo/DemoCompany.h"
#include "metrics/MetricsEngine.h"
#include "report/ReviewPack.h"
#include "store/Database.h"
#include "store/SnapshotLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace guardrail;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.guardrail"));
    {
        Database db(path);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    std::vector<double> packOnly, endToEnd;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer total;
        total.start();
        Database db(path);
        const Snapshot snap = SnapshotLoader::load(db);
        const Settings settings = db.settings();
        const Metrics m = MetricsEngine::compute(snap, settings, DemoCompany::defaultAsOf());
        QElapsedTimer pack;
        pack.start();
        const QString pdf = dir.filePath(QStringLiteral("monthly-%1.pdf").arg(run));
        const QString error = ReviewPack(snap, settings, m).write(pdf, ReviewPack::Kind::Monthly);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        packOnly.push_back(static_cast<double>(pack.nsecsElapsed()) / 1e6);
        endToEnd.push_back(static_cast<double>(total.nsecsElapsed()) / 1e6);
        bytes = QFile(pdf).size();
    }
    std::sort(packOnly.begin(), packOnly.end());
    std::sort(endToEnd.begin(), endToEnd.end());
    std::printf("monthly pack, demo company (median of 5): %.0f ms to lay out and write, "
                "%.0f ms with opening, loading and computing (goal < 2000 ms); %lld KB\n",
                packOnly[2], endToEnd[2], static_cast<long long>(bytes / 1024));
    return 0;
}
