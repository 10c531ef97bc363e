// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace guardrail {

/**
 * A chart on a page. Wraps QChartView so that pages never include Qt Charts: they hand over a
 * chart from Charts and this view themes it for the window's palette (light or dark).
 */
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    /** Takes ownership of chart; the previous chart is deleted. */
    void setChart(QChart *chart);
    QChart *chart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QChartView *m_view;
};

} // namespace guardrail
