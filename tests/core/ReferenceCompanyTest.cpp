// SPDX-License-Identifier: GPL-3.0-or-later
// The reference company: imported through the CLI, its settings applied with `config`, and
// every figure of its expected.json (computed by an independent program) compared.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "ScratchDatabase.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QString kDir = QStringLiteral(GUARDRAIL_TEST_DATA_DIR "/reference-company");
// Where the fixture comes from; the copy above must stay identical to it.
const QString kSource = QStringLiteral(GUARDRAIL_SHARED_DIR "/fixtures/reference-company");

QStringList fileNames(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QByteArray run(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(GUARDRAIL_CLI), args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    EXPECT_EQ(p.exitCode(), 0) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                               << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

QString readText(const QString &name)
{
    QFile f(kDir + QLatin1Char('/') + name);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll()).trimmed();
}

int compared = 0;

void compare(const QString &path, const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isObject()) {
        ASSERT_TRUE(actual.isObject()) << path.toStdString();
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            EXPECT_TRUE(a.contains(it.key()))
                << QString(path + QLatin1Char('.') + it.key()).toStdString() << " is missing";
            compare(path + QLatin1Char('.') + it.key(), it.value(), a.value(it.key()));
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        ASSERT_EQ(e.size(), a.size()) << path.toStdString();
        for (qsizetype i = 0; i < e.size(); ++i) {
            // rows are matched by name, lost reasons by reason (the fixture's rule), anything
            // else by position
            const QString field = e[i].toObject().contains(QStringLiteral("reason"))
                                      ? QStringLiteral("reason")
                                      : QStringLiteral("name");
            const QString name = e[i].toObject().value(field).toString();
            QJsonValue match = a[i];
            if (!name.isEmpty())
                for (const QJsonValue &v : a)
                    if (v.toObject().value(field).toString() == name)
                        match = v;
            compare(path + QStringLiteral("[%1]").arg(name.isEmpty() ? QString::number(i) : name),
                    e[i], match);
        }
    } else if (expected.isDouble()) {
        ++compared;
        ASSERT_TRUE(actual.isDouble()) << path.toStdString() << " is not a number";
        const double e = expected.toDouble(), a = actual.toDouble();
        // The fixture's tolerance: 1e-6 relative, or absolute below 1.
        EXPECT_LE(std::abs(e - a), 1e-6 * std::max(1.0, std::abs(e)))
            << path.toStdString() << ": " << e << " vs " << a;
    } else {
        ++compared;
        EXPECT_EQ(expected, actual) << path.toStdString();
    }
}

// The reference company in a new database: its CSVs imported, settings.txt applied (and
// settings-next.txt, for the figures DESIGN added with the forecast).
QString referenceCompany(const QString &db, bool next)
{
    QStringList kinds = {QStringLiteral("leads"), QStringLiteral("spend"),
                         QStringLiteral("revenue")};
    if (next)
        kinds << QStringLiteral("targets");
    for (const QString &kind : kinds)
        run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), kind,
             kDir + QLatin1Char('/') + kind + QStringLiteral(".csv")});
    QStringList config = {QStringLiteral("config"), QStringLiteral("--db"), db};
    config << readText(QStringLiteral("settings.txt")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (next)
        config << readText(QStringLiteral("settings-next.txt"))
                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &c : config)
        c = c.trimmed();
    run(config);
    return db;
}

// `metrics --json` at the fixture's as-of date.
QJsonObject metricsAtAsOf(const QString &db)
{
    return QJsonDocument::fromJson(
               run({QStringLiteral("metrics"), QStringLiteral("--db"), db,
                    QStringLiteral("--as-of"), readText(QStringLiteral("asof.txt")),
                    QStringLiteral("--json")}))
        .object();
}

QJsonObject expectedFile(const QString &name)
{
    QFile f(kDir + QLatin1Char('/') + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST(ReferenceCompany, EveryExpectedFigureMatches)
{
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), false);
    const QJsonObject expected = expectedFile(QStringLiteral("expected.json"));
    const QJsonObject actual = metricsAtAsOf(db);
    ASSERT_FALSE(actual.isEmpty());
    compared = 0;
    compare(QString(), expected, actual);
    EXPECT_GE(compared, 130); // every leaf of expected.json, so a vanished section fails too
}

TEST(ReferenceCompany, TheNumberMatches)
{
    // expected-next.json's forecast: bookings, target, coverage and the bottom-up forecast for
    // the quarter and the month, slipped and undated deals.
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), true);
    const QJsonObject actual = metricsAtAsOf(db);
    const QJsonObject expected = expectedFile(QStringLiteral("expected-next.json"));
    compared = 0;
    compare(QStringLiteral("forecast"), expected.value(QStringLiteral("forecast")),
            actual.value(QStringLiteral("forecast")));
    EXPECT_EQ(compared, 31); // 13 figures for each period, and 5 counts and values
}

TEST(ReferenceCompany, WinLossMatches)
{
    // expected-next.json's win_loss: every group of every dimension, its figures and its top
    // lost reasons (matched by reason, same length), and the company-wide reasons.
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), true);
    const QJsonObject actual = metricsAtAsOf(db);
    const QJsonObject expected = expectedFile(QStringLiteral("expected-next.json"));
    compared = 0;
    compare(QStringLiteral("win_loss"), expected.value(QStringLiteral("win_loss")),
            actual.value(QStringLiteral("win_loss")));
    EXPECT_GE(compared, 200);
    compare(QStringLiteral("kpis.time_to_close_left_out"),
            expected[QStringLiteral("kpis")][QStringLiteral("time_to_close_left_out")],
            actual[QStringLiteral("kpis")][QStringLiteral("time_to_close_left_out")]);
}

