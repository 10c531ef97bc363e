// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed at any of 20 random moments leaves all of it or none of it, in WAL (small files)
// and in the rollback-journal mode used for large ones. The CLI is killed with SIGKILL mid-write.
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>

using namespace guardrail;

namespace {

constexpr int kRows = 200000;

QString writeLeads(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("lead_id,created_at,channel,mql_at\n");
    for (int i = 0; i < kRows; ++i)
        f.write("K" + QByteArray::number(i) + ",2024-03-0" + QByteArray::number(1 + i % 9) +
                ",Channel " + QByteArray::number(i % 7) + ",2024-03-1" +
                QByteArray::number(i % 10) + '\n');
    return path;
}

qint64 leadCount(const QString &db)
{
    Database d(db);
    EXPECT_TRUE(d.check().isEmpty()) << d.check().join(QLatin1Char('\n')).toStdString();
    return d.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
}

// Kills the import at kKills moments drawn at random (seeded, so a failure repeats) from the
// start to past the usual end of the import, each time on a fresh empty company.
void killMidImport(const char *bulkBytes, quint32 seed)
{
    constexpr int kKills = 10; // per journal mode: 20 in all
    QTemporaryDir dir;
    const QString csv = writeLeads(dir);
    const QString db = dir.filePath(QStringLiteral("company.guardrail"));
    QRandomGenerator random(seed);
    int whole = 0, none = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(db + QLatin1String(suffix));
        {
            Database create(db);
        } // an empty company, as the user would have
        const int delayMs = random.bounded(10, 1500);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GUARDRAIL_BULK_IMPORT_BYTES"), QString::fromLatin1(bulkBytes));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUARDRAIL_CLI),
                {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                 QStringLiteral("leads"), csv});
        ASSERT_TRUE(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delayMs));
        p.kill();
        p.waitForFinished();
        const qint64 n = leadCount(db);
        EXPECT_TRUE(n == 0 || n == kRows) << "killed after " << delayMs << " ms: " << n << " leads";
        (n == kRows ? whole : none) += 1;
    }
    std::printf("[ kills    ] %d kills: %d left all of the import, %d none of it\n", kKills, whole,
                none);
    // And the same file imports whole afterwards.
    QProcess p;
    p.start(QStringLiteral(GUARDRAIL_CLI),
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
             QStringLiteral("leads"), csv});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_EQ(leadCount(db), kRows);
}

} // namespace

TEST(ImportCrash, KillMidImportInWalLeavesAllOrNothing)
{
    killMidImport("1000000000", 13);
}

TEST(ImportCrash, KillMidImportInRollbackJournalLeavesAllOrNothing)
{
    killMidImport("1", 17);
}
