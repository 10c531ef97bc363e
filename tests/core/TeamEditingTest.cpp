// SPDX-License-Identifier: GPL-3.0-or-later
// Two sessions editing the same journey stage (on a file, and in the postgresql.* run on a
// server): the second save is refused, told who saved first and what the stage holds now, and
// may then save over it; nothing is lost silently.
#include "ScratchDatabase.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/JourneyTable.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class TeamEditing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!scratch.skipReason().empty())
            GTEST_SKIP() << scratch.skipReason();
    }

    QTemporaryDir dir;
    ScratchDatabase scratch{dir.filePath(QStringLiteral("team.guardrail"))};
};

} // namespace

TEST_F(TeamEditing, TheSecondSaveOfAStageIsToldAndMayKeepEither)
{
    Database cro(scratch.url()), marketing(scratch.url());
    const JourneyStage seenByCro = JourneyTable(cro).stage(Stage::Mql);
    const JourneyStage seenByMarketing = JourneyTable(marketing).stage(Stage::Mql);
    ASSERT_EQ(seenByCro.rowVersion, 1); // a new database's stages start at version 1
    ASSERT_EQ(seenByMarketing.rowVersion, 1);

    JourneyStage croEdit = seenByCro;
    croEdit.conversionCriteria = QStringLiteral("Score 60 or more");
    EXPECT_EQ(JourneyTable(cro).save(croEdit, seenByCro.rowVersion), 2);

    JourneyStage marketingEdit = seenByMarketing;
    marketingEdit.conversionCriteria = QStringLiteral("Two content touches");
    marketingEdit.owner = QStringLiteral("Marketing");
    try {
        JourneyTable(marketing).save(marketingEdit, seenByMarketing.rowVersion);
        FAIL() << "the second save overwrote the first";
    } catch (const EditConflict &c) {
        EXPECT_EQ(c.kind(), StoreError::Kind::Conflict);
        EXPECT_EQ(c.currentVersion(), 2);
        EXPECT_EQ(c.changedBy(), cro.editor());
        EXPECT_FALSE(c.changedAt().isEmpty());
        EXPECT_TRUE(c.theirs().contains(QStringLiteral("Score 60 or more")))
            << c.theirs().toStdString();
        // Refused whole: the owner, which only the second edit set, is not written either.
        const JourneyStage now = JourneyTable(marketing).stage(Stage::Mql);
        EXPECT_EQ(now.conversionCriteria, QStringLiteral("Score 60 or more"));
        EXPECT_EQ(now.owner, QString());
        // "Keep mine": saved again over the version the other session left.
        EXPECT_EQ(JourneyTable(marketing).save(marketingEdit, c.currentVersion()), 3);
    }
    const JourneyStage last = JourneyTable(cro).stage(Stage::Mql);
    EXPECT_EQ(last.conversionCriteria, QStringLiteral("Two content touches"));
    EXPECT_EQ(last.owner, QStringLiteral("Marketing"));
    EXPECT_EQ(last.rowVersion, 3);
    EXPECT_EQ(last.changedBy, marketing.editor());
}

TEST_F(TeamEditing, EditsOfDifferentStagesDoNotConflict)
{
    Database a(scratch.url()), b(scratch.url());
    JourneyStage sql = JourneyTable(a).stage(Stage::Sql);
    JourneyStage customer = JourneyTable(b).stage(Stage::Customer);
    sql.touchpoints = {QStringLiteral("Demo")};
    customer.dropOffTriggers = {QStringLiteral("No champion")};
    EXPECT_EQ(JourneyTable(a).save(sql, sql.rowVersion), sql.rowVersion + 1);
    EXPECT_EQ(JourneyTable(b).save(customer, customer.rowVersion), customer.rowVersion + 1);
    EXPECT_EQ(JourneyTable(b).stage(Stage::Sql).touchpoints, QStringList{QStringLiteral("Demo")});
}
