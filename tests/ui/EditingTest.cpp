// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit is saved at once, undoes and redoes, and is there when the file is opened again.
#include "MainWindow.h"
#include "Tone.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "edit/SettingsDialog.h"
#include "metrics/Brief.h"
#include "models/ChannelEditModel.h"
#include "models/DecisionModel.h"
#include "models/JourneyModel.h"
#include "models/SlaGroupModel.h"
#include "pages/JourneyPage.h"
#include "pages/ReviewsPage.h"
#include "pages/SlaPage.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/JourneyTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class Editing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("demo.guardrail"));
        {
            Database db(path);
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openFile(path));
        settle();
    }
    void settle() { window->workspace().waitUntilIdle(); }
    Workspace &workspace() { return window->workspace(); }
    QUndoStack &undo() { return *workspace().undoStack(); }
    template <typename Page> Page *page()
    {
        for (int i = 0; i < window->pageCount(); ++i)
            if (auto *p = qobject_cast<Page *>(window->page(i)))
                return p;
        return nullptr;
    }
    /** Quits and opens the file again in a new window, as a user would. */
    void reopen()
    {
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openFile(path));
        settle();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Editing, JourneyTargetAndTouchpointsUndoRedoAndSurviveReopening)
{
    JourneyModel *journey = page<JourneyPage>()->model();
    const double before = workspace().settings().stageTargets[1]; // MQL -> SQL, 31% in the demo
    ASSERT_TRUE(journey->setData(journey->index(1, JourneyModel::Target), QStringLiteral("35")));
    settle();
    EXPECT_DOUBLE_EQ(workspace().settings().stageTargets[1], 0.35);
    EXPECT_DOUBLE_EQ(workspace().metrics().funnel.stages[1].target, 0.35); // recomputed
    undo().undo();
    settle();
    EXPECT_DOUBLE_EQ(workspace().settings().stageTargets[1], before);
    undo().redo();
    settle();

    JourneyStage awareness = journey->stage(0);
    awareness.touchpoints << QStringLiteral("Partner webinars");
    journey->saveStage(awareness, QStringLiteral("touchpoints"));
    settle();
    ASSERT_TRUE(
        journey->setData(journey->index(2, JourneyModel::Owner), QStringLiteral("marketing")));
    EXPECT_FALSE(journey->setData(journey->index(2, JourneyModel::Owner), QStringLiteral("Legal")));
    settle();

    reopen();
    JourneyModel *again = page<JourneyPage>()->model();
    EXPECT_DOUBLE_EQ(workspace().settings().stageTargets[1], 0.35);
    EXPECT_TRUE(again->stage(0).touchpoints.contains(QStringLiteral("Partner webinars")));
    EXPECT_EQ(again->stage(2).owner, QStringLiteral("Marketing")); // matched in any case
    EXPECT_EQ(undo().count(), 0); // a new session starts a new history
}

// Two windows on one file (two people on one team database): both began from the same MQL
// stage; the second save is shown the first instead of overwriting it, and may keep either.
TEST_F(Editing, TwoSessionsEditingOneStageShowTheConflictInsteadOfLosingAnEdit)
{
    MainWindow other;
    ASSERT_TRUE(other.openFile(path));
    other.workspace().waitUntilIdle();
    JourneyModel *mine = page<JourneyPage>()->model();
    JourneyModel *theirs = nullptr;
    for (int i = 0; i < other.pageCount() && !theirs; ++i)
        if (auto *p = qobject_cast<JourneyPage *>(other.page(i)))
            theirs = p->model();
    ASSERT_NE(theirs, nullptr);
    QStringList shown;
    bool keep = false;
    other.workspace().setConflictChooser([&](const QString &edit, const EditConflict &c) {
        shown << edit + QStringLiteral(" / ") + c.theirs();
        return keep;
    });

    // No settling in between: the other window still holds the stage as it first read it.
    ASSERT_TRUE(mine->setData(mine->index(1, JourneyModel::Criteria), QStringLiteral("Score 60+")));
    ASSERT_TRUE(
        theirs->setData(theirs->index(1, JourneyModel::Criteria), QStringLiteral("Two touches")));
    ASSERT_EQ(shown.size(), 1);
    // Shown both: what this window saves, and what the other saved first.
    EXPECT_TRUE(shown[0].startsWith(QStringLiteral("MQL: conversion criteria, to criteria \"Two "
                                                   "touches\"")))
        << shown[0].toStdString();
    EXPECT_TRUE(shown[0].contains(QStringLiteral("Score 60+"))) << shown[0].toStdString();
    EXPECT_EQ(other.workspace().undoStack()->count(), 0); // kept theirs: nothing to undo
    const auto stored = [&] {
        const Database db(path, Database::Access::ReadOnly);
        return JourneyTable(db).stage(Stage::Mql).conversionCriteria;
    };
    EXPECT_EQ(stored(), QStringLiteral("Score 60+"));

    // The same again, keeping mine: saved over theirs, and undoable.
    other.workspace().waitUntilIdle();
    settle();
    ASSERT_TRUE(mine->setData(mine->index(1, JourneyModel::Criteria), QStringLiteral("Score 70+")));
    keep = true;
    ASSERT_TRUE(
        theirs->setData(theirs->index(1, JourneyModel::Criteria), QStringLiteral("Two touches")));
    EXPECT_EQ(shown.size(), 2);
    EXPECT_EQ(stored(), QStringLiteral("Two touches"));
    EXPECT_EQ(other.workspace().undoStack()->count(), 1);
    other.workspace().undoStack()->undo(); // back to what it held before this edit: Score 70+
    EXPECT_EQ(stored(), QStringLiteral("Score 70+"));
    other.workspace().waitUntilIdle();
    settle();
}

