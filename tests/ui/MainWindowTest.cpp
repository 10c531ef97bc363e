// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "FigureFormat.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "metrics/Brief.h"
#include "metrics/LeadPlanner.h"
#include "models/ChannelTableModel.h"
#include "models/CohortModel.h"
#include "models/FunnelModel.h"
#include "models/SegmentTableModel.h"
#include "pages/DashboardPage.h"
#include "pages/GuardrailPage.h"
#include "pages/LtvPage.h"
#include "pages/PlannerPage.h"
#include "store/Database.h"
#include "widgets/FigureTable.h"
#include "widgets/KpiTile.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class DemoWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("demo.guardrail"));
        {
            Database db(path);
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        ASSERT_TRUE(window.openFile(path));
        window.workspace().waitUntilIdle(); // the figures are computed off the GUI thread
    }
    const ChannelFigures &channel(const char *name) const
    {
        for (const ChannelFigures &c : window.workspace().metrics().channels)
            if (c.name == QLatin1String(name))
                return c;
        throw std::logic_error("no such channel");
    }
    template <typename Page> Page *page() const
    {
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto *p = qobject_cast<Page *>(window.page(i)))
                return p;
        return nullptr;
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace

TEST_F(DemoWindow, OpensTheDemoAndVisitsEveryPage)
{
    window.show();
    EXPECT_EQ(window.pageCount(), 7);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        QWidget *p = window.page(i);
        EXPECT_TRUE(p->isVisible()) << "page " << i;
        EXPECT_FALSE(p->findChildren<QLabel *>().isEmpty()) << "page " << i << " is empty";
        EXPECT_FALSE(p->accessibleName().isEmpty()) << "page " << i;
    }
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Advanced Solutions")));
}

TEST_F(DemoWindow, DashboardAnswersTheBriefAtAGlance)
{
    auto *dashboard = page<DashboardPage>();
    ASSERT_NE(dashboard, nullptr);
    const Metrics &m = window.workspace().metrics();
    EXPECT_EQ(dashboard->briefText(), Brief::text(m, window.workspace().snapshot().decisions));
    // The tiles show the engine's KPIs as the PDF and the tables format them.
    const FigureFormat f(m.currency);
    ASSERT_EQ(dashboard->tiles().size(), 5);
    EXPECT_EQ(dashboard->tiles()[1]->value(), f.percent(m.funnel.kpis.winRate));
    EXPECT_EQ(dashboard->tiles()[2]->value(), f.money(m.funnel.kpis.avgDealSize));
    // Breaches first: Outbound heads the dashboard's channel table.
    QAbstractItemModel *table = dashboard->channelTable()->model();
    EXPECT_EQ(table->data(table->index(0, ChannelTableModel::Name)).toString(),
              QStringLiteral("Outbound"));
    EXPECT_TRUE(table->data(table->index(0, ChannelTableModel::Status))
                    .toString()
                    .contains(QStringLiteral("Breach")));
}

TEST_F(DemoWindow, GuardrailTableShowsTheEnginesFiguresAndSorts)
{
    auto *guardrail = page<GuardrailPage>();
    ASSERT_NE(guardrail, nullptr);
    FigureTable *table = guardrail->channelTable();
    QAbstractItemModel *model = table->model();
    ASSERT_EQ(model->rowCount(), 4);
    const FigureFormat f(window.workspace().metrics().currency);
    const ChannelFigures &outbound = channel("Outbound");
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::Cac)).toString(),
              f.money(outbound.unit.cac)); // "$11,714"
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::MonthsInBreach)).toString(),
              QString::number(outbound.monthsInBreach));
    EXPECT_TRUE(model->data(model->index(0, ChannelTableModel::Cac), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("CAC = cost / new customers")));
    // Sorting by CAC ascending puts the cheapest channel (Referral) first, on raw numbers.
    table->sortByColumn(ChannelTableModel::Cac, Qt::AscendingOrder);
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::Name)).toString(),
              QStringLiteral("Referral"));
}

TEST_F(DemoWindow, ModelsPassQtsModelTester)
{
    const Metrics &m = window.workspace().metrics();
    ChannelTableModel channels;
    SegmentTableModel segments;
    FunnelModel funnel;
    CohortModel cohorts;
    QAbstractItemModelTester t1(&channels, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&segments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&funnel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&cohorts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    channels.setFigures(m, window.workspace().settings());
    segments.setFigures(m);
    funnel.setFigures(m);
    cohorts.setCohorts(CohortRetention::compute(window.workspace().snapshot(), m.unitEnd),
                       m.currency);
    cohorts.setMeasure(CohortModel::Measure::Revenue);
    EXPECT_EQ(segments.rowCount(), 3);
    EXPECT_EQ(cohorts.rowCount(), 12);
    // The constraint is marked in words, not only in bold.
    ASSERT_TRUE(m.funnel.constraint.has_value());
    EXPECT_EQ(funnel.data(funnel.index(*m.funnel.constraint, FunnelModel::Constraint)).toString(),
              QStringLiteral("◀ the constraint"));
}

TEST_F(DemoWindow, ChangingTheAsOfDateRecomputesOnce)
{
    int changes = 0;
    QObject::connect(&window.workspace(), &Workspace::changed, [&changes] { ++changes; });
    auto *date = window.findChild<QDateEdit *>();
    ASSERT_NE(date, nullptr);
    date->setDate(QDate(2026, 6, 30));
    date->setDate(QDate(2026, 6, 29)); // a second edit inside the pause: still one recompute
    QMetaObject::invokeMethod(date, "editingFinished");
    window.workspace().waitUntilIdle();
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(window.workspace().metrics().asOf, QDate(2026, 6, 29));
    EXPECT_EQ(iso::formatMonth(window.workspace().metrics().unitEnd), QStringLiteral("2026-05"));
}

TEST_F(DemoWindow, PlannerTurnsAGoalIntoVolumesAndATakt)
{
    auto *planner = page<PlannerPage>();
    ASSERT_NE(planner, nullptr);
    planner->setTarget(20'000'000, 12);
    QStandardItemModel *r = planner->result();
    ASSERT_EQ(r->rowCount(), 4);
    const LeadPlanner::Plan p = LeadPlanner::plan(window.workspace().metrics(), 20'000'000, 12);
    const FigureFormat f(window.workspace().metrics().currency);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(r->item(i, 1)->text(), f.number(p.total[i].value(), 0)) << i;
    // 40 hours / leads per week is under an hour here: the takt is given in minutes.
    ASSERT_LT(p.taktHours.value(), 1);
    EXPECT_TRUE(planner->takt().contains(f.number(p.taktHours.value() * 60, 1) +
                                         QStringLiteral(" working minutes")))
        << planner->takt().toStdString();
}

TEST_F(DemoWindow, LtvPageShowsCohorts)
{
    auto *ltv = page<LtvPage>();
    ASSERT_NE(ltv, nullptr);
    EXPECT_EQ(ltv->cohorts()->rowCount(), 12);
    // The oldest cohort has 12 months of history: columns Won in, Customers, M0..M11.
    EXPECT_EQ(ltv->cohorts()->columnCount(), 14);
}

TEST(MainWindow, ANewFileOpensEmptyWithNullFigures)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.guardrail"));
    MainWindow window;
    ASSERT_TRUE(window.openFile(good));
    window.workspace().waitUntilIdle();
    EXPECT_EQ(window.workspace().path(), good);
    EXPECT_FALSE(window.workspace().metrics().company.unit.cac.has());
    EXPECT_EQ(window.workspace().metrics().milestone.level, 0);
}
