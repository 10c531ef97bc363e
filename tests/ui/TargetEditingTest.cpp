// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly bookings targets on the Planner page: each edit lands in the store, moves the
// quarter's target by exactly its difference, undoes, redoes and survives reopening.
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "models/TargetModel.h"
#include "pages/PlannerPage.h"
#include "pages/TargetsPanel.h"
#include "store/Database.h"
#include "store/TargetTable.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

// The demo's as-of date 2026-11-18 lies in the fiscal quarter Oct-Dec 2026 (fiscal years from
// January), and the demo has a target for every month up to that quarter's end.
const MonthIndex kOct = *iso::parseMonth(u"2026-10"), kNov = kOct + 1, kDec = kOct + 2;

class TargetEditing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("demo.guardrail"));
        {
            Database db(path);
            DemoCompany::write(db, DemoCompany::defaultAsOf());
        }
        reopen();
    }
    void reopen()
    {
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openFile(path));
        settle();
    }
    void settle() { window->workspace().waitUntilIdle(); }
    Workspace &workspace() { return window->workspace(); }
    QUndoStack &undo() { return *workspace().undoStack(); }
    TargetsPanel *panel()
    {
        for (int i = 0; i < window->pageCount(); ++i)
            if (auto *p = qobject_cast<PlannerPage *>(window->page(i)))
                return p->targets();
        return nullptr;
    }
    TargetModel *model() { return panel()->model(); }
    QModelIndex cell(MonthIndex month)
    {
        return model()->index(model()->rowOf(month), TargetModel::Bookings);
    }
    std::optional<double> stored(MonthIndex month)
    {
        return TargetTable(*workspace().database()).bookingsOf(month);
    }
    const Figure &quarterTarget() { return workspace().metrics().forecast.quarter.target; }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(TargetEditing, AnEditLandsInTheStoreMovesTheQuarterUndoesRedoesAndSurvivesReopening)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(quarterTarget().has());
    const double quarter = quarterTarget().value();
    const std::optional<double> november = stored(kNov);
    ASSERT_TRUE(november.has_value());
    const double edited = *november + 25'000;
    ASSERT_TRUE(model()->setData(cell(kNov), QString::number(edited, 'f', 0)));
    settle();
    EXPECT_EQ(stored(kNov), edited);
    // The quarter sums Oct + Nov + Dec; only Nov changed, by +25,000:
    // (Oct + Nov + 25,000 + Dec) - (Oct + Nov + Dec) = 25,000.
    ASSERT_TRUE(quarterTarget().has());
    EXPECT_DOUBLE_EQ(quarterTarget().value(), quarter + 25'000);
    EXPECT_EQ(model()->bookings(model()->rowOf(kNov)), edited); // the table follows the recompute
    EXPECT_EQ(undo().count(), 1);

    undo().undo();
    settle();
    EXPECT_EQ(stored(kNov), november);
    EXPECT_DOUBLE_EQ(quarterTarget().value(), quarter);
    undo().redo();
    settle();
    EXPECT_EQ(stored(kNov), edited);
    EXPECT_DOUBLE_EQ(quarterTarget().value(), quarter + 25'000);

    reopen();
    EXPECT_EQ(stored(kNov), edited);
    EXPECT_DOUBLE_EQ(quarterTarget().value(), quarter + 25'000);
    EXPECT_EQ(model()->bookings(model()->rowOf(kNov)), edited);
}

TEST_F(TargetEditing, ClearingACellRemovesTheMonthAndTheQuarterLosesItsTarget)
{
    ASSERT_TRUE(model()->setData(cell(kNov), QString()));
    settle();
    EXPECT_FALSE(stored(kNov).has_value());
    EXPECT_FALSE(quarterTarget().has());
    EXPECT_EQ(quarterTarget().reason(), QStringLiteral("no bookings target for 2026-11"));
    // November is in the current fiscal year: its row stays, empty, to be filled in again.
    const int row = model()->rowOf(kNov);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model()->bookings(row).has_value());
    EXPECT_EQ(model()->index(row, TargetModel::Bookings).data(Qt::EditRole).toString(), QString());
    undo().undo();
    settle();
    EXPECT_TRUE(stored(kNov).has_value());
    EXPECT_TRUE(quarterTarget().has());
}

TEST_F(TargetEditing, ANegativeOrNonNumericTargetIsRefusedAndNothingIsWritten)
{
    QSignalSpy refused(model(), &TargetModel::refused);
    const std::optional<double> november = stored(kNov);
    EXPECT_FALSE(model()->setData(cell(kNov), QStringLiteral("-5000")));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(QStringLiteral("cannot be negative")))
        << refused.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(panel()->problem().contains(QStringLiteral("Nothing was saved")));
    EXPECT_FALSE(model()->setData(cell(kNov), QStringLiteral("a lot")));
    ASSERT_EQ(refused.count(), 2);
    EXPECT_TRUE(refused.at(1).at(0).toString().contains(QStringLiteral("is not an amount")));
    EXPECT_EQ(stored(kNov), november);
    EXPECT_EQ(undo().count(), 0);
    // Typed as the table shows it ("$312,500"), it is read as such.
    ASSERT_TRUE(model()->setData(cell(kNov), QStringLiteral("$312,500")));
    settle();
    EXPECT_EQ(stored(kNov), 312'500.0);
}

TEST_F(TargetEditing, TheMonthsOfTheFiscalYearWithoutATargetAreOfferedAndFilledInOneStep)
{
    // Fiscal years from April: FY Apr 2026 - Mar 2027, whose Jan-Mar 2027 the demo has no
    // target for; the quarter of 2026-11-18 is then Oct-Dec, still fully targeted.
    ASSERT_EQ(
        workspace().setSetting(QStringLiteral("fiscal_year_start_month"), QStringLiteral("4")),
        QString());
    workspace().recompute();
    settle();
    const MonthIndex jan = kDec + 1, mar = kDec + 3;
    for (MonthIndex m = jan; m <= mar; ++m) {
        const int row = model()->rowOf(m);
        ASSERT_GE(row, 0) << iso::formatMonth(m).toStdString();
        EXPECT_FALSE(model()->bookings(row).has_value());
    }
    EXPECT_EQ(model()->rowOf(mar + 1), -1); // the next fiscal year is not offered
    const std::optional<double> december = stored(kDec);

    panel()->selectMonth(kDec);
    EXPECT_EQ(model()->fillableAfter(model()->rowOf(kDec)), 3);
    ASSERT_TRUE(panel()->fillButton()->isEnabled());
    const qsizetype steps = undo().count();
    panel()->fillButton()->click();
    settle();
    EXPECT_EQ(undo().count(), steps + 1); // one undo step for the whole fill
    for (MonthIndex m = jan; m <= mar; ++m)
        EXPECT_EQ(stored(m), december) << iso::formatMonth(m).toStdString();
    EXPECT_FALSE(panel()->fillButton()->isEnabled()); // nothing left to fill
    undo().undo();
    settle();
    for (MonthIndex m = jan; m <= mar; ++m)
        EXPECT_FALSE(stored(m).has_value()) << iso::formatMonth(m).toStdString();
}

TEST(TargetEditingReadOnly, AReadOnlyFileOffersNoEdit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.guardrail"));
    {
        Database db(path);
        DemoCompany::write(db, DemoCompany::defaultAsOf());
    }
    Workspace workspace;
    workspace.open(path, true);
    workspace.waitUntilIdle();
    ASSERT_TRUE(workspace.isReadOnly());
    TargetsPanel panel(workspace);
    TargetModel *model = panel.model();
    const int row = model->rowOf(kNov);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model->flags(model->index(row, TargetModel::Bookings)) & Qt::ItemIsEditable);
    panel.selectMonth(kOct);
    EXPECT_FALSE(panel.fillButton()->isEnabled());
    const std::optional<double> before = TargetTable(*workspace.database()).bookingsOf(kNov);
    QSignalSpy failed(&workspace, &Workspace::failed);
    model->setData(model->index(row, TargetModel::Bookings), QStringLiteral("1")); // refused
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
    EXPECT_EQ(TargetTable(*workspace.database()).bookingsOf(kNov), before);
}
