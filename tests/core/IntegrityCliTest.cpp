// SPDX-License-Identifier: GPL-3.0-or-later
// Each finding of the integrity probe (issue 13), as a user meets it through the command line:
// bad input, damaged files, full disks and read-only files. Each failed on the code before.
#include "store/Database.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

using namespace guardrail;

namespace {

// Plain SQL on a file with no Guardrail rules in the way (foreign keys off): how another
// program changes it. Returns the first column of the last statement's first row.
QVariant raw(const QString &path, const QStringList &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            EXPECT_TRUE(q.exec(s)) << s.toStdString();
        if (q.next())
            v = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

struct CliRun
{
    int code;
    QString out, err;
};

class IntegrityCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("company.guardrail"));

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    // The CLI under bash, so a test can lower the file-size limit (a full disk, portably).
    CliRun cli(const QStringList &args, const QString &prefix = {})
    {
        QStringList quoted;
        for (const QString &a : args)
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        QProcess p;
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 prefix + QStringLiteral(" '" GUARDRAIL_CLI "' ") + quoted.join(QLatin1Char(' '))});
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    qint64 count(const char *sql)
    {
        Database d(db);
        return d.scalar(QString::fromLatin1(sql)).toLongLong();
    }
    void demo() { ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).code, 0); }
};

const QString kFull = QStringLiteral("ulimit -f 1024; trap '' XFSZ;"); // 1 MiB per file

TEST_F(IntegrityCli, SkipBadRowsOnAnUndecodableFileRefusesItAndCountsNothing)
{
    QByteArray csv = "lead_id,created_at,channel\n";
    for (int i = 0; i < 49; ++i)
        csv += "x" + QByteArray::number(i) + ",2024-01-01,Inbound\n";
    csv += "y,2024-01-01,In\xff"
           "bound\n"; // line 51: not UTF-8
    const CliRun r =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"), QStringLiteral("--skip-bad-rows"), file("bad.csv", csv)});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("inserted 49"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 51"))) << r.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 0);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("bad.rejected.csv"))));
}

TEST_F(IntegrityCli, ANulCharacterIsADataErrorOfItsCell)
{
    const QByteArray csv(
        "lead_id,created_at,channel\na,2024-01-01,Inb\0ound\nb,2024-01-02,Inbound\n", 70);
    const CliRun r =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"), QStringLiteral("--skip-bad-rows"), file("nul.csv", csv)});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nul.csv:2: channel: holds a NUL")))
        << r.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 1); // b only
    EXPECT_EQ(count("SELECT count(*) FROM channels WHERE instr(name, char(0)) > 0"), 0);
}

TEST_F(IntegrityCli, AnExportImportsBackWithoutTheQuoteThatNeutralisedFormulas)
{
    const QString in = file("f.csv", "lead_id,created_at,channel\n=1+1,2024-01-01,-Inbound\n");
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--db"), db,
                                QStringLiteral("--kind"), QStringLiteral("leads")};
    ASSERT_EQ(cli(import + QStringList{in}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--table"),
                   QStringLiteral("leads"), QStringLiteral("--out"), out})
                  .code,
              0);
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    EXPECT_TRUE(f.readAll().contains("'=1+1,2024-01-01,'-Inbound")); // neutralised on the way out
    const CliRun back = cli(import + QStringList{out});
    EXPECT_EQ(back.code, 0) << back.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM channels"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM leads WHERE lead_id = '=1+1'"), 1);
}

TEST_F(IntegrityCli, ATimestampItsOffsetPushesPastTheYear9999IsRefused)
{
    // 9999-12-31T23:00-05:00 is 10000-01-01T04:00Z: it would be stored with a five-digit year.
    const CliRun r =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"),
             file("t.csv", "lead_id,created_at,channel\nt1,9999-12-31T23:00-05:00,In\n")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("t.csv:2: created_at"))) << r.err.toStdString();
}

TEST_F(IntegrityCli, ADanglingChannelIdIsReportedNeverFollowed)
{
    demo();
    for (const char *sql : {"UPDATE leads SET channel_id = 999 WHERE rowid = 1",
                            "UPDATE spend SET channel_id = 999 WHERE rowid = 1"}) {
        const QString copy = dir.filePath(QStringLiteral("dangling.guardrail"));
        QFile::remove(copy);
        ASSERT_TRUE(QFile::copy(db, copy));
        raw(copy, {QString::fromLatin1(sql)}); // foreign keys are off on this connection
        const CliRun m = cli({QStringLiteral("metrics"), QStringLiteral("--db"), copy});
        EXPECT_EQ(m.code, 1) << sql; // it aborted (134) before
        EXPECT_TRUE(m.err.contains(QStringLiteral("damaged"))) << m.err.toStdString();
        const CliRun c = cli({QStringLiteral("check"), QStringLiteral("--db"), copy});
        EXPECT_EQ(c.code, 1);
        EXPECT_TRUE(c.out.contains(QStringLiteral("reference: "))) << c.out.toStdString();
    }
}

TEST_F(IntegrityCli, ATruncatedFileAndANegativeVersionAreDiagnosedAsSuch)
{
    demo();
    QFile whole(db);
    whole.open(QIODevice::ReadOnly);
    const QString truncated = file("truncated.guardrail", whole.read(50000));
    const CliRun m = cli({QStringLiteral("metrics"), QStringLiteral("--db"), truncated});
    EXPECT_EQ(m.code, 1);
    EXPECT_TRUE(m.err.contains(QStringLiteral("is damaged"))) << m.err.toStdString();
    EXPECT_TRUE(m.err.contains(QStringLiteral("guardrail check"))) << m.err.toStdString();
    const CliRun c = cli({QStringLiteral("check"), QStringLiteral("--db"), truncated});
    EXPECT_EQ(c.code, 1);
    EXPECT_TRUE(c.out.contains(QStringLiteral("integrity: "))) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains(QStringLiteral("damaged: "))) << c.out.toStdString();

    raw(db, {QStringLiteral("PRAGMA user_version = -3")});
    const CliRun n = cli({QStringLiteral("metrics"), QStringLiteral("--db"), db});
    EXPECT_EQ(n.code, 1);
    EXPECT_TRUE(n.err.contains(QStringLiteral("schema version -3"))) << n.err.toStdString();
}