TEST_F(Editing, EverySlaChangeIsANewVersionAndComplianceFollowsIt)
{
    SlaPage *sla = page<SlaPage>();
    const qsizetype versions = workspace().snapshot().slaVersions.size();
    const double compliance = workspace().metrics().funnel.kpis.slaResponseCompliance.value();
    Sla next = sla->current();
    next.responseHours = 1; // a one-hour promise: far fewer MQLs meet it
    sla->saveVersion(next, QStringLiteral("response time"));
    settle();
    EXPECT_EQ(workspace().snapshot().slaVersions.size(), versions + 1);
    EXPECT_EQ(workspace().snapshot().slaVersions.back().effectiveFrom, QDate::currentDate());
    // The demo's as-of date is before today: every MQL arrived under the old version, so the
    // compliance is unchanged. That is the point of versions.
    EXPECT_DOUBLE_EQ(workspace().metrics().funnel.kpis.slaResponseCompliance.value(), compliance);
    EXPECT_EQ(sla->history()->rowCount(), versions + 1);
    EXPECT_GT(sla->misses()->rowCount(), 0);
    EXPECT_FALSE(sla->misses()->item(0, 0)->text().isEmpty()); // the CRM's lead id
    EXPECT_FALSE(sla->misses()->item(0, 1)->text().isEmpty()); // its owner, or "—"
    // Compliance by owner and by channel: the engine's groups, whose due MQLs add up to the
    // company's; each against the target with a word and a tone.
    const SlaFigures &groups = workspace().metrics().sla;
    ASSERT_EQ(sla->byOwner()->rowCount(), groups.byOwner.size());
    ASSERT_EQ(sla->byChannel()->rowCount(), groups.byChannel.size());
    EXPECT_GE(groups.byOwner.size(), 4); // the demo's four reps
    int dueByOwner = 0, dueByChannel = 0, met = 0;
    for (const SlaGroup &g : groups.byOwner) {
        dueByOwner += g.due;
        met += g.met;
    }
    for (const SlaGroup &g : groups.byChannel)
        dueByChannel += g.due;
    EXPECT_EQ(dueByOwner, dueByChannel);
    EXPECT_NEAR(double(met) / dueByOwner, compliance, 1e-12);
    for (int r = 0; r < sla->byOwner()->rowCount(); ++r) {
        const QModelIndex against = sla->byOwner()->index(r, SlaGroupModel::AgainstTarget);
        EXPECT_TRUE(against.data().toString().contains(QStringLiteral("pts")));
        EXPECT_TRUE(against.data(kToneRole).isValid());
    }
    undo().undo();
    settle();
    EXPECT_EQ(workspace().snapshot().slaVersions.size(), versions);
    undo().redo();
    settle();
    reopen();
    EXPECT_EQ(workspace().snapshot().slaVersions.size(), versions + 1);
    EXPECT_EQ(workspace().snapshot().slaVersions.back().responseHours, 1.0);
}

