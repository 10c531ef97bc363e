// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "DemoWindow.h"
#include "FigureFormat.h"
#include "Tone.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "metrics/Brief.h"
#include "metrics/DrillDown.h"
#include "metrics/LeadPlanner.h"
#include "models/ChannelTableModel.h"
#include "models/CohortModel.h"
#include "models/DealsModel.h"
#include "models/FunnelModel.h"
#include "models/JourneyModel.h"
#include "models/ReviewCadenceModel.h"
#include "models/SegmentTableModel.h"
#include "models/SlippedDealsModel.h"
#include "pages/DashboardPage.h"
#include "pages/DrillDownDialog.h"
#include "pages/GuardrailPage.h"
#include "pages/LtvPage.h"
#include "pages/NumberPanel.h"
#include "pages/PlannerPage.h"
#include "pages/ReviewsPage.h"
#include "store/Database.h"
#include "widgets/BulletBar.h"
#include "widgets/FigureTable.h"
#include "widgets/KpiTile.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace guardrail;

TEST_F(DemoWindow, OpensTheDemoAndVisitsEveryPage)
{
    window.show();
    EXPECT_EQ(window.pageCount(), 8);
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

TEST_F(DemoWindow, DashboardShowsTheNumberRightUnderTheBrief)
{
    auto *dashboard = page<DashboardPage>();
    ASSERT_NE(dashboard, nullptr);
    const Metrics &m = window.workspace().metrics();
    const PeriodForecast &q = m.forecast.quarter;
    ASSERT_TRUE(q.target.has() && q.forecast.has() && q.coverage.has()); // the demo has targets
    const FigureFormat f(m.currency);
    NumberPanel *number = dashboard->numberPanel();
    ASSERT_EQ(number->tiles().size(), 4);
    EXPECT_EQ(number->tiles()[0]->value(), f.money(q.bookings));
    EXPECT_EQ(number->tiles()[1]->value(), f.money(q.target));
    EXPECT_EQ(number->tiles()[2]->value(), f.money(q.forecast));
    EXPECT_EQ(number->tiles()[3]->value(), f.ratio(q.coverage));
    EXPECT_TRUE(number->tiles()[0]->accessibleDescription().contains(f.percent(q.attainment)));
    EXPECT_TRUE(number->tiles()[3]->accessibleDescription().contains(
        f.ratio(Figure::of(window.workspace().settings().coverageTarget))));
    // The bar: bookings solid, the forecast past them, the target as the line.
    const BulletBar::Spec &bar = number->quarterBar()->spec();
    EXPECT_EQ(bar.value, q.bookings);
    EXPECT_EQ(bar.extension, q.forecast.value());
    EXPECT_EQ(bar.marker, q.target.value());
    EXPECT_EQ(bar.tone, q.forecast.value() >= q.target.value() ? BulletBar::Tone::Good
                                                               : BulletBar::Tone::Bad);
    ASSERT_GT(m.forecast.slippedCount, NumberPanel::kShortList);
    EXPECT_TRUE(
        number->hygieneText().contains(QStringLiteral("%1 deals slipped, %2: their expected "
                                                      "close date has passed")
                                           .arg(m.forecast.slippedCount)
                                           .arg(f.money(m.forecast.slippedValue))))
        << number->hygieneText().toStdString();
    EXPECT_EQ(number->slippedDeals()->rowCount(), NumberPanel::kShortList); // the short list
    EXPECT_EQ(number->slippedDeals()->dealCount(), m.forecast.slippedCount);
    // Right under the brief, above the leading indicators.
    window.show();
    window.showPage(0);
    QCoreApplication::processEvents();
    const auto y = [dashboard](QWidget *w) { return w->mapTo(dashboard->content(), QPoint()).y(); };
    QLabel *brief = nullptr;
    for (QLabel *label : dashboard->content()->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Brief"))
            brief = label;
    ASSERT_NE(brief, nullptr);
    EXPECT_LT(y(brief), y(number));
    EXPECT_LT(y(number), y(dashboard->tiles().front()));
}

TEST_F(DemoWindow, SlippedDealsAreEveryDealPastItsDateByOwner)
{
    const Metrics &m = window.workspace().metrics();
    const Snapshot &s = window.workspace().snapshot();
    SlippedDealsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeals(s, m, window.workspace().crmIds());
    ASSERT_EQ(model.rowCount(), m.forecast.slippedCount);
    using S = SlippedDealsModel;
    double sum = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const double amount = model.data(model.index(r, S::Amount), S::SortRole).toDouble();
        sum += std::isfinite(amount) ? amount : 0;
        EXPECT_NE(model.data(model.index(r, S::CrmId)).toString(), FigureFormat::dash()) << r;
        EXPECT_GT(model.data(model.index(r, S::DaysSlipped), S::SortRole).toInt(), -1) << r;
        if (r == 0)
            continue;
        const QString owner = model.data(model.index(r, S::Owner), S::SortRole).toString();
        const QString before = model.data(model.index(r - 1, S::Owner), S::SortRole).toString();
        ASSERT_LE(before, owner) << r; // by owner (every demo deal has one) ...
        if (before == owner) {         // ... then by expected close date
            EXPECT_LE(model.data(model.index(r - 1, S::ExpectedClose), S::SortRole).toInt(),
                      model.data(model.index(r, S::ExpectedClose), S::SortRole).toInt());
        }
    }
    EXPECT_NEAR(sum, m.forecast.slippedValue, 0.005);
    // The first row as the screen formats it; days slipped = A − the expected close date.
    const FigureFormat f(m.currency);
    const int days = model.data(model.index(0, S::DaysSlipped), S::SortRole).toInt();
    const int expected = model.data(model.index(0, S::ExpectedClose), S::SortRole).toInt();
    EXPECT_EQ(days, iso::fromDate(m.asOf) - expected);
    EXPECT_EQ(model.data(model.index(0, S::DaysSlipped)).toString(), f.number(days, 0));
    EXPECT_EQ(model.data(model.index(0, S::ExpectedClose)).toString(),
              f.locale().toString(iso::toDate(expected), QStringLiteral("d MMM yyyy")));
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
    // The demo's data starts 24 months back: Outbound's 22 windows of 12 months in breach reach
    // before it, so the table says so rather than let 22 read as a measured length.
    ASSERT_TRUE(outbound.breachReachesDataStart);
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::MonthsInBreach)).toString(),
              QStringLiteral("%1, since data start").arg(outbound.monthsInBreach));
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::Status), kToneRole).toInt(),
              int(Tone::Bad)); // the breach is shaded as one, beside its word
    EXPECT_TRUE(model->data(model->index(0, ChannelTableModel::Cac), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("CAC = cost / new customers")));
    // Sorting by CAC ascending puts the cheapest channel (Referral) first, on raw numbers.
    table->sortByColumn(ChannelTableModel::Cac, Qt::AscendingOrder);
    EXPECT_EQ(model->data(model->index(0, ChannelTableModel::Name)).toString(),
              QStringLiteral("Referral"));
}

