// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread stalls on a 1,000,000-lead company while a user clicks around: the
// file opens (loading and computing run on a worker), every page is visited, the as-of date
// changes three times, the window is resized. A 5 ms heartbeat timer measures the event loop:
// a stall is the time between two beats beyond the 5 ms. Goal: no stall over 100 ms.
#include "GeneratedCompany.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace guardrail;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GuardrailBench"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int leads = qEnvironmentVariableIntValue("GUARDRAIL_BENCH_LEADS") > 0
                          ? qEnvironmentVariableIntValue("GUARDRAIL_BENCH_LEADS")
                          : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.guardrail"));
    GeneratedCompany::write(path, leads);

    MainWindow window;
    window.resize(1280, 800);
    window.show();

    // The heartbeat: the longest gap between two 5 ms beats, and what was going on then.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QString step = QStringLiteral("start"), worstStep;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (now - last - 5 > worst) {
            worst = now - last - 5;
            worstStep = step;
        }
        last = now;
    });
    beat.start();

    // The user's clicks, one every 400 ms once the figures are in.
    QList<std::pair<QString, std::function<void()>>> script;
    script << std::pair{QStringLiteral("open the file"), [&] { window.openFile(path); }};
    for (int i = 0; i < window.pageCount(); ++i)
        script << std::pair{QStringLiteral("page %1").arg(i + 1), [&, i] { window.showPage(i); }};
    for (const QDate &d : {QDate(2025, 11, 30), QDate(2025, 6, 15), GeneratedCompany::asOf()})
        script << std::pair{QStringLiteral("as of %1").arg(d.toString(Qt::ISODate)),
                            [&, d] { window.workspace().setAsOf(d); }};
    script << std::pair{QStringLiteral("page 1 after recompute"), [&] { window.showPage(0); }};
    script << std::pair{QStringLiteral("resize"), [&] { window.resize(1500, 950); }};

    qint64 openedAt = 0, firstFigures = 0;
    QObject::connect(&window.workspace(), &Workspace::changed, [&] {
        if (firstFigures == 0)
            firstFigures = clock.elapsed() - openedAt;
    });
    int next = 0;
    QTimer driver;
    driver.setInterval(400);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (window.workspace().isBusy())
            return; // wait for the figures, as a user would
        if (next == script.size()) {
            app.quit();
            return;
        }
        step = script[next].first;
        if (next == 0)
            openedAt = clock.elapsed();
        last = clock.elapsed();
        script[next++].second();
    });
    driver.start();
    app.exec();
    std::printf("%d leads: first figures %lld ms after opening (on a worker thread); longest GUI "
                "stall %lld ms, during \"%s\" (goal < 100 ms)\n",
                leads, static_cast<long long>(firstFigures), static_cast<long long>(worst),
                qPrintable(worstStep));
    return 0;
}
