// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if panel on the CAC & Guardrail page shows the engine's WhatIf, and logs a decision.
#include "pages/WhatIfPanel.h"
#include "FigureFormat.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "edit/DecisionDialog.h"
#include "metrics/WhatIfRecord.h"
#include "models/WhatIfModel.h"
#include "pages/GuardrailPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class WhatIfPanelTest : public ::testing::Test
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
        workspace().waitUntilIdle();
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto *p = qobject_cast<GuardrailPage *>(window.page(i)))
                panel = p->whatIf();
        ASSERT_NE(panel, nullptr);
    }
    Workspace &workspace() { return window.workspace(); }
    QString cell(int row, int column) const
    {
        return panel->resultModel()->item(row, column)->text();
    }
    void choose(QComboBox *box, const QString &text)
    {
        const int i = box->findText(text);
        ASSERT_GE(i, 0) << text.toStdString();
        box->setCurrentIndex(i);
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
    WhatIfPanel *panel = nullptr;
};

} // namespace

TEST_F(WhatIfPanelTest, PausingOutboundShowsTheEnginesAfterFigures)
{
    choose(panel->scenarioBox(), QStringLiteral("Pause a channel"));
    choose(panel->pauseBox(), QStringLiteral("Outbound"));
    const Workspace &w = workspace();
    const WhatIf::Result r =
        WhatIf::pause(w.snapshot(), w.settings(), w.metrics().asOf, QStringLiteral("Outbound"));
    ASSERT_TRUE(r.refusal.isEmpty());
    const FigureFormat f(w.metrics().currency);
    EXPECT_EQ(cell(0, WhatIfModel::Before), f.money(r.before.cac));
    EXPECT_EQ(cell(0, WhatIfModel::After), f.money(r.after.cac));
    EXPECT_EQ(cell(1, WhatIfModel::Before), f.percent(r.before.acquisitionPctGp));
    EXPECT_EQ(cell(1, WhatIfModel::After), f.percent(r.after.acquisitionPctGp));
    EXPECT_TRUE(panel->refusalLabel()->isHidden());
    EXPECT_FALSE(panel->resultModel()->findItems(QStringLiteral("Outbound: status")).isEmpty());
}

TEST_F(WhatIfPanelTest, TheDefaultPauseIsTheWorstBreach)
{
    const ChannelFigures *worst = nullptr;
    for (const ChannelFigures &c : workspace().metrics().channels)
        if (c.status == GuardrailStatus::Breach &&
            (!worst || c.cacPctGp.valueOr(-1) > worst->cacPctGp.valueOr(-1)))
            worst = &c;
    ASSERT_NE(worst, nullptr);
    EXPECT_EQ(panel->pauseBox()->currentText(), worst->name);
}

TEST_F(WhatIfPanelTest, ShiftingMoreThanTheSourceSpendsIsRefused)
{
    choose(panel->scenarioBox(), QStringLiteral("Shift spend between two"));
    choose(panel->fromBox(), QStringLiteral("Outbound"));
    choose(panel->toBox(), QStringLiteral("Referral"));
    panel->amountBox()->setValue(panel->amountBox()->maximum());
    EXPECT_FALSE(panel->result().refusal.isEmpty());
    EXPECT_FALSE(panel->refusalLabel()->isHidden());
    EXPECT_TRUE(panel->refusalLabel()->text().contains(panel->result().refusal));
    EXPECT_EQ(panel->resultModel()->rowCount(), 0);
}

TEST_F(WhatIfPanelTest, LogAsDecisionAddsOneUndoableDecision)
{
    choose(panel->scenarioBox(), QStringLiteral("Pause a channel"));
    choose(panel->pauseBox(), QStringLiteral("Outbound"));
    const qsizetype before = workspace().snapshot().decisions.size();
    bool accepted = false;
    // The dialog is modal: accept it from the event loop once it is up.
    auto *poll = new QTimer(panel);
    QObject::connect(poll, &QTimer::timeout, panel, [&] {
        if (auto *d = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            accepted = true;
            d->accept();
        }
    });
    poll->start(10);
    panel->logButton()->click();
    ASSERT_TRUE(accepted);
    workspace().waitUntilIdle();
    ASSERT_EQ(workspace().snapshot().decisions.size(), before + 1);
    const Decision &d = workspace().snapshot().decisions.front(); // newest first
    EXPECT_EQ(d.summary, QStringLiteral("pause Outbound"));
    EXPECT_EQ(d.type, QStringLiteral("pause_channel"));
    EXPECT_EQ(d.expectedMetric, QStringLiteral("company.cac"));
    ASSERT_TRUE(d.expectedValue.has_value());
    EXPECT_EQ(*d.expectedValue, std::round(panel->result().after.cac.value())); // whole units
    EXPECT_EQ(d.expectedBy, workspace().metrics().asOf.addDays(90));
    EXPECT_TRUE(d.rationale.contains(panel->result().assumption));
    // The scenario itself goes with the decision, for the monthly pack.
    const std::optional<WhatIfRecord> record = WhatIfRecord::read(d.figuresJson);
    ASSERT_TRUE(record.has_value()) << d.figuresJson.toStdString();
    EXPECT_EQ(record->scenario.scenario, QStringLiteral("pause Outbound"));
    EXPECT_EQ(record->unitWindowMonths, workspace().settings().unitWindowMonths);
    EXPECT_DOUBLE_EQ(record->scenario.after.cac.value(), panel->result().after.cac.value());
    workspace().undoStack()->undo(); // Ctrl+Z
    workspace().waitUntilIdle();
    EXPECT_EQ(workspace().snapshot().decisions.size(), before);
}

TEST(WhatIfModel, TheLossReadsAsTheDifferenceOfThePrintedRows)
{
    // 12 months: 358.08 new customers before = 29.84 a month, printed 29.8; 288.72 after =
    // 24.06, printed 24.1. The loss is 5.78 a month, but the table says 29.8 − 24.1 = 5.7, and
    // the sentence under it must say the same.
    WhatIf::Result r;
    r.before.newCustomers = 358.08;
    r.after.newCustomers = 288.72;
    r.monthlySpendSaved = 1000;
    r.monthlyNewCustomersLost = (358.08 - 288.72) / 12;
    r.monthlyBookingsLost = 0;
    const FigureFormat f(QStringLiteral("USD"), QLocale(QLocale::English, QLocale::UnitedStates));
    WhatIfModel model;
    model.setResult(r, 12, f);
    EXPECT_EQ(model.item(2, WhatIfModel::Before)->text(), QStringLiteral("29.8"));
    EXPECT_EQ(model.item(2, WhatIfModel::After)->text(), QStringLiteral("24.1"));
    EXPECT_TRUE(WhatIfModel::lossText(r, f).contains(QStringLiteral("loses 5.7 new customers")))
        << WhatIfModel::lossText(r, f).toStdString();
}
