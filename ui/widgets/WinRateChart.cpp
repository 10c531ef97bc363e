// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinRateChart.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {

// In line heights of the font: a bar, the space between bars.
constexpr double kBar = 1.1, kRowGap = 0.45;

QPen dashed(const QColor &colour)
{
    QPen pen(colour, 2);
    pen.setStyle(Qt::DashLine);
    return pen;
}

} // namespace

BulletBar::Tone WinRateChart::toneFor(const Figure &gapToTarget)
{
    if (!gapToTarget.has())
        return BulletBar::Tone::Neutral;
    if (gapToTarget.value() > kRedGap)
        return BulletBar::Tone::Bad;
    return gapToTarget.value() > 0 ? BulletBar::Tone::Warning : BulletBar::Tone::Good;
}

WinRateChart::WinRateChart(const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(accessibleName);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WinRateChart::setRows(const QList<Row> &rows, std::optional<double> target,
                           const Figure &company, const FigureFormat &format)
{
    m_rows = rows;
    m_target = target;
    m_company = company;
    m_format = format;
    QStringList said;
    for (const Row &r : rows)
        said << tr("%1 %2").arg(r.name, m_format.percent(r.winRate));
    setAccessibleDescription(said.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

double WinRateChart::labelWidth() const
{
    const QFontMetricsF fm(font());
    double w = 0;
    for (const Row &r : m_rows)
        w = std::max(w, fm.horizontalAdvance(r.name));
    return std::min(w + fm.height(), width() * 0.35);
}

QSize WinRateChart::sizeHint() const
{
    const double lh = QFontMetricsF(font()).height();
    const double bars = double(m_rows.size()) * lh * (kBar + kRowGap);
    return {560, static_cast<int>(std::ceil(lh * 3.2 + bars))}; // legend, bars, axis
}

QSize WinRateChart::minimumSizeHint() const
{
    return {280, sizeHint().height()};
}

void WinRateChart::drawLegend(QPainter &p, const QRectF &row, const QColor &ink) const
{
    const QFontMetricsF fm(p.font());
    const double box = std::round(fm.height() * 0.62), space = fm.height();
    double x = row.left();
    const auto item = [&](const QString &text) {
        p.setPen(ink);
        const QRectF textRect(x + box + 4, row.top(), fm.horizontalAdvance(text) + 1, row.height());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        x = textRect.right() + space;
    };
    const double mid = row.center().y();
    if (m_target) {
        p.fillRect(QRectF(x + box / 2 - 1.25, mid - box / 2 - 2, 2.5, box + 4), ink);
        item(tr("Target %1").arg(m_format.percent(*m_target)));
    } else {
        item(tr("No target win rate set"));
    }
    if (m_company.has()) {
        p.setPen(dashed(ink));
        p.drawLine(QPointF(x + box / 2, mid - box / 2 - 2),
                   QPointF(x + box / 2, mid + box / 2 + 2));
        item(tr("Company %1").arg(m_format.percent(m_company)));
    }
    if (m_target)
        item(tr("Red: more than %1 under target; amber: under; green: at or above")
                 .arg(m_format.percentPointChange(kRedGap).mid(1)));
}

void WinRateChart::drawAxis(QPainter &p, double left, double width, double y,
                            const QColor &muted) const
{
    const QFontMetricsF fm(p.font());
    p.setPen(muted);
    for (int i = 0; i <= 4; ++i) {
        const double v = i * 0.25, at = left + width * v;
        const QString text = m_format.percent(v, 0);
        const double w = fm.horizontalAdvance(text);
        const double x = std::clamp(at - w / 2, left, left + width - w);
        p.drawText(QRectF(x, y, w + 1, fm.height()), Qt::AlignCenter, text);
    }
}

void WinRateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The window's own palette decides light or dark, as BulletBar does.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor ink = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor muted = dark ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x60, 0x60, 0x60);
    const QColor track = dark ? QColor(0x40, 0x40, 0x40) : QColor(0xE6, 0xE6, 0xE6);
    const double lh = QFontMetricsF(font()).height();
    const QRectF area = QRectF(rect()).adjusted(1, 0, -lh * 4, 0); // room for the value text
    drawLegend(p, QRectF(area.left(), area.top(), area.width(), lh), ink);
    if (m_rows.isEmpty())
        return;
    const double left = area.left() + labelWidth(), width = area.right() - left;
    const double top = area.top() + lh * 1.6, step = lh * (kBar + kRowGap);
    const auto x = [&](double v) { return left + width * std::clamp(v, 0.0, 1.0); };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const QRectF bar(left, top + double(i) * step, width, lh * kBar);
        p.setPen(ink);
        p.drawText(QRectF(area.left(), bar.top(), left - area.left() - lh / 2, bar.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetricsF(font()).elidedText(r.name, Qt::ElideRight, left - area.left()));
        p.fillRect(bar, track);
        const double end = x(r.winRate.valueOr(0));
        if (r.winRate.has())
            p.fillRect(QRectF(bar.topLeft(), QPointF(end, bar.bottom())),
                       BulletBar::toneColour(r.tone, dark));
        p.setPen(ink);
        p.drawText(QRectF(bar.right() + lh / 3, bar.top(), lh * 4, bar.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_format.percent(r.winRate));
    }
    const double barsTop = top - lh * kRowGap / 2;
    const double barsBottom = top + double(m_rows.size()) * step - lh * kRowGap / 2;
    if (m_target)
        p.fillRect(QRectF(x(*m_target) - 1.25, barsTop, 2.5, barsBottom - barsTop), ink);
    if (m_company.has()) {
        p.setPen(dashed(ink));
        p.drawLine(QPointF(x(m_company.value()), barsTop),
                   QPointF(x(m_company.value()), barsBottom));
    }
    drawAxis(p, left, width, barsBottom + lh * 0.2, muted);
}

} // namespace guardrail
