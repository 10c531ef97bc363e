// SPDX-License-Identifier: GPL-3.0-or-later
// The Planner's pace against the plan on the demo: the engine's pace and gap in the table, the
// stage furthest short named under it, in the CLI's words.
#include "FigureFormat.h"
#include "MainWindow.h"
#include "Tone.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "metrics/LeadPlanner.h"
#include "pages/PlannerPage.h"
#include "store/Database.h"

#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace guardrail;

namespace {

class PlannerPace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = dir.filePath(QStringLiteral("demo.guardrail"));
        {
            Database db(path);
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        ASSERT_TRUE(window.openFile(path));
        window.workspace().waitUntilIdle();
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto *p = qobject_cast<PlannerPage *>(window.page(i)))
                planner = p;
        ASSERT_NE(planner, nullptr);
    }
    /** The table's pace columns are the engine's plan, formatted as every figure is. */
    void expectThePlansPace(const LeadPlanner::Plan &p)
    {
        const FigureFormat f(window.workspace().metrics().currency);
        QStandardItemModel *r = planner->result();
        ASSERT_EQ(r->rowCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const auto k = static_cast<size_t>(i);
            EXPECT_EQ(r->item(i, PlannerPage::NowPerWeek)->text(), f.number(p.currentPerWeek[k], 1))
                << i;
            ASSERT_TRUE(p.paceGap[k].has()) << i;
            const QStandardItem *gap = r->item(i, PlannerPage::GapPerWeek);
            EXPECT_DOUBLE_EQ(gap->data(Qt::UserRole).toDouble(), p.paceGap[k].value()) << i;
            EXPECT_TRUE(gap->text().contains(f.number(std::abs(p.paceGap[k].value()), 1)))
                << gap->text().toStdString();
            EXPECT_TRUE(gap->text().contains(p.paceGap[k].value() > 0 ? QStringLiteral("short")
                                                                      : QStringLiteral("ahead")))
                << gap->text().toStdString();
        }
        EXPECT_EQ(planner->pace(), LeadPlanner::paceSentence(p, f.locale()));
    }

    QTemporaryDir dir;
    MainWindow window;
    PlannerPage *planner = nullptr;
};

} // namespace

TEST_F(PlannerPace, AGoalTheFunnelCannotFeedNamesTheStageFurthestShort)
{
    planner->setTarget(15'000'000, 12);
    const LeadPlanner::Plan p = LeadPlanner::plan(window.workspace().metrics(), 15'000'000, 12);
    ASSERT_GE(p.shortest, 0);
    expectThePlansPace(p);
    const FigureFormat f(window.workspace().metrics().currency);
    const auto k = static_cast<size_t>(p.shortest);
    const QStringList names = {QStringLiteral("Customers"), QStringLiteral("SQLs"),
                               QStringLiteral("MQLs"), QStringLiteral("Leads")};
    EXPECT_TRUE(
        planner->pace().startsWith(QStringLiteral("Pace: %1 are short: ").arg(names[p.shortest])))
        << planner->pace().toStdString();
    EXPECT_TRUE(planner->pace().contains(
        QStringLiteral("(%1 a week short)").arg(f.number(p.paceGap[k].value(), 1))));
    // Short and met rows read differently: the furthest short apart from the others.
    QStandardItemModel *r = planner->result();
    EXPECT_EQ(r->item(p.shortest, PlannerPage::GapPerWeek)->data(kToneRole).toInt(),
              int(Tone::Bad));
}

TEST_F(PlannerPace, AGoalTheFunnelAlreadyFeedsMeetsEveryStage)
{
    planner->setTarget(6'000'000, 12); // $1.6M of new ARR: under the pace of the last 13 weeks
    const LeadPlanner::Plan p = LeadPlanner::plan(window.workspace().metrics(), 6'000'000, 12);
    ASSERT_EQ(p.shortest, -1);
    expectThePlansPace(p);
    EXPECT_EQ(planner->pace(),
              QStringLiteral("Pace: the last 13 weeks meet what the goal needs at every stage."));
    // Met and short are shaded apart.
    planner->setTarget(15'000'000, 12);
    const int shortTone =
        planner->result()->item(0, PlannerPage::GapPerWeek)->data(kToneRole).toInt();
    EXPECT_TRUE(shortTone == int(Tone::Bad) || shortTone == int(Tone::Warning)); // customers
    planner->setTarget(6'000'000, 12);
    EXPECT_EQ(planner->result()->item(0, PlannerPage::GapPerWeek)->data(kToneRole).toInt(),
              int(Tone::Good));
}
