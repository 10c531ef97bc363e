// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/WinLossPage.h"
#include "FigureFormat.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "metrics/Metrics.h"
#include "models/WinLossDealsModel.h"
#include "models/WinLossModel.h"
#include "store/Database.h"
#include "widgets/FigureTable.h"
#include "widgets/WinRateChart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class WinLossDemo : public ::testing::Test
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
        window.workspace().waitUntilIdle();
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto *p = qobject_cast<WinLossPage *>(window.page(i))) {
                page = p;
                pageIndex = i;
            }
        ASSERT_NE(page, nullptr);
    }
    const WinLossFigures &figures() const { return window.workspace().metrics().winLoss; }
    int rowOf(const QString &name) const
    {
        const WinLossModel &m = *page->groups();
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.data(m.index(r, WinLossModel::Name)).toString() == name)
                return r;
        return -1;
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
    WinLossPage *page = nullptr;
    int pageIndex = -1;
};

QString points(const FigureFormat &f, const Figure &x)
{
    return x.has() ? f.percentPointChange(x.value()) : FigureFormat::dash();
}

} // namespace

TEST_F(WinLossDemo, TableShowsTheEnginesGroupsPerDimension)
{
    const WinLossFigures &w = figures();
    const QList<WinLossFigures::Group> *lists[] = {&w.byChannel, &w.bySegment, &w.byOffer,
                                                   &w.byOwner, &w.byIcpMatch};
    const FigureFormat f(window.workspace().metrics().currency);
    using M = WinLossModel;
    for (int d = 0; d < 5; ++d) {
        page->dimensionPicker()->setCurrentIndex(d);
        QAbstractItemModel *view = page->groupTable()->model();
        const QList<WinLossFigures::Group> &groups = *lists[d];
        ASSERT_FALSE(groups.isEmpty()) << d;
        ASSERT_EQ(view->rowCount(), groups.size()) << d;
        ASSERT_EQ(page->chart()->rows().size(), groups.size()) << d;
        for (int r = 0; r < view->rowCount(); ++r) {
            const WinLossFigures::Group &g = groups.at(r);
            const auto cell = [&](int c) { return view->data(view->index(r, c)).toString(); };
            // The engine's ICP groups "yes" and "no" read as a CRO would say them.
            const QString name = d != 4             ? g.name
                                 : g.name == u"yes" ? QStringLiteral("ICP match")
                                 : g.name == u"no"  ? QStringLiteral("Not ICP")
                                                    : g.name;
            EXPECT_EQ(cell(M::Name), name);
            EXPECT_EQ(page->chart()->rows().at(r).name, name);
            EXPECT_EQ(cell(M::Won), f.number(g.won, 0));
            EXPECT_EQ(cell(M::Lost), f.number(g.lost, 0));
            EXPECT_EQ(cell(M::WinRate), f.percent(g.winRate));
            // The gap with its symbol: more than 5 points short ✗, short ●, at or above ✓.
            const QString symbol = !g.gapToTarget.has()           ? QString()
                                   : g.gapToTarget.value() > 0.05 ? QStringLiteral("✗ ")
                                   : g.gapToTarget.value() > 0    ? QStringLiteral("● ")
                                                                  : QStringLiteral("✓ ");
            EXPECT_EQ(cell(M::GapToTarget), symbol + points(f, g.gapToTarget));
            EXPECT_EQ(cell(M::VsCompany), points(f, g.vsCompany));
            EXPECT_EQ(cell(M::AvgDealSize), f.money(g.avgDealSize));
            EXPECT_EQ(cell(M::TimeToClose), f.number(g.timeToCloseDays));
        }
    }
    EXPECT_EQ(page->reasons()->rowCount(), w.reasons.size());
}