TEST(ReferenceCompany, BreachReachesDataStartMatches)
{
    // expected-next.json's channels: breach_reaches_data_start for each, matched by name.
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), true);
    const QJsonObject actual = metricsAtAsOf(db);
    const QJsonObject expected = expectedFile(QStringLiteral("expected-next.json"));
    compared = 0;
    compare(QStringLiteral("channels"), expected.value(QStringLiteral("channels")),
            actual.value(QStringLiteral("channels")));
    // Each channel's name and its flag.
    EXPECT_EQ(compared, 2 * expected.value(QStringLiteral("channels")).toArray().size());
    EXPECT_GE(compared, 8);
}

TEST(ReferenceCompany, WhatIfScenariosMatch)
{
    // whatif.txt: one line of arguments per scenario (a pause, then a shift), each against its
    // expected-whatif-N.json (figures only: the scenario and assumption texts are not covered).
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), true);
    const QStringList lines =
        readText(QStringLiteral("whatif.txt")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    for (int i = 0; i < lines.size(); ++i) {
        QStringList args = {QStringLiteral("whatif"), QStringLiteral("--db"), db};
        args << lines[i].trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args << QStringLiteral("--as-of") << readText(QStringLiteral("asof.txt"))
             << QStringLiteral("--json");
        const QJsonObject actual = QJsonDocument::fromJson(run(args)).object();
        compared = 0;
        compare(QStringLiteral("whatif-%1").arg(i + 1),
                expectedFile(QStringLiteral("expected-whatif-%1.json").arg(i + 1)), actual);
        EXPECT_GE(compared, 40) << lines[i].toStdString();
    }
}

TEST(ReferenceCompany, PaceAgainstThePlanMatches)
{
    QTemporaryDir dir;
    ScratchDatabase scratch(dir.filePath(QStringLiteral("reference.guardrail")));
    if (!scratch.skipReason().empty())
        GTEST_SKIP() << scratch.skipReason();
    const QString db = referenceCompany(scratch.url(), true);
    const QJsonObject actual =
        QJsonDocument::fromJson(
            run({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                 readText(QStringLiteral("asof.txt")), QStringLiteral("--target-arr"),
                 readText(QStringLiteral("plan.txt")), QStringLiteral("--json")}))
            .object();
    compared = 0;
    compare(QString(), expectedFile(QStringLiteral("expected-plan.json")), actual);
    EXPECT_GE(compared, 20);
}

TEST(ReferenceCompany, TheRepositoryCopyIsTheFixtureAsPublished)
{
    if (!QFileInfo::exists(kSource))
        GTEST_SKIP() << "no fixture source at " << kSource.toStdString()
                     << ": nothing to compare tests/data/reference-company with";
    ASSERT_EQ(fileNames(kDir), fileNames(kSource)) << "copy the fixture into tests/data again";
    for (const QString &name : fileNames(kSource)) {
        QFile ours(kDir + QLatin1Char('/') + name), theirs(kSource + QLatin1Char('/') + name);
        ASSERT_TRUE(ours.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
        EXPECT_TRUE(ours.readAll() == theirs.readAll())
            << name.toStdString() << " differs from " << kSource.toStdString()
            << ": copy the fixture into tests/data again";
    }
}

// The same company on both backends gives the same figures to the last bit: every amount is
// stored as the same double, and the snapshot reads the rows in the same order (by id), so
// every sum runs in the same order. Only in the postgresql.* run, which has a server.
TEST(BothBackends, TheReferenceCompanyGivesTheSameFigures)
{
    QTemporaryDir dir;
    ScratchDatabase server;
    if (!ScratchDatabase::onServer() || !server.skipReason().empty())
        GTEST_SKIP() << (ScratchDatabase::onServer() ? server.skipReason()
                                                     : std::string("runs in the postgresql.* run"));
    const QString file =
        referenceCompany(dir.filePath(QStringLiteral("reference.guardrail")), true);
    const QString url = referenceCompany(server.url(), true);
    const QString asOf = readText(QStringLiteral("asof.txt"));
    QList<QStringList> verbs = {{QStringLiteral("metrics"), QStringLiteral("--json")},
                                {QStringLiteral("plan"), QStringLiteral("--target-arr"),
                                 readText(QStringLiteral("plan.txt")), QStringLiteral("--json")},
                                {QStringLiteral("brief")}};
    for (const QString &line :
         readText(QStringLiteral("whatif.txt")).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        verbs << (QStringList{QStringLiteral("whatif"), QStringLiteral("--json")}
                  << line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    for (const QStringList &verb : verbs) {
        const QStringList tail = verb.mid(1) << QStringLiteral("--as-of") << asOf;
        const QByteArray onFile = run(QStringList{verb[0], QStringLiteral("--db"), file} + tail);
        const QByteArray onServer = run(QStringList{verb[0], QStringLiteral("--db"), url} + tail);
        EXPECT_GT(onFile.size(), 200) << verb.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(onFile, onServer) << verb.join(QLatin1Char(' ')).toStdString();
    }
}
