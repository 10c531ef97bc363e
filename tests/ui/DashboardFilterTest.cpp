// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWindow.h"
#include "FigureFormat.h"
#include "metrics/MetricsEngine.h"
#include "models/FunnelModel.h"
#include "pages/DashboardPage.h"
#include "widgets/KpiTile.h"

#include <QComboBox>

using namespace guardrail;

TEST_F(DemoWindow, TheSegmentFilterNarrowsTheFunnelTheTilesAndNothingElse)
{
    DashboardPage *page = this->page<DashboardPage>();
    QComboBox *filter = page->segmentFilter();
    const Snapshot &snap = window.workspace().snapshot();
    ASSERT_EQ(filter->count(), snap.segments.size() + 1);
    EXPECT_EQ(filter->itemText(0), QStringLiteral("All segments"));
    const int smb = static_cast<int>(snap.segments.indexOf(QStringLiteral("SMB")));
    ASSERT_GE(smb, 0);
    const QString brief = page->briefText();
    const QString companyRate = page->funnelModel()->index(1, FunnelModel::Rate).data().toString();

    filter->setCurrentIndex(smb + 1);
    // The engine's own figures for SMB, spelled as the page spells them.
    Metrics expected = window.workspace().metrics();
    MetricsEngine::computeSegmentFunnel(snap, window.workspace().settings(), expected.asOf, smb,
                                        expected);
    const FigureFormat f(expected.currency);
    EXPECT_EQ(page->funnelModel()->index(1, FunnelModel::Rate).data().toString(),
              f.percent(expected.funnel.stages[1].rate));
    EXPECT_NE(expected.funnel.kpis.mqls, window.workspace().metrics().funnel.kpis.mqls);
    EXPECT_EQ(page->tiles()[1]->value(), f.percent(expected.funnel.kpis.winRate));
    // The demo has no awareness table: the first step is the segment's leads that became MQLs.
    ASSERT_TRUE(snap.awareness.empty());
    EXPECT_EQ(page->funnelModel()->index(0, FunnelModel::Rate).data().toString(),
              f.percent(expected.funnel.stages[0].rate));
    EXPECT_EQ(page->briefText(), brief); // the brief stays the company's

    // An edit reloads the figures; the choice survives it.
    window.workspace().recompute();
    window.workspace().waitUntilIdle();
    EXPECT_EQ(filter->currentText(), QStringLiteral("SMB"));
    filter->setCurrentIndex(0);
    EXPECT_EQ(page->funnelModel()->index(1, FunnelModel::Rate).data().toString(), companyRate);
}
