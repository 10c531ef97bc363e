// SPDX-License-Identifier: GPL-3.0-or-later
// Another program using the same file at the same time: a snapshot is one moment of the file
// even when a commit lands mid-load, and a bulk import proceeds while a reader holds the file.
#include "import/ImportJob.h"
#include "metrics/Snapshot.h"
#include "store/Database.h"
#include "store/SnapshotLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace guardrail;

namespace {

// A second program's connection, through the C API alone.
struct OtherProgram
{
    explicit OtherProgram(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_busy_timeout(db, 5000);
    }
    ~OtherProgram() { sqlite3_close(db); }
    int exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    sqlite3 *db = nullptr;
};

// Moves every lead to a new channel "Late" in one commit, just before the loader's connection
// runs its fireAt-th statement (fireAt 0: only counts them).
struct CommitBeforeStatement
{
    OtherProgram *other = nullptr;
    int fireAt = 0;
    int statements = 0;
    bool fired = false;
    static int callback(unsigned, void *self, void *, void *)
    {
        auto *c = static_cast<CommitBeforeStatement *>(self);
        if (++c->statements == c->fireAt)
            c->fired = c->other->exec("BEGIN; INSERT INTO channels (name) VALUES ('Late');"
                                      "UPDATE leads SET channel_id = last_insert_rowid();"
                                      "COMMIT") == SQLITE_OK;
        return 0;
    }
};

// A leads file of n rows over two channels.
QString writeLeads(const QTemporaryDir &dir, int n)
{
    QFile csv(dir.filePath(QStringLiteral("leads-%1.csv").arg(n)));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("lead_id,created_at,channel,segment\n");
    for (int i = 0; i < n; ++i)
        csv.write(QStringLiteral("L%1,2024-01-%2,%3,SMB\n")
                      .arg(i)
                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                      .arg(i % 2 ? QStringLiteral("Inbound") : QStringLiteral("Outbound"))
                      .toUtf8());
    return csv.fileName();
}

} // namespace

TEST(ConcurrentUse, ASnapshotIsOneMomentWhenACommitLandsMidLoad)
{
    // Before, channels and leads were read in separate transactions: a commit between them gave
    // leads on a channel the snapshot did not have (an abort), or the wrong channel's counts.
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.guardrail"));
    {
        Database db(seed);
        ASSERT_EQ(ImportJob(db, writeLeads(dir, 200), ImportOptions()).run().inserted, 200);
    }
    qsizetype leadCount = 0, channelCount = 0;
    {
        const Database db(seed);
        const Snapshot s = SnapshotLoader::load(db);
        leadCount = static_cast<qsizetype>(s.leads.size());
        channelCount = s.channels.size();
    }
    int statements = 0;
    {
        const Database db(seed);
        CommitBeforeStatement count;
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, &CommitBeforeStatement::callback, &count);
        SnapshotLoader::load(db);
        statements = count.statements;
    }
    ASSERT_GT(statements, 3);
    // The commit lands before each statement of the load in turn; each load is one moment.
    int before = 0;
    for (int fireAt = 1; fireAt <= statements; ++fireAt) {
        const QString path = dir.filePath(QStringLiteral("f%1.guardrail").arg(fireAt));
        ASSERT_TRUE(QFile::copy(seed, path));
        const Database db(path);
        OtherProgram other(path);
        CommitBeforeStatement commit{&other, fireAt};
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, &CommitBeforeStatement::callback, &commit);
        const Snapshot s = SnapshotLoader::load(db); // throws "damaged" on a mixed read
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
        ASSERT_TRUE(commit.fired) << fireAt;
        ASSERT_EQ(static_cast<qsizetype>(s.leads.size()), leadCount) << fireAt;
        const qsizetype late = s.channels.indexOf(QStringLiteral("Late"));
        qsizetype onLate = 0;
        for (const Lead &lead : s.leads)
            onLate += lead.channel == late ? 1 : 0;
        if (late < 0) { // the moment before the commit
            EXPECT_EQ(s.channels.size(), channelCount) << fireAt;
            ++before;
        } else { // or the moment after it
            EXPECT_EQ(onLate, leadCount) << fireAt;
        }
    }
    EXPECT_GT(before, 0) << "every commit landed before the load began";
}

TEST(ConcurrentUse, ABulkImportProceedsWhileAnotherProgramReads)
{
    // Before, an import past the bulk threshold failed at once with "database is locked": it
    // could not leave WAL while a reader held the file. Now it stays in WAL and imports.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.guardrail"));
    Database db(path);
    OtherProgram reader(path);
    ASSERT_EQ(reader.exec("BEGIN; SELECT count(*) FROM leads;"), SQLITE_OK);
    qputenv("GUARDRAIL_BULK_IMPORT_BYTES", "1"); // this small file takes the bulk path
    ImportOptions options;
    const ImportResult r = ImportJob(db, writeLeads(dir, 500), options).run();
    qunsetenv("GUARDRAIL_BULK_IMPORT_BYTES");
    reader.exec("COMMIT");
    ASSERT_TRUE(r.errors.isEmpty()) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 500);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 500);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}
