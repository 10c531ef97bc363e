// SPDX-License-Identifier: GPL-3.0-or-later
// The command line without a display: help, the version and every verb's own help, as a user on
// a server (no DISPLAY, no QT_QPA_PLATFORM) runs them.
#include "Version.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

CliRun runHeadless(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GUARDRAIL_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QStringList kVerbs = {QStringLiteral("demo"),   QStringLiteral("import"),
                            QStringLiteral("config"), QStringLiteral("metrics"),
                            QStringLiteral("brief"),  QStringLiteral("plan"),
                            QStringLiteral("report"), QStringLiteral("export"),
                            QStringLiteral("check"),  QStringLiteral("imports")};

} // namespace

TEST(CliHelp, TopLevelHelpListsEveryVerbWithoutADisplay)
{
    const CliRun r = runHeadless({QStringLiteral("--help")});
    ASSERT_EQ(r.status, QProcess::NormalExit) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QString &verb : kVerbs)
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  ") + verb + QLatin1Char(' ')))
            << verb.toStdString() << " missing from\n"
            << r.out.toStdString();
}

TEST(CliHelp, VersionWithoutADisplay)
{
    const CliRun r = runHeadless({QStringLiteral("--version")});
    ASSERT_EQ(r.status, QProcess::NormalExit);
    EXPECT_EQ(r.exitCode, 0);
    // The project's version, from CMake: the About box and the metainfo read the same one.
    EXPECT_EQ(r.out.toStdString(), std::string("Guardrail ") + guardrail::kVersion + "\n");
}

TEST(CliHelp, EveryVerbPrintsItsOwnOptionsAndAnExample)
{
    for (const QString &verb : kVerbs) {
        // No --db: help comes before any check of the other options.
        const CliRun r = runHeadless({verb, QStringLiteral("--help")});
        ASSERT_EQ(r.status, QProcess::NormalExit) << verb.toStdString();
        EXPECT_EQ(r.exitCode, 0) << verb.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: guardrail ") + verb + u' '))
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--db <FILE>"))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Example:\n  guardrail ") + verb + u' '))
            << r.out.toStdString();
    }
    // Options belong to their verb: the planner's target is not offered by brief.
    EXPECT_TRUE(runHeadless({QStringLiteral("plan"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--target-arr")));
    EXPECT_FALSE(runHeadless({QStringLiteral("brief"), QStringLiteral("--help")})
                     .out.contains(QStringLiteral("--target-arr")));
}

TEST(CliHelp, MistakesAreUsageErrorsNotCrashes)
{
    const CliRun unknownVerb = runHeadless({QStringLiteral("forecasts")});
    EXPECT_EQ(unknownVerb.exitCode, 2);
    EXPECT_TRUE(unknownVerb.err.contains(QStringLiteral("unknown verb \"forecasts\"")))
        << unknownVerb.err.toStdString();
    const CliRun unknownOption = runHeadless({QStringLiteral("brief"), QStringLiteral("--bogus")});
    EXPECT_EQ(unknownOption.exitCode, 2);
    EXPECT_TRUE(unknownOption.err.contains(QStringLiteral("bogus")));
    const CliRun noDb = runHeadless(
        {QStringLiteral("plan"), QStringLiteral("--target-arr"), QStringLiteral("100")});
    EXPECT_EQ(noDb.exitCode, 2);
    // The window needs a display; without one the user is told, and nothing aborts.
    const CliRun window = runHeadless({});
    ASSERT_EQ(window.status, QProcess::NormalExit);
    EXPECT_EQ(window.exitCode, 1);
    EXPECT_TRUE(window.err.contains(QStringLiteral("no display"))) << window.err.toStdString();
    // A file, as a file manager passes it, is not taken for a verb: it waits for a display.
    const CliRun file = runHeadless({QStringLiteral("acme.guardrail")});
    EXPECT_EQ(file.exitCode, 1);
    EXPECT_TRUE(file.err.contains(QStringLiteral("no display"))) << file.err.toStdString();
}

TEST(CliHelp, TheWindowOpensOneFileGivenOnce)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("a.guardrail"), QStringLiteral("b.guardrail")},
          QStringList{QStringLiteral("a.guardrail"), QStringLiteral("--db"),
                      QStringLiteral("b.guardrail")}}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUARDRAIL_CLI), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(p.readAllStandardError().contains("one file to open"));
    }
}
