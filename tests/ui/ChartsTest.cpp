// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's trend charts: read against their target, in the page's units, no legend noise.
#include "charts/Charts.h"
#include "domain/Decision.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

using namespace guardrail;

namespace {

// Three Sundays with MQL → SQL at 22%, 24%, 26% and an average deal of $9,000, $9,500, $10,000;
// the step's target 31%, far above every point.
Metrics threeWeeks()
{
    Metrics m;
    m.currency = QStringLiteral("USD");
    m.funnel.stages[1].target = 0.31;
    const EpochDay first = *iso::parseDate(QStringLiteral("2026-11-01"));
    for (int i = 0; i < 3; ++i) {
        FunnelFigures w;
        w.asOf = first + 7 * i;
        w.stages[1].rate = Figure::of(0.22 + 0.02 * i);
        w.kpis.avgDealSize = Figure::of(9000 + 500 * i);
        m.weekly << w;
    }
    return m;
}

QLineSeries *seriesNamed(QChart *chart, const QString &prefix)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name().startsWith(prefix))
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

QValueAxis *yAxis(QChart *chart)
{
    return qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
}

} // namespace

TEST(Charts, ARateTrendShowsItsTargetInsideTheAxis)
{
    Decision d;
    d.decidedOn = QDate(2026, 11, 10);
    const std::unique_ptr<QChart> chart(
        Charts::weeklyTrend(threeWeeks(), Charts::Kpi::MqlToSql, {d}));
    QLineSeries *target = seriesNamed(chart.get(), QStringLiteral("Target"));
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->name(), QStringLiteral("Target 31%"));
    ASSERT_EQ(target->count(), 2);
    EXPECT_DOUBLE_EQ(target->at(0).y(), 31); // in percent, as the axis
    QValueAxis *y = yAxis(chart.get());
    EXPECT_LE(y->min(), 22);
    EXPECT_GE(y->max(), 31); // the 20–28 axis of before would hide it
    EXPECT_EQ(y->labelFormat(), QStringLiteral("%.0f%%"));
    // The decision is a dashed line; the legend is there for the target.
    QLineSeries *decision = seriesNamed(chart.get(), QStringLiteral("Decision"));
    ASSERT_NE(decision, nullptr);
    EXPECT_EQ(decision->pen().style(), Qt::DashLine);
    EXPECT_TRUE(chart->legend()->isVisible());
}

TEST(Charts, AMoneyTrendReadsInThousandsOfTheCurrency)
{
    const std::unique_ptr<QChart> chart(
        Charts::weeklyTrend(threeWeeks(), Charts::Kpi::AvgDealSize, {}));
    QValueAxis *y = yAxis(chart.get());
    EXPECT_EQ(y->labelFormat(), QStringLiteral("$%.0fk"));
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    ASSERT_EQ(line->count(), 3);
    EXPECT_DOUBLE_EQ(line->at(0).y(), 9); // $9,000 as 9k
    EXPECT_EQ(seriesNamed(chart.get(), QStringLiteral("Target")), nullptr);
    EXPECT_FALSE(chart->legend()->isVisible()); // nothing to tell the title does not
}
