// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyMap.h"

#include "FigureFormat.h"
#include "Tone.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace guardrail {
namespace {

// Widths in units: a stage is 1.3 units, the gap that carries an arrow and its words 1.
constexpr double kStageUnits = 1.3, kGapUnits = 1.0;
constexpr double kUnits = kStageCount * kStageUnits + (kStageCount - 1) * kGapUnits;

} // namespace

JourneyMap::JourneyMap(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Journey map"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void JourneyMap::setJourney(const Journey &journey, const FunnelFigures &funnel)
{
    m_journey = journey;
    m_funnel = funnel;
    QStringList steps;
    for (int i = 0; i < kStageCount - 1; ++i)
        steps << tr("%1 to %2: %3")
                     .arg(stageName(i), stageName(i + 1), stepLabel(i).join(QLatin1Char(' ')));
    setAccessibleDescription(steps.join(QStringLiteral("; ")));
    update();
}

QStringList JourneyMap::stepLabel(int step) const
{
    const StageRate &s = m_funnel.stages[size_t(step)];
    const FigureFormat f{QString()};
    const QString symbol = toneSymbol(toneOfStep(s));
    QStringList lines{symbol.isEmpty() ? f.percent(s.rate) : f.percent(s.rate) + u' ' + symbol,
                      tr("target %1").arg(f.percent(s.target))};
    if (m_funnel.constraint == step)
        lines << tr("constraint");
    return lines;
}

QSize JourneyMap::sizeHint() const
{
    return {900, fontMetrics().height() * 7};
}

QSize JourneyMap::minimumSizeHint() const
{
    return {600, fontMetrics().height() * 7};
}

QRectF JourneyMap::stageRect(int stage) const
{
    const double unit = (width() - 2) / kUnits;
    const double x = 1 + stage * (kStageUnits + kGapUnits) * unit;
    return {x, 1, kStageUnits * unit, height() - 2.0};
}

void JourneyMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int i = 0; i < kStageCount; ++i)
        paintStage(painter, i, dark);
    for (int i = 0; i < kStageCount - 1; ++i)
        paintStep(painter, i, dark);
}

void JourneyMap::paintStage(QPainter &painter, int stage, bool dark) const
{
    const JourneyStage &s = m_journey[size_t(stage)];
    const QRectF box = stageRect(stage);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    const QRectF text = box.adjusted(8, 6, -8, -6);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const double line = QFontMetricsF(bold).height();
    painter.drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft,
                     stageName(stage));
    painter.setFont(font());
    const int touchpoints = static_cast<int>(s.touchpoints.size());
    const QString count = touchpoints == 0   ? tr("● no touchpoints")
                          : touchpoints == 1 ? tr("1 touchpoint")
                                             : tr("%1 touchpoints").arg(touchpoints);
    const QString body = (s.owner.isEmpty() ? tr("● no owner") : s.owner) + u'\n' + count;
    painter.setPen(s.owner.isEmpty() || touchpoints == 0 ? toneColour(Tone::Warning, dark)
                                                         : palette().color(QPalette::Text));
    painter.drawText(text.adjusted(0, line + 4, 0, 0), Qt::AlignLeft | Qt::TextWordWrap, body);
}

void JourneyMap::paintStep(QPainter &painter, int step, bool dark) const
{
    const StageRate &s = m_funnel.stages[size_t(step)];
    const bool constraint = m_funnel.constraint == step;
    const QRectF from = stageRect(step), to = stageRect(step + 1);
    const double y = from.center().y();
    const double x0 = from.right() + 4, x1 = to.left() - 4;
    const QColor colour = toneOfStep(s) == Tone::Neutral ? palette().color(QPalette::Mid)
                                                         : toneColour(toneOfStep(s), dark);
    painter.setPen(QPen(colour, constraint ? 4 : 2));
    painter.drawLine(QPointF(x0, y), QPointF(x1 - 8, y));
    QPainterPath head;
    head.moveTo(x1, y);
    head.lineTo(x1 - 10, y - 6);
    head.lineTo(x1 - 10, y + 6);
    head.closeSubpath();
    painter.fillPath(head, colour);

    const QStringList lines = stepLabel(step);
    QFont bold = font();
    bold.setBold(true);
    const double line = QFontMetricsF(bold).height();
    const QRectF gap(from.right(), 0, to.left() - from.right(), height());
    painter.setFont(bold);
    painter.setPen(toneOfStep(s) == Tone::Neutral ? palette().color(QPalette::Text) : colour);
    painter.drawText(QRectF(gap.left(), y - line - 6, gap.width(), line), Qt::AlignCenter,
                     lines[0]);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(gap.left(), y + 6, gap.width(), line), Qt::AlignCenter, lines[1]);
    if (constraint) {
        painter.setFont(bold);
        painter.drawText(QRectF(gap.left(), y + 6 + line, gap.width(), line), Qt::AlignCenter,
                         lines[2]);
    }
}

void JourneyMap::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < kStageCount; ++i)
        if (stageRect(i).contains(event->position())) {
            Q_EMIT stageClicked(i);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace guardrail