TEST_F(IntegrityCli, OnAFullDiskExportAndReportFailAndLeaveNoFile)
{
    demo(); // its leads export is ~8 MB, its pack ~48 KB: over limits of 1 MiB and 40 KiB (above
            // the 32 KiB -shm)
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    const CliRun e =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--table"),
             QStringLiteral("leads"), QStringLiteral("--out"), csv},
            kFull);
    EXPECT_EQ(e.code, 1) << e.err.toStdString(); // 0 with a partial file before
    EXPECT_FALSE(QFileInfo::exists(csv));
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
    const CliRun r =
        cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("monthly"), QStringLiteral("--out"), pdf},
            QStringLiteral("ulimit -f 40; trap '' XFSZ;"));
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_TRUE(QDir(dir.path())
                    .entryList({QStringLiteral("*.pdf*"), QStringLiteral("leads.csv*")},
                               QDir::Files)
                    .isEmpty()); // no temporary left either
}

TEST_F(IntegrityCli, RejectedRowsThatCannotAllBeWrittenImportNothing)
{
    QByteArray csv = "lead_id,created_at,channel,notes\ngood,2024-01-01,Inbound,ok\n";
    const QByteArray pad(120, 'n');
    for (int i = 0; i < 20000; ++i) // ~3 MB of rejected rows: over the 1 MiB limit
        csv += "r" + QByteArray::number(i) + ",not a date,Inbound," + pad + '\n';
    const QString in = file("many.csv", csv);
    const CliRun r =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"), QStringLiteral("--skip-bad-rows"), in},
            kFull);
    EXPECT_EQ(r.code, 1) << r.err.toStdString(); // "20000 rows written" with 1 MiB of them before
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("many.rejected.csv"))));
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 0);
}

TEST_F(IntegrityCli, ARejectedFileHoldsExactlyTheRowsCountedInTheInputsDelimiter)
{
    const QString in = file("semi.csv", "lead_id;created_at;channel\na;2024-01-01;In\nb;nope;In\n"
                                        "c;2024-01-03;In\nd;bad;In\n");
    const CliRun r =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"), QStringLiteral("--skip-bad-rows"), in});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("2 rows skipped"))) << r.err.toStdString();
    QFile rejected(dir.filePath(QStringLiteral("semi.rejected.csv")));
    ASSERT_TRUE(rejected.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejected.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3); // header + the 2 counted
    EXPECT_EQ(lines[0], "line;lead_id;created_at;channel;reason");
    EXPECT_TRUE(lines[1].startsWith("3;b;nope;In;")) << lines[1].toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 2);
}

TEST_F(IntegrityCli, AFileTheUserCannotWriteOpensReadOnly)
{
    demo();
    // Root writes any file, so it runs the CLI without the capabilities that let it: a user
    // (nobody) could not even reach a build under /root.
    QString runner = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (geteuid() != 0)
        runner.clear(); // as a user, chmod alone makes the file read-only
    else if (runner.isEmpty())
        GTEST_SKIP() << "root without setpriv: no way to be a user who cannot write";
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QString as = runner.isEmpty()
                           ? QString()
                           : runner + QStringLiteral(" --bounding-set -dac_override,"
                                                     "-dac_read_search --inh-caps=-all --");
    const QString before = QString::number(QFileInfo(db).size());
    const CliRun m = cli({QStringLiteral("metrics"), QStringLiteral("--db"), db}, as);
    EXPECT_EQ(m.code, 0) << m.err.toStdString(); // "not an SQLite file" before
    const CliRun i = cli(
        {QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("guardrail_pct=0.2")},
        as);
    EXPECT_EQ(i.code, 1);
    EXPECT_TRUE(i.err.contains(QStringLiteral("read-only"))) << i.err.toStdString();
    EXPECT_EQ(QString::number(QFileInfo(db).size()), before);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(IntegrityCli, AnOlderFileIsBackedUpBeforeItIsMigrated)
{
    const auto &steps = schema::migrations(Backend(Backend::Kind::Sqlite));
    QStringList older = steps.at(0) + steps.at(1); // a file as schema version 2 left it
    older << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
          << QStringLiteral("PRAGMA user_version = 2");
    raw(db, older);
    QString backupPath;
    {
        const Database d(db);
        EXPECT_EQ(d.schemaVersion(), Database::kSchemaVersion);
        backupPath = d.backupPath();
    }
    ASSERT_FALSE(backupPath.isEmpty());
    EXPECT_TRUE(backupPath.contains(QStringLiteral(".schema2-"))) << backupPath.toStdString();
    EXPECT_EQ(raw(backupPath, {QStringLiteral("PRAGMA user_version")}).toInt(), 2);
}

TEST_F(IntegrityCli, PruneAndUndoReachTheParser)
{
    const QString in = file("a.csv", "lead_id,created_at,channel\na,2024-01-01,In\n");
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("leads"), QStringLiteral("--prune"), in})
                  .code,
              0);
    const CliRun u = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                          QStringLiteral("--undo"), QStringLiteral("1")});
    EXPECT_EQ(u.code, 0) << u.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 0);
}

} // namespace
