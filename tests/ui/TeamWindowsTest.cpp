// SPDX-License-Identifier: GPL-3.0-or-later
// Two windows on one team database, as two people on two machines (the postgresql.* run: the
// server scripts/with-postgres.sh starts): an edit of the same journey stage is shown to the
// second, not lost, and a save in one window is announced in the other with who and what.
#include "../core/ScratchDatabase.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "models/JourneyModel.h"
#include "pages/JourneyPage.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/JourneyTable.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class TeamWindows : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!ScratchDatabase::onServer())
            GTEST_SKIP() << "runs in the postgresql.* run";
        if (!server.skipReason().empty())
            GTEST_SKIP() << server.skipReason();
        {
            Database db(server.url());
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        for (auto *w : {&cro, &marketing}) {
            *w = std::make_unique<MainWindow>();
            ASSERT_TRUE((*w)->openFile(server.url()));
            (*w)->workspace().waitUntilIdle();
        }
    }
    static JourneyModel *journey(MainWindow &w)
    {
        for (int i = 0; i < w.pageCount(); ++i)
            if (auto *p = qobject_cast<JourneyPage *>(w.page(i)))
                return p->model();
        return nullptr;
    }
    QString storedCriteria()
    {
        const Database db(server.url(), Database::Access::ReadOnly);
        return JourneyTable(db).stage(Stage::Mql).conversionCriteria;
    }

    ScratchDatabase server;
    std::unique_ptr<MainWindow> cro, marketing;
};

} // namespace

TEST_F(TeamWindows, TheSecondSaveOfOneStageIsShownTheFirstAndMayKeepEither)
{
    JourneyModel *mine = journey(*cro);
    JourneyModel *theirs = journey(*marketing);
    ASSERT_TRUE(mine && theirs);
    QStringList shown;
    bool keep = false;
    marketing->workspace().setConflictChooser([&](const QString &, const EditConflict &c) {
        shown << c.theirs();
        return keep;
    });
    // Both began from the demo's MQL stage; no reload in between.
    ASSERT_TRUE(mine->setData(mine->index(1, JourneyModel::Criteria), QStringLiteral("Score 60+")));
    ASSERT_TRUE(
        theirs->setData(theirs->index(1, JourneyModel::Criteria), QStringLiteral("Two touches")));
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown[0].contains(QStringLiteral("Score 60+"))) << shown[0].toStdString();
    EXPECT_EQ(storedCriteria(), QStringLiteral("Score 60+")); // kept theirs: the CRO's stands
    EXPECT_EQ(marketing->workspace().undoStack()->count(), 0);

    cro->workspace().waitUntilIdle();
    marketing->workspace().waitUntilIdle();
    ASSERT_TRUE(mine->setData(mine->index(1, JourneyModel::Criteria), QStringLiteral("Score 70+")));
    keep = true;
    ASSERT_TRUE(
        theirs->setData(theirs->index(1, JourneyModel::Criteria), QStringLiteral("Two touches")));
    EXPECT_EQ(shown.size(), 2);
    EXPECT_EQ(storedCriteria(), QStringLiteral("Two touches")); // kept mine, over the CRO's
    marketing->workspace().undoStack()->undo(); // puts back what it held before: the CRO's
    EXPECT_EQ(storedCriteria(), QStringLiteral("Score 70+"));
    cro->workspace().waitUntilIdle();
    marketing->workspace().waitUntilIdle();
}

TEST_F(TeamWindows, ASaveInOneWindowIsAnnouncedInTheOtherWithWhoAndWhat)
{
    QSignalSpy elsewhere(&marketing->workspace(), &Workspace::changedElsewhere);
    QSignalSpy own(&cro->workspace(), &Workspace::changedElsewhere);
    cro->workspace().editSetting(QStringLiteral("Guardrail"), QStringLiteral("guardrail_pct"),
                                 QStringLiteral("0.2"));
    ASSERT_TRUE(elsewhere.wait(5000)); // NOTIFY, not the 1.5 s poll's next tick only
    const Database db(server.url(), Database::Access::ReadOnly);
    EXPECT_EQ(elsewhere.first().at(0).toString(), db.editor()); // the role that saved
    EXPECT_EQ(elsewhere.first().at(1).toString(), QStringLiteral("settings"));
    marketing->workspace().waitUntilIdle();
    EXPECT_DOUBLE_EQ(marketing->workspace().settings().guardrailPct, 0.2);
    EXPECT_EQ(own.count(), 0); // a window's own save is not news to it
    cro->workspace().waitUntilIdle();
}