TEST_F(WinLossDemo, TomBakerIsUnderTarget)
{
    ASSERT_TRUE(figures().targetWinRate.has_value());
    page->dimensionPicker()->setCurrentIndex(int(WinLossModel::Dimension::Owner));
    const int r = rowOf(QStringLiteral("Tom Baker"));
    ASSERT_GE(r, 0);
    const WinLossFigures::Group &tom = page->groups()->groups().at(r);
    ASSERT_TRUE(tom.winRate.has());
    EXPECT_LT(tom.winRate.value(), *figures().targetWinRate);
    const QString shown =
        page->groups()->data(page->groups()->index(r, WinLossModel::WinRate)).toString();
    EXPECT_EQ(shown, FigureFormat(window.workspace().metrics().currency).percent(tom.winRate));
    EXPECT_NE(page->chart()->rows().at(r).tone, BulletBar::Tone::Good);
    EXPECT_NE(page->chart()->rows().at(r).tone, BulletBar::Tone::Neutral);
}

TEST_F(WinLossDemo, ChoosingAGroupListsItsWonAndLostDeals)
{
    window.show();
    window.showPage(pageIndex);
    page->dimensionPicker()->setCurrentIndex(int(WinLossModel::Dimension::Owner));
    FigureTable *table = page->groupTable();
    QAbstractItemModel *view = table->model();
    WinLossDealsModel *deals = page->deals();
    EXPECT_EQ(deals->rowCount(), 0);
    for (int r = 0; r < view->rowCount(); ++r) {
        const QModelIndex at = view->index(r, WinLossModel::Name);
        table->scrollTo(at);
        if (r % 2 == 0) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(at).center());
        } else {
            table->setCurrentIndex(at);
            QTest::keyClick(table, Qt::Key_Return);
        }
        const int row = rowOf(view->data(at).toString());
        const WinLossFigures::Group &g = page->groups()->groups().at(row);
        ASSERT_EQ(deals->rowCount(), g.won + g.lost) << g.name.toStdString();
        EXPECT_EQ(deals->wonCount(), g.won) << g.name.toStdString();
        int won = 0;
        for (int d = 0; d < deals->rowCount(); ++d) {
            const QString outcome =
                deals->data(deals->index(d, WinLossDealsModel::Outcome)).toString();
            EXPECT_TRUE(outcome == QStringLiteral("won") || outcome == QStringLiteral("lost"));
            won += outcome == QStringLiteral("won");
            EXPECT_EQ(deals->data(deals->index(d, WinLossDealsModel::Owner)).toString(), g.name);
            EXPECT_NE(deals->data(deals->index(d, WinLossDealsModel::CrmId)).toString(),
                      FigureFormat::dash());
        }
        EXPECT_EQ(won, g.won);
    }
}

TEST_F(WinLossDemo, ModelsPassQtsModelTester)
{
    WinLossModel groups;
    WinLossDealsModel deals;
    QAbstractItemModelTester t1(&groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&deals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Metrics &m = window.workspace().metrics();
    groups.setFigures(m.winLoss, m.currency);
    for (int d = 4; d >= 0; --d)
        groups.setDimension(static_cast<WinLossModel::Dimension>(d));
    ASSERT_GT(groups.rowCount(), 0);
    deals.setDeals(window.workspace().snapshot(), groups.groups().front().deals, {}, m.currency);
    EXPECT_EQ(deals.rowCount(), groups.groups().front().won + groups.groups().front().lost);
    EXPECT_EQ(deals.data(deals.index(0, WinLossDealsModel::CrmId)).toString(),
              FigureFormat::dash()); // no id known: a dash, not an empty cell
    deals.clear();
    EXPECT_EQ(deals.rowCount(), 0);
}

TEST(WinLossEmpty, ANewFileShowsThePageWithNoRows)
{
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openFile(dir.filePath(QStringLiteral("new.guardrail"))));
    window.workspace().waitUntilIdle();
    WinLossPage *page = nullptr;
    for (int i = 0; i < window.pageCount(); ++i)
        if (auto *p = qobject_cast<WinLossPage *>(window.page(i))) {
            page = p;
            window.show();
            window.showPage(i);
        }
    ASSERT_NE(page, nullptr);
    for (int d = 0; d < 5; ++d) {
        page->dimensionPicker()->setCurrentIndex(d);
        EXPECT_EQ(page->groupTable()->model()->rowCount(), 0);
        EXPECT_TRUE(page->chart()->rows().isEmpty());
    }
    page->showDeals(0);
    EXPECT_EQ(page->deals()->rowCount(), 0);
    EXPECT_EQ(page->reasons()->rowCount(), 0);
    page->chart()->repaint();
}
