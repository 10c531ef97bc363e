// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include "Charts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>

namespace guardrail {

ChartView::ChartView(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
}

void ChartView::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns it from here
    delete old;
    setAccessibleName(chart->title());
    applyPalette();
}

QChart *ChartView::chart() const
{
    return m_view->chart();
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartView::applyPalette()
{
    // Qt 6.4 cannot ask the platform for its colour scheme: read the palette's window colour.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (m_view->chart())
        Charts::applyTheme(m_view->chart(), dark);
}

} // namespace guardrail
