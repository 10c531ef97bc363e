// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "Cli.h"
#include "MainWindow.h"
#include "demo/DemoCompany.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace guardrail;

namespace {

// No --db: the last file opened, else the demo company in the user's data folder.
QString defaultFile()
{
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString demo = dir + QStringLiteral("/demo.guardrail");
    if (!QFileInfo::exists(demo)) {
        Database db(demo);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    return demo;
}

// Under the bare C locale (no LANG), money would read "18,154$": use US English instead.
void useReadableLocale()
{
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    useReadableLocale();
    Appearance::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Guardrail: the revenue engine from data.\n\nVerbs: demo, import, config, "
                       "metrics, brief, plan, report, "
                       "export, check (guardrail VERB --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The Guardrail file to open."),
                                QStringLiteral("FILE"));
    parser.addOption(db);
    const QCommandLineOption page(
        QStringLiteral("page"), QStringLiteral("The page to open on (1-7)."), QStringLiteral("N"));
    parser.addOption(page);
    parser.process(app);
    MainWindow window;
    QString path;
    try {
        path = parser.isSet(db) ? parser.value(db) : defaultFile();
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, QStringLiteral("Guardrail"), e.message());
        return 1;
    }
    if (!window.openFile(path))
        return 1;
    if (parser.isSet(page))
        window.showPage(parser.value(page).toInt() - 1);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guardrail"));
    QCoreApplication::setApplicationName(QStringLiteral("Guardrail"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUARDRAIL_VERSION));
    if (argc > 1 && Cli::isVerb(QString::fromLocal8Bit(argv[1]))) {
        if (qstrcmp(argv[1], "report") == 0) {
            // The packs draw charts and text through Qt Gui: no window, so no display needed.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            useReadableLocale();
            return Cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        return Cli::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
