// SPDX-License-Identifier: GPL-3.0-or-later
// A company on SQLite and on PostgreSQL: `guardrail copy` both ways, table by table and row by
// row; a target that already holds a company; a role that may only read. These need a server,
// so they run in the postgresql.* run only (scripts/with-postgres.sh gives it one).
#include "ScratchDatabase.h"
#include "demo/DemoCompany.h"
#include "import/ImportJob.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "store/Backend.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/DecisionLog.h"
#include "store/SnapshotLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

// The first row two dumps differ in, both ways, or "" when they are the same.
std::string firstDifference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i)
        if (actual.value(i) != expected.value(i))
            return QStringLiteral("row %1: %2 instead of %3")
                .arg(i)
                .arg(actual.value(i), expected.value(i))
                .toStdString();
    return {};
}

class Backends : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!ScratchDatabase::onServer())
            GTEST_SKIP() << "runs in the postgresql.* run";
        if (!server.skipReason().empty())
            GTEST_SKIP() << server.skipReason();
    }

    int cli(const QStringList &args, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(GUARDRAIL_CLI), args);
        p.waitForFinished(120000);
        const QString e = QString::fromUtf8(p.readAllStandardError());
        if (errors)
            *errors = e;
        return p.exitCode();
    }

    QJsonObject metricsJson(const Database &db)
    {
        const QDate asOf = DemoCompany::defaultAsOf();
        return MetricsJson::toJson(
            MetricsEngine::compute(SnapshotLoader::load(db), db.settings(), asOf));
    }

    QTemporaryDir dir;
    ScratchDatabase server;
};

} // namespace

TEST_F(Backends, CopyRoundTripsTheDemoThroughPostgresqlExactly)
{
    const QString original = dir.filePath(QStringLiteral("demo.guardrail"));
    const QString back = dir.filePath(QStringLiteral("back.guardrail"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), original}), 0);
    QString errors;
    ASSERT_EQ(cli({QStringLiteral("copy"), QStringLiteral("--from"), original,
                   QStringLiteral("--to"), server.url()},
                  &errors),
              0)
        << errors.toStdString();
    EXPECT_TRUE(errors.startsWith(QStringLiteral("copied 25 tables, "))) << errors.toStdString();
    ASSERT_EQ(cli({QStringLiteral("copy"), QStringLiteral("--from"), server.url(),
                   QStringLiteral("--to"), back},
                  &errors),
              0)
        << errors.toStdString();

    const Database a(original), pg(server.url()), b(back);
    const QStringList tables = DatabaseCopy::tables(a);
    EXPECT_EQ(DatabaseCopy::tables(pg), tables);
    EXPECT_EQ(DatabaseCopy::tables(b), tables);
    EXPECT_GE(tables.size(), 25);
    qint64 rows = 0;
    for (const QString &table : tables) {
        const QStringList expected = DatabaseCopy::dump(a, table);
        rows += expected.size();
        EXPECT_EQ(firstDifference(DatabaseCopy::dump(pg, table), expected), "")
            << table.toStdString() << " on PostgreSQL";
        EXPECT_EQ(firstDifference(DatabaseCopy::dump(b, table), expected), "")
            << table.toStdString() << " copied back";
    }
    // 75,870 leads, 6,347 revenue rows, 264 spend rows among them: nothing was left out.
    EXPECT_GE(rows, 82000);
    EXPECT_EQ(metricsJson(pg), metricsJson(a));
    EXPECT_EQ(metricsJson(b), metricsJson(a));
    EXPECT_TRUE(pg.check().isEmpty()) << pg.check().join(QLatin1Char('\n')).toStdString();
}

TEST_F(Backends, ANewRowAfterACopyTakesTheNextId)
{
    const QString original = dir.filePath(QStringLiteral("demo.guardrail"));
    {
        Database a(original);
        DemoCompany::write(a, DemoCompany::defaultAsOf());
        Database pg(server.url());
        DatabaseCopy::copy(a, pg);
    }
    Database pg(server.url());
    const qint64 highest = pg.scalar(QStringLiteral("SELECT max(id) FROM decisions")).toLongLong();
    const qint64 id = pg.insert(QStringLiteral("INSERT INTO decisions (decided_on, type) VALUES "
                                               "('2026-12-01', 'other')"),
                                {});
    EXPECT_EQ(id, highest + 1);
}

TEST_F(Backends, ACopyIntoADatabaseThatHoldsACompanyIsRefusedAndChangesNothing)
{
    Database pg(server.url());
    DemoCompany::write(pg, DemoCompany::defaultAsOf());
    const QStringList before = DatabaseCopy::dump(pg, QStringLiteral("leads"));
    Database other(QStringLiteral(":memory:"));
    DemoCompany::write(other, DemoCompany::defaultAsOf().addDays(-40));
    try {
        DatabaseCopy::copy(other, pg);
        FAIL() << "copied over a company";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("already holds a company")))
            << e.message().toStdString();
    }
    EXPECT_EQ(DatabaseCopy::dump(pg, QStringLiteral("leads")), before);
    // A file that exists is never written over either.
    const QString existing = dir.filePath(QStringLiteral("existing.guardrail"));
    {
        Database file(existing);
    }
    QString errors;
    EXPECT_EQ(cli({QStringLiteral("copy"), QStringLiteral("--from"), server.url(),
                   QStringLiteral("--to"), existing},
                  &errors),
              1);
    EXPECT_TRUE(errors.contains(QStringLiteral("exists"))) << errors.toStdString();
}

