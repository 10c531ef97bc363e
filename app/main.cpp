// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "Cli.h"
#include "MainWindow.h"
#include "VerbHelp.h"
#include "Version.h"
#include "demo/DemoCompany.h"
#include "store/Backend.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

using namespace guardrail;

namespace {

// No --db: the last file opened, else the demo company in the user's data folder.
QString defaultFile()
{
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && (Backend::isServerUrl(last) || QFileInfo::exists(last)))
        return last; // a team database too: the window says so if it cannot be reached
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

// The theme's icon once installed, else the copy built into the binary.
QIcon applicationIcon()
{
    QIcon builtIn;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(
            QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(QLatin1String(kDesktopId)));
    return QIcon::fromTheme(QLatin1String(kDesktopId), builtIn);
}

// A first argument that is not a verb: a file to open, as a file manager passes it.
bool namesAFile(const char *argument)
{
    const QString path = QString::fromLocal8Bit(argument);
    return path.endsWith(QStringLiteral(".guardrail")) || Backend::isServerUrl(path) ||
           QFileInfo(path).isFile();
}

// The GUI's options. Parsed with a QCoreApplication when only help or the version is asked for,
// so neither needs a display.
struct GuiOptions
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The Guardrail file to open."),
                          QStringLiteral("FILE")};
    QCommandLineOption page{QStringLiteral("page"), QStringLiteral("The page to open on (1-8)."),
                            QStringLiteral("N")};
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                QStringLiteral("Open the file without ever writing to it.")};

    GuiOptions()
    {
        parser.setApplicationDescription(
            QStringLiteral("Guardrail: the revenue engine from data. Without a verb, opens the "
                           "window on FILE (else the last file, else the demo company).\n\n") +
            VerbHelp::overview());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, page, readOnly});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("The Guardrail file to open (as --db)."),
                                     QStringLiteral("[FILE]"));
    }
};

bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" ||
            a == "-?")
            return true;
    }
    return false;
}

// Without a display Qt aborts inside QApplication's constructor: say what to do instead.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runGui(int argc, char **argv)
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        GuiOptions().parser.process(app); // prints the help or the version and exits
        return 0;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr, "guardrail: no display to open the window on (DISPLAY is not set).\n"
                             "The verbs need none: guardrail --help lists them.\n");
        return 1;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QLatin1String(kDesktopId));
    QApplication::setWindowIcon(applicationIcon());
    useReadableLocale();
    Appearance::apply();
    GuiOptions options;
    options.parser.process(app);
    const QStringList files = options.parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && options.parser.isSet(options.db))) {
        std::fprintf(stderr, "guardrail: one file to open, given once (FILE or --db FILE)\n");
        return Cli::Usage;
    }
    MainWindow window;
    QString path;
    try {
        path = !files.isEmpty()                   ? files.constFirst()
               : options.parser.isSet(options.db) ? options.parser.value(options.db)
                                                  : defaultFile();
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, QStringLiteral("Guardrail"), e.message());
        return 1;
    }
    if (!window.openFile(path, options.parser.isSet(options.readOnly)))
        return 1;
    if (options.parser.isSet(options.page))
        window.showPage(options.parser.value(options.page).toInt() - 1);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guardrail"));
    QCoreApplication::setApplicationName(QStringLiteral("Guardrail"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
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
    if (argc > 1 && argv[1][0] != '-' && !namesAFile(argv[1])) {
        std::fprintf(stderr, "guardrail: unknown verb \"%s\" (guardrail --help lists them)\n",
                     argv[1]);
        return Cli::Usage;
    }
    return runGui(argc, argv);
}