TEST_F(DemoWindow, GuardrailTableShowsEachChannelsMonthlySpend)
{
    FigureTable *spend = page<GuardrailPage>()->spendTable();
    QAbstractItemModel *model = spend->model();
    // Monthly spend stands right beside the maximum its unit economics sustain.
    EXPECT_EQ(spend->horizontalHeader()->visualIndex(ChannelTableModel::MaxMonthlySpend),
              spend->horizontalHeader()->visualIndex(ChannelTableModel::MonthlySpend) + 1);
    const FigureFormat f(window.workspace().metrics().currency);
    ASSERT_EQ(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        QString name = model->data(model->index(row, ChannelTableModel::Name)).toString();
        name.remove(QStringLiteral(" (paused)"));
        const ChannelFigures &c = channel(name.toUtf8().constData());
        EXPECT_EQ(model->data(model->index(row, ChannelTableModel::MonthlySpend)).toString(),
                  f.money(c.monthlySpend))
            << name.toStdString();
        EXPECT_DOUBLE_EQ(model
                             ->data(model->index(row, ChannelTableModel::MonthlySpend),
                                    ChannelTableModel::SortRole)
                             .toDouble(),
                         c.monthlySpend);
    }
    EXPECT_TRUE(model->data(model->index(0, ChannelTableModel::MonthlySpend), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("÷ its months")));
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
    // The heat map spans its own range: the lowest cell deep, the highest near white, so 79%
    // and 100% never share a shade.
    const auto [lo, hi] = cohorts.range();
    ASSERT_LT(lo, hi);
    QColor low, high;
    for (int r = 0; r < cohorts.rowCount(); ++r)
        for (int c = 2; c < cohorts.columnCount(); ++c) {
            const QModelIndex i = cohorts.index(r, c);
            const QVariant shade = i.data(Qt::BackgroundRole);
            if (!shade.isValid())
                continue;
            const double v = i.data(Qt::ToolTipRole).isValid() ? cohorts.data(i, Qt::DisplayRole)
                                                                     .toString()
                                                                     .remove(QLatin1Char('%'))
                                                                     .toDouble()
                                                               : -1;
            if (std::abs(v - std::round(lo * 100)) < 0.5)
                low = shade.value<QColor>();
            if (std::abs(v - std::round(hi * 100)) < 0.5)
                high = shade.value<QColor>();
        }
    ASSERT_TRUE(low.isValid() && high.isValid());
    EXPECT_GT(low.saturationF() - high.saturationF(), 0.4);
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

TEST(MainWindow, ANewFileShowsTheNumberWithNoValueMarks)
{
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openFile(dir.filePath(QStringLiteral("empty.guardrail"))));
    window.workspace().waitUntilIdle();
    // An empty file loads so fast that waitUntilIdle() can return before the result is
    // delivered (its loop sees no running future): let the event loop hand it over.
    for (int i = 0; i < 100 && !window.workspace().isLoaded(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(window.workspace().isLoaded());
    DashboardPage *dashboard = nullptr;
    for (int i = 0; i < window.pageCount() && !dashboard; ++i)
        dashboard = qobject_cast<DashboardPage *>(window.page(i));
    ASSERT_NE(dashboard, nullptr);
    const PeriodForecast &q = window.workspace().metrics().forecast.quarter;
    ASSERT_FALSE(q.target.has());
    ASSERT_FALSE(q.coverage.has());
    const QList<KpiTile *> &tiles = dashboard->numberPanel()->tiles();
    // No target: the target, the coverage and both attainments have no value, shown as "—".
    EXPECT_EQ(tiles[1]->value(), FigureFormat::dash());
    EXPECT_EQ(tiles[3]->value(), FigureFormat::dash());
    EXPECT_TRUE(tiles[0]->accessibleDescription().contains(FigureFormat::dash()));
    EXPECT_TRUE(tiles[2]->accessibleDescription().contains(FigureFormat::dash()));
    const FigureFormat f(window.workspace().metrics().currency);
    EXPECT_FALSE(tiles[1]->accessibleDescription().contains(f.money(0))); // never "$0 to go"
    EXPECT_EQ(tiles[2]->value(), f.money(q.forecast)); // the engine's own, value or not
    const BulletBar::Spec &bar = dashboard->numberPanel()->quarterBar()->spec();
    EXPECT_FALSE(bar.marker.has_value()); // no target line at 0
    EXPECT_EQ(bar.tone, BulletBar::Tone::Neutral);
    EXPECT_EQ(dashboard->numberPanel()->slippedDeals()->rowCount(), 0);
    EXPECT_TRUE(dashboard->numberPanel()->hygieneText().contains(QStringLiteral("No open deal")));
}

TEST_F(DemoWindow, DoubleClickingAChannelShowsItsDealsAndSpend)
{
    const Workspace &w = window.workspace();
    DrillDownDialog dialog(window.workspace(), DrillDownDialog::Kind::Channel,
                           QStringLiteral("Outbound"));
    const std::vector<int> deals = DrillDown::channelDeals(
        w.snapshot(), w.settings(), iso::fromDate(w.metrics().asOf), QStringLiteral("Outbound"));
    ASSERT_GT(deals.size(), 10u);
    EXPECT_EQ(dialog.deals()->rowCount(), int(deals.size()));
    // Every deal is Outbound's, with its CRM id, and each stage as of the as-of date.
    for (int r = 0; r < dialog.deals()->rowCount(); ++r) {
        EXPECT_EQ(dialog.deals()->index(r, DealsModel::Channel).data().toString(),
                  QStringLiteral("Outbound"));
        EXPECT_TRUE(dialog.deals()
                        ->index(r, DealsModel::CrmId)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("AS-")));
    }
    // Twelve months of its own spend, each row's categories adding up to its total.
    ASSERT_NE(dialog.spend(), nullptr);
    ASSERT_EQ(dialog.spend()->rowCount(), w.settings().unitWindowMonths);
    const auto whole = [](QString money) { // "$12,345" read back as 12345
        return money.remove(QRegularExpression(QStringLiteral("[^0-9]"))).toDouble();
    };
    for (int r = 0; r < dialog.spend()->rowCount(); ++r) {
        double parts = 0;
        for (int c = 1; c <= kSpendCategoryCount; ++c)
            parts += whole(dialog.spend()->item(r, c)->text());
        const double total = whole(dialog.spend()->item(r, kSpendCategoryCount + 1)->text());
        EXPECT_EQ(parts, total) << r;
        EXPECT_GT(total, 0);
    }
    EXPECT_TRUE(dialog.summary().startsWith(QString::number(deals.size())));
}

TEST_F(DemoWindow, JourneyTrendsCarryTheirScale)
{
    // Each step's 13 weeks as blocks from its lowest week (never the empty-looking block) to its
    // highest, with the range written beside them.
    JourneyModel journey(window.workspace());
    const Metrics &m = window.workspace().metrics();
    const FigureFormat f(m.currency);
    for (int step = 0; step < 4; ++step) {
        double low = 2, high = -1;
        for (const FunnelFigures &w : m.weekly)
            if (w.stages[size_t(step)].rate.has()) {
                low = std::min(low, w.stages[size_t(step)].rate.value());
                high = std::max(high, w.stages[size_t(step)].rate.value());
            }
        ASSERT_LE(low, high) << step;
        const QString trend = journey.index(step, JourneyModel::Trend).data().toString();
        EXPECT_FALSE(trend.contains(QStringLiteral("▁"))) << step;
        EXPECT_TRUE(trend.endsWith(f.percent(high) != f.percent(low)
                                       ? f.percent(low) + QStringLiteral("–") + f.percent(high)
                                       : f.percent(low)))
            << trend.toStdString();
        EXPECT_FALSE(trend.contains(QRegularExpression(QStringLiteral("\\b(\\d+)%–\\1%"))))
            << "a range that rounds to one value: " << trend.toStdString();
    }
    EXPECT_EQ(
        journey.headerData(JourneyModel::Constraint, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Constraint"));
}

TEST_F(DemoWindow, ReviewsPageFlagsTheOverdueCadence)
{
    // The demo (A = Wed 18 Nov 2026): weekly review Mon 16 Nov, due 23 Nov; monthly 3 Nov, due
    // 3 Dec; quarterly 7 Oct, due 7 Jan 2027; annual reset 10 Oct 2025, due 10 Oct 2026, so
    // overdue by 39 days (21 days of October left after the 10th + 18 of November).
    auto *cadence = page<ReviewsPage>()->cadence();
    ASSERT_EQ(cadence->rowCount(), 4);
    const auto cell = [cadence](int row, int column) {
        return cadence->index(row, column).data().toString();
    };
    EXPECT_EQ(cell(0, ReviewCadenceModel::Cadence), QStringLiteral("Weekly CRO review"));
    EXPECT_EQ(cell(0, ReviewCadenceModel::Status), QStringLiteral("✓ due in 5 days"));
    EXPECT_EQ(cell(1, ReviewCadenceModel::Status), QStringLiteral("✓ due in 15 days"));
    EXPECT_EQ(cell(2, ReviewCadenceModel::Every), QStringLiteral("3 months"));
    EXPECT_EQ(cell(3, ReviewCadenceModel::Cadence), QStringLiteral("Annual reset"));
    EXPECT_EQ(cell(3, ReviewCadenceModel::Status), QStringLiteral("✗ overdue by 39 days"));
    EXPECT_EQ(cadence->index(3, ReviewCadenceModel::Status).data(kToneRole).toInt(),
              int(Tone::Bad));
    EXPECT_EQ(cadence->index(0, ReviewCadenceModel::Status).data(kToneRole).toInt(),
              int(Tone::Good));
    EXPECT_TRUE(page<DashboardPage>()->briefText().endsWith(
        QStringLiteral("Overdue: the annual reset (due 10 Oct 2026).")));
}