TEST_F(Backends, ARoleThatMayOnlyReadOpensReadOnlyAndWritesNothing)
{
    // Roles belong to the whole server, which two test processes may share: one name each.
    const QString reader =
        QStringLiteral("guardrail_reader_%1").arg(QCoreApplication::applicationPid());
    {
        Database pg(server.url());
        DemoCompany::write(pg, DemoCompany::defaultAsOf());
        // The README's read-only role, as a team's owner creates it.
        pg.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader));
        pg.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                    .arg(reader, qEnvironmentVariable("PGPASSWORD")));
        pg.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader));
        pg.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO "
                               "%1")
                    .arg(reader));
        pg.exec(QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO "
                               "%1")
                    .arg(reader));
    }
    QUrl url(server.url());
    url.setUserName(reader);
    {
        Database readOnly(url.toString());
        EXPECT_TRUE(readOnly.isReadOnly());
        EXPECT_EQ(readOnly.companyName(), QStringLiteral("Advanced Solutions"));
        EXPECT_GT(readOnly.dataVersion(), 0);
        try {
            readOnly.setSetting(QStringLiteral("guardrail_pct"), QStringLiteral("0.2"));
            FAIL() << "a reader wrote a setting";
        } catch (const StoreError &e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::ReadOnly) << e.message().toStdString();
        }
    }
    Database owner(server.url());
    EXPECT_EQ(owner.settings().guardrailPct, 0.18);
    for (const char *revoke : {"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1",
                               "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1",
                               "REVOKE ALL ON SCHEMA public FROM %1"})
        owner.exec(QString::fromLatin1(revoke).arg(reader));
    owner.exec(QStringLiteral("DROP ROLE %1").arg(reader));
}

// A large import into an empty leads table drops the foreign keys (checked row by row on a
// server) and adds them back, checking every row once: after it, and after one that failed,
// they are all there. GUARDRAIL_BULK_IMPORT_BYTES lowers the size that counts as large.
TEST_F(Backends, ABulkImportPutsTheForeignKeysBackAndAFailedOneLeavesThemAndNoRow)
{
    qputenv("GUARDRAIL_BULK_IMPORT_BYTES", "1");
    const auto write = [&](const QString &name, const QByteArray &rows) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("lead_id,created_at,channel,segment,mql_at\n" + rows);
        return path;
    };
    Database db(server.url());
    const auto foreignKeys = [&] {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                   "'leads'::regclass AND contype = 'f'"))
            .toInt();
    };
    ASSERT_EQ(foreignKeys(), 2); // channel and segment
    // The second row's date is not a date: the whole import is refused.
    const ImportResult failed =
        ImportJob(db,
                  write(QStringLiteral("bad.csv"), "L1,2026-01-05,Inbound,SMB,\n"
                                                   "L2,05/13/2026x,Inbound,SMB,\n"),
                  ImportOptions{})
            .run();
    EXPECT_FALSE(failed.written);
    EXPECT_EQ(foreignKeys(), 2);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    const ImportResult good =
        ImportJob(db,
                  write(QStringLiteral("good.csv"), "L1,2026-01-05,Inbound,SMB,2026-01-07\n"
                                                    "L2,2026-01-06,Events,Enterprise,\n"
                                                    "L3,2026-01-07,Inbound,,\n"),
                  ImportOptions{})
            .run();
    qunsetenv("GUARDRAIL_BULK_IMPORT_BYTES");
    EXPECT_TRUE(good.written);
    EXPECT_EQ(good.inserted, 3);
    EXPECT_EQ(foreignKeys(), 2);
    // And they hold: a lead cannot name a channel that does not exist.
    EXPECT_THROW(db.exec(QStringLiteral("UPDATE leads SET channel_id = 999999 WHERE lead_id = "
                                        "'L1'")),
                 StoreError);
}

// A team that has logged one decision and imported nothing has a company all the same: a copy
// into it would delete the decision. Refused, and the decision stays.
TEST_F(Backends, ACopyIntoADatabaseWithOnlyADecisionIsRefused)
{
    Database pg(server.url());
    Decision d;
    d.decidedOn = QDate(2026, 11, 2);
    d.type = QStringLiteral("other");
    d.summary = QStringLiteral("Hire a second SDR");
    DecisionLog(pg).add(d);
    Database demo(QStringLiteral(":memory:"));
    DemoCompany::write(demo, DemoCompany::defaultAsOf());
    try {
        DatabaseCopy::copy(demo, pg);
        FAIL() << "copied over a team's decision";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("decisions"))) << e.message().toStdString();
    }
    ASSERT_EQ(DecisionLog(pg).all().size(), 1);
    EXPECT_EQ(DecisionLog(pg).all().front().summary, QStringLiteral("Hire a second SDR"));
}

// Every export of the demo reads the same, byte for byte, from the file and from the server.
TEST_F(Backends, EveryExportIsTheSameFromTheFileAndFromTheServer)
{
    const QString file = dir.filePath(QStringLiteral("demo.guardrail"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), file}), 0);
    ASSERT_EQ(cli({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                   server.url()}),
              0);
    const auto exported = [&](const QString &db, const QString &table) {
        const QString out = dir.filePath(
            QStringLiteral("%1-%2.csv")
                .arg(Backend::isServerUrl(db) ? QStringLiteral("server") : QStringLiteral("file"))
                .arg(table));
        QString errors;
        EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--db"), db,
                       QStringLiteral("--table"), table, QStringLiteral("--out"), out},
                      &errors),
                  0)
            << errors.toStdString();
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    for (const char *name :
         {"leads", "spend", "revenue", "gross_profit", "awareness", "targets", "fx"}) {
        const QString table = QString::fromLatin1(name);
        const QByteArray fromFile = exported(file, table);
        EXPECT_FALSE(fromFile.isEmpty()) << name;
        EXPECT_EQ(exported(server.url(), table), fromFile) << name;
    }
}