TEST_F(Editing, ReviewsAndDecisionsKeepTheirFiguresAndTheBriefTakesTheLever)
{
    ReviewsPage *reviews = page<ReviewsPage>();
    const qsizetype decisions = workspace().snapshot().decisions.size();
    Review r;
    r.heldOn = QDate(2026, 11, 16);
    r.kind = QStringLiteral("weekly");
    r.attendees = QStringLiteral("CRO, Head of Sales");
    r.notes = QStringLiteral("MQL-to-SQL still the constraint");
    reviews->logReview(r);
    Decision d;
    d.decidedOn = QDate(2026, 11, 18);
    d.type = QStringLiteral("redesign_stage");
    d.touches = QStringLiteral("Outbound");
    d.summary = QStringLiteral("rebuilding the MQL handoff");
    d.owner = QStringLiteral("CRO");
    d.reviewOn = QDate(2026, 12, 30);
    d.expectedMetric = QStringLiteral("stages[1].rate");
    d.expectedDirection = QStringLiteral("up");
    d.expectedValue = 0.28;
    d.expectedBy = QDate(2027, 2, 1);
    reviews->logDecision(d);
    settle();
    ASSERT_EQ(workspace().snapshot().decisions.size(), decisions + 1);
    const Decision &logged = workspace().snapshot().decisions.front(); // newest first
    const QJsonObject figures = QJsonDocument::fromJson(logged.figuresJson.toUtf8()).object();
    // The figures at the moment of logging, the touched channel's included.
    EXPECT_DOUBLE_EQ(figures.value(QStringLiteral("company.cac")).toDouble(),
                     workspace().metrics().company.unit.cac.value());
    EXPECT_TRUE(figures.contains(QStringLiteral("channels[Outbound].cac_pct_gp")));
    // The expected date has not come: the page says when it is due.
    EXPECT_TRUE(reviews->decisions()
                    ->data(reviews->decisions()->index(0, DecisionModel::Actual))
                    .toString()
                    .startsWith(QStringLiteral("due")));
    // The newest open decision is the brief's lever.
    EXPECT_TRUE(Brief::text(workspace().metrics(), workspace().snapshot().decisions)
                    .contains(QStringLiteral("The lever we are pulling this quarter is rebuilding "
                                             "the MQL handoff.")));

    reviews->setClosed(0, true);
    settle();
    EXPECT_TRUE(workspace().snapshot().decisions.front().closed);
    undo().undo(); // reopened
    settle();
    reopen();
    EXPECT_EQ(workspace().snapshot().decisions.size(), decisions + 1);
    EXPECT_FALSE(workspace().snapshot().decisions.front().closed);
    EXPECT_EQ(workspace().snapshot().reviews.front().notes,
              QStringLiteral("MQL-to-SQL still the constraint"));
}

TEST_F(Editing, SettingsAreValidatedAndMergingChannelsUndoes)
{
    SettingsDialog dialog(workspace());
    EXPECT_FALSE(dialog.setValue(QStringLiteral("guardrail_pct"), QStringLiteral("2")).isEmpty());
    EXPECT_DOUBLE_EQ(workspace().settings().guardrailPct, 0.18); // refused, nothing stored
    EXPECT_EQ(dialog.setValue(QStringLiteral("guardrail_pct"), QStringLiteral("20%")), QString());
    settle();
    EXPECT_DOUBLE_EQ(workspace().metrics().company.guardrailPct, 0.2);
    EXPECT_EQ(workspace().database()->settingsMap().value(QStringLiteral("guardrail_pct")),
              QStringLiteral("0.2")); // stored as the fraction
    // The field shows it as a percentage, and a percentage typed there is stored as a fraction.
    auto *guardrail = dialog.findChild<QDoubleSpinBox *>(QString(), Qt::FindChildrenRecursively);
    for (QDoubleSpinBox *spin : dialog.findChildren<QDoubleSpinBox *>())
        if (spin->accessibleName() == QStringLiteral("Guardrail"))
            guardrail = spin;
    ASSERT_NE(guardrail, nullptr);
    EXPECT_DOUBLE_EQ(guardrail->value(), 20);
    EXPECT_EQ(guardrail->suffix(), QStringLiteral("%"));
    guardrail->setValue(15);
    Q_EMIT guardrail->editingFinished();
    settle();
    EXPECT_DOUBLE_EQ(workspace().settings().guardrailPct, 0.15);
    // Choices are choices: the allocation rule by its words, stored by its name.
    QComboBox *split = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>())
        if (combo->accessibleName() == QStringLiteral("Shared cost split by"))
            split = combo;
    ASSERT_NE(split, nullptr);
    EXPECT_EQ(split->currentText(), QStringLiteral("New customers"));
    split->setCurrentIndex(split->findData(QStringLiteral("equal")));
    Q_EMIT split->activated(split->currentIndex());
    settle();
    EXPECT_EQ(workspace().settings().sharedCostAllocation, SharedCostAllocation::Equal);

    ChannelEditModel *channels = dialog.channels();
    const int before = channels->rowCount();
    const int leads = static_cast<int>(workspace().snapshot().leads.size());
    int events = -1;
    qint64 referral = 0;
    for (int r = 0; r < channels->rowCount(); ++r) {
        if (channels->channel(r).name == u"Events")
            events = r;
        if (channels->channel(r).name == u"Referral")
            referral = channels->channel(r).id;
    }
    channels->merge(events, referral);
    settle();
    EXPECT_EQ(channels->rowCount(), before - 1);
    EXPECT_EQ(static_cast<int>(workspace().snapshot().leads.size()), leads);
    undo().undo(); // the merge
    settle();
    EXPECT_EQ(channels->rowCount(), before);
    undo().undo(); // the split
    settle();
    EXPECT_EQ(workspace().settings().sharedCostAllocation, SharedCostAllocation::Customers);
    undo().undo(); // 15%
    undo().undo(); // 20%
    settle();
    EXPECT_DOUBLE_EQ(workspace().settings().guardrailPct, 0.18);
}
