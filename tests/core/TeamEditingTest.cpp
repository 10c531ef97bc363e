// SPDX-License-Identifier: GPL-3.0-or-later
// Two sessions editing the same journey stage, setting, SLA or decision (on a file, and in the
// postgresql.* run on a server): the second save is refused, told who saved first and what the
// row holds now, and may then save over it; nothing is lost silently.
#include "ScratchDatabase.h"
#include "store/Database.h"
#include "store/DecisionLog.h"
#include "store/EditConflict.h"
#include "store/JourneyTable.h"
#include "store/SettingsTable.h"
#include "store/SlaTable.h"

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

TEST_F(TeamEditing, ASettingChangedByAnotherSinceIsRefusedUnlessItHoldsTheSameValue)
{
    Database a(scratch.url()), b(scratch.url());
    const QString key = QStringLiteral("funnel_window_days");
    ASSERT_FALSE(SettingsTable(a).versions().contains(key)); // the default: version 0
    EXPECT_EQ(SettingsTable(a).set(key, QStringLiteral("60"), 0), 1);
    // b began from the default too: told, with a's value, and nothing written.
    try {
        SettingsTable(b).set(key, QStringLiteral("120"), 0);
        FAIL() << "b's first save overwrote a's";
    } catch (const EditConflict &c) {
        EXPECT_EQ(c.currentVersion(), 1);
        EXPECT_EQ(c.theirs(), QStringLiteral("funnel_window_days = 60"));
        EXPECT_EQ(c.changedBy(), a.editor());
    }
    EXPECT_EQ(b.settingsMap().value(key), QStringLiteral("60"));
    // The same value as the other's is no conflict: nothing of either is lost.
    EXPECT_EQ(SettingsTable(b).set(key, QStringLiteral("60"), 0), 1);
    // Keep mine: saved over the version the conflict named.
    EXPECT_EQ(SettingsTable(b).set(key, QStringLiteral("120"), 1), 2);
    // A write without a version (guardrail config, the demo) still moves it on: 2 -> 3.
    a.setSetting(key, QStringLiteral("90"));
    EXPECT_THROW(SettingsTable(b).set(key, QStringLiteral("30"), 2), EditConflict);
    // Removing what another changed since is refused too; from the current version it goes.
    EXPECT_THROW(SettingsTable(b).remove(key, 2), EditConflict);
    EXPECT_EQ(SettingsTable(b).remove(key, 3), 0);
    try {
        SettingsTable(a).set(key, QStringLiteral("45"), 3);
        FAIL() << "a saved over b's removal";
    } catch (const EditConflict &c) {
        EXPECT_EQ(c.theirs(), QStringLiteral("funnel_window_days not set (its default)"));
    }
    EXPECT_FALSE(a.settingsMap().contains(key));
}

TEST_F(TeamEditing, AnSlaVersionBasedOnAnOlderOneIsRefused)
{
    Database a(scratch.url()), b(scratch.url());
    ASSERT_TRUE(SlaTable(a).versions().isEmpty()); // a new database has no SLA yet
    Sla first;
    first.effectiveFrom = QDate(2026, 12, 1);
    first.leadScoreThreshold = 60;
    const qint64 firstId = SlaTable(a).addVersion(first, Sla{}); // based on none
    Sla other = first;
    other.leadScoreThreshold = 70;
    try {
        SlaTable(b).addVersion(other, Sla{}); // b also saw none
        FAIL() << "b's SLA superseded a's unseen";
    } catch (const EditConflict &c) {
        EXPECT_TRUE(c.theirs().contains(QStringLiteral("lead score 60 or more")))
            << c.theirs().toStdString();
        EXPECT_EQ(c.currentVersion(), 1);
    }
    ASSERT_EQ(SlaTable(b).versions().size(), 1);
    // Based on a's version (as b sees it after the conflict) it goes, and claims it: 1 -> 2.
    const Sla seen = SlaTable(b).versions().back();
    ASSERT_EQ(seen.id, firstId);
    const qint64 secondId = SlaTable(b).addVersion(other, seen);
    EXPECT_EQ(SlaTable(a).versions().front().rowVersion, 2);
    // a, still on version 1 of the first, is refused: its base moved and a newer one exists.
    EXPECT_THROW(SlaTable(a).addVersion(first, seen), EditConflict);
    // Undoing the first (a's) under b's is refused; b's own undo goes.
    Sla firstAsAdded = seen;
    EXPECT_THROW(SlaTable(a).removeVersion(firstAsAdded), EditConflict);
    Sla secondAsAdded = other;
    secondAsAdded.id = secondId;
    secondAsAdded.rowVersion = 1;
    SlaTable(b).removeVersion(secondAsAdded);
    EXPECT_EQ(SlaTable(a).versions().size(), 1);
}

TEST_F(TeamEditing, ClosingADecisionAnotherReopenedIsRefused)
{
    Database a(scratch.url()), b(scratch.url());
    Decision d;
    d.decidedOn = QDate(2026, 11, 2);
    d.type = QStringLiteral("other");
    d.summary = QStringLiteral("Hire a second SDR");
    const qint64 id = DecisionLog(a).add(d);
    const qint64 seen = DecisionLog(b).all().front().rowVersion;
    ASSERT_EQ(seen, 1);
    EXPECT_EQ(DecisionLog(a).setClosed(id, true, seen), 2);
    // b closing it too from version 1 is what a did: no conflict, and no second write.
    EXPECT_EQ(DecisionLog(b).setClosed(id, true, seen), 2);
    try {
        DecisionLog(b).setClosed(id, false, seen); // reopening what b saw open
        FAIL() << "b reopened a decision a had closed, unseen";
    } catch (const EditConflict &c) {
        EXPECT_EQ(c.theirs(), QStringLiteral("closed"));
        EXPECT_EQ(c.currentVersion(), 2);
    }
    EXPECT_TRUE(DecisionLog(a).all().front().closed);
}
