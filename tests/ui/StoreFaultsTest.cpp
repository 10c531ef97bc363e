// SPDX-License-Identifier: GPL-3.0-or-later
// The window under faults of the store: a read-only file offers no edit, an edit the store
// refuses is shown and dropped (never a crash), and a commit by another program is noticed.
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "models/ChannelEditModel.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class StoreFaults : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.guardrail"));
    Workspace workspace;

    void SetUp() override
    {
        Database db(path);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    void editGuardrail(const QString &value)
    {
        Database *db = workspace.database();
        workspace.edit(
            QStringLiteral("Set guardrail_pct"),
            [db, value] { db->setSetting(QStringLiteral("guardrail_pct"), value); },
            [db] { db->setSetting(QStringLiteral("guardrail_pct"), QStringLiteral("0.18")); });
    }
};

TEST_F(StoreFaults, AReadOnlyFileOffersNoEditAndRefusesOne)
{
    workspace.open(path, true);
    workspace.waitUntilIdle();
    ASSERT_TRUE(workspace.isReadOnly());
    ChannelEditModel channels(workspace);
    ASSERT_GT(channels.rowCount(), 0);
    EXPECT_FALSE(channels.flags(channels.index(0, 0)) & Qt::ItemIsEditable);
    QSignalSpy failed(&workspace, &Workspace::failed);
    editGuardrail(QStringLiteral("0.25"));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
    Database check(path);
    EXPECT_NE(check.settingsMap().value(QStringLiteral("guardrail_pct")), QStringLiteral("0.25"));
}

TEST_F(StoreFaults, AnEditWhileAnotherProgramHoldsTheLockIsShownAndDropped)
{
    workspace.open(path);
    workspace.waitUntilIdle();
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // the write lock, held
        QSignalSpy failed(&workspace, &Workspace::failed);
        editGuardrail(QStringLiteral("0.25")); // waits out the busy timeout, then fails
        EXPECT_EQ(failed.count(), 1);
        EXPECT_TRUE(failed.value(0).value(0).toString().contains(QStringLiteral("busy")))
            << failed.value(0).value(0).toString().toStdString();
        EXPECT_EQ(workspace.undoStack()->count(), 0); // nothing to undo: it never happened
        lock.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

TEST_F(StoreFaults, ACommitByAnotherProgramIsNoticedAndReloaded)
{
    workspace.open(path);
    workspace.waitUntilIdle();
    QSignalSpy elsewhere(&workspace, &Workspace::changedElsewhere);
    {
        Database other(path); // another connection, as another process would have
        other.setSetting(QStringLiteral("guardrail_pct"), QStringLiteral("0.3"));
    }
    ASSERT_TRUE(elsewhere.wait(4 * Workspace::kPollMs));
    workspace.waitUntilIdle();
    EXPECT_DOUBLE_EQ(workspace.settings().guardrailPct, 0.3);
}

} // namespace
