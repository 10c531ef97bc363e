// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelChart.h"

#include "FigureFormat.h"
#include "Tone.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {

constexpr int kBars = 4;
constexpr double kNarrowest = 0.02; // an empty stage still shows where its bar would be

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Funnel chart"));
    setToolTip(tr("Bars: the leads created, the MQLs, the SQLs and the wins of the funnel "
                  "window, their lengths on a log scale. Between them: each step's rate against "
                  "its target, as in the table (the cohort that entered the step, not the bars' "
                  "ratio)."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FunnelChart::setFunnel(const FunnelFigures &funnel)
{
    m_funnel = funnel;
    const std::array<int, 4> n = counts();
    setAccessibleDescription(tr("%1 leads, %2 MQLs, %3 SQLs, %4 won in the funnel window")
                                 .arg(n[0])
                                 .arg(n[1])
                                 .arg(n[2])
                                 .arg(n[3]));
    update();
}

std::array<int, 4> FunnelChart::counts() const
{
    const Kpis &k = m_funnel.kpis;
    return {k.leads, k.mqls, k.sqls, k.wins};
}

double FunnelChart::rowHeight() const
{
    return fontMetrics().height() * 1.5;
}

QSize FunnelChart::sizeHint() const
{
    return {360, static_cast<int>(rowHeight() * (2 * kBars)) + 4};
}

QSize FunnelChart::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const std::array<int, 4> n = counts();
    const int widest = std::max(1, *std::max_element(n.begin(), n.end()));
    const double row = rowHeight();
    const double labelWidth = fontMetrics().horizontalAdvance(tr("Leads 000,000")) + 8.0;
    const double barArea = width() - labelWidth - 2;
    const QStringList names{tr("Leads"), tr("MQLs"), tr("SQLs"), tr("Won")};
    const FigureFormat f{QString()};
    for (int i = 0; i < kBars; ++i) {
        const double y = 2 + i * 2 * row;
        painter.setPen(palette().color(QPalette::Text));
        painter.setFont(font());
        painter.drawText(QRectF(0, y, labelWidth - 8, row), Qt::AlignRight | Qt::AlignVCenter,
                         names[i] + u' ' + f.number(n[size_t(i)], 0));
        // Lengths on a log scale: 19,000 leads and 170 wins both show, and each step down is
        // as long as its ratio (the tooltip says so).
        const double share =
            std::max(kNarrowest, std::log1p(double(n[size_t(i)])) / std::log1p(double(widest)));
        const double w = barArea * share;
        const QRectF bar(labelWidth + (barArea - w) / 2, y + 2, w, row - 4);
        painter.fillRect(bar, toneColour(Tone::Neutral, dark));

        // The step from this stage to the next, between the two bars: three in all.
        if (i == kBars - 1)
            break;
        const StageRate &s = m_funnel.stages[size_t(i)];
        const Tone tone = toneOfStep(s);
        QString text = tr("↓ %1 (target %2)").arg(f.percent(s.rate), f.percent(s.target));
        if (tone != Tone::Neutral)
            text += u' ' + toneSymbol(tone);
        if (m_funnel.constraint == i)
            text += tr(" · the constraint");
        QFont font = this->font();
        font.setBold(m_funnel.constraint == i);
        painter.setFont(font);
        painter.setPen(tone == Tone::Neutral ? palette().color(QPalette::Text)
                                             : toneColour(tone, dark));
        painter.drawText(QRectF(labelWidth, y + row, barArea, row), Qt::AlignCenter, text);
    }
}

} // namespace guardrail
