// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinRateChart.h"

#include "Tone.h"
#include "models/WinLossModel.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {

// In line heights of the font: a bar, the space between bars.
constexpr double kBar = 1.1, kRowGap = 0.45;

QPen dashed(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setStyle(Qt::DashLine);
    return pen;
}

double labelWidth(const WinRateChart::Content &c, const QFontMetricsF &fm, double width)
{
    double w = 0;
    for (const WinRateChart::Row &r : c.rows)
        w = std::max(w, fm.horizontalAdvance(r.name));
    return std::min(w + fm.height(), width * 0.35);
}

void drawLegend(QPainter &p, const QRectF &row, const WinRateChart::Content &c, const QColor &ink)
{
    const QFontMetricsF fm(p.font());
    const double box = std::round(fm.height() * 0.62), space = fm.height();
    const double line = fm.height() / 8;
    double x = row.left();
    const auto item = [&](const QString &text) {
        p.setPen(ink);
        const QRectF textRect(x + box + 4, row.top(), fm.horizontalAdvance(text) + 1, row.height());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        x = textRect.right() + space;
    };
    const double mid = row.center().y();
    if (c.target) {
        p.fillRect(QRectF(x + box / 2 - line / 2, mid - box / 2 - 2, line, box + 4), ink);
        item(WinRateChart::tr("Target %1").arg(c.format.percent(*c.target)));
    } else {
        item(WinRateChart::tr("No target win rate set"));
    }
    if (c.company.has()) {
        p.setPen(dashed(ink, line * 0.8));
        p.drawLine(QPointF(x + box / 2, mid - box / 2 - 2),
                   QPointF(x + box / 2, mid + box / 2 + 2));
        item(WinRateChart::tr("Company %1").arg(c.format.percent(c.company)));
    }
    if (c.target)
        item(WinRateChart::tr(
                 "✗ red: more than %1 under target; ● amber: under; ✓ green: at or above")
                 .arg(c.format.percentPointChange(WinRateChart::kRedGap).mid(1)));
}

void drawAxis(QPainter &p, double left, double width, double y, const FigureFormat &format,
              const QColor &muted)
{
    const QFontMetricsF fm(p.font());
    p.setPen(muted);
    for (int i = 0; i <= 4; ++i) {
        const double v = i * 0.25, at = left + width * v;
        const QString text = format.percent(v, 0);
        const double w = fm.horizontalAdvance(text);
        const double x = std::clamp(at - w / 2, left, left + width - w);
        p.drawText(QRectF(x, y, w + 1, fm.height()), Qt::AlignCenter, text);
    }
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

WinRateChart::Content WinRateChart::contentOf(const WinLossModel &groups)
{
    const WinLossFigures &figures = groups.figures();
    Content c{{}, figures.targetWinRate, figures.companyWinRate, groups.format()};
    for (int i = 0; i < groups.groups().size(); ++i) {
        const WinLossFigures::Group &g = groups.groups().at(i);
        c.rows << Row{groups.index(i, WinLossModel::Name).data().toString(), g.winRate,
                      toneFor(g.gapToTarget)};
    }
    return c;
}

double WinRateChart::heightFor(const Content &content, const QFont &font)
{
    const double lh = QFontMetricsF(font).height();
    const double bars = double(content.rows.size()) * lh * (kBar + kRowGap);
    return std::ceil(lh * 3.2 + bars); // legend, bars, axis
}

void WinRateChart::paint(QPainter &p, const QRectF &rect, const Content &c, const QFont &font,
                         bool dark)
{
    p.save();
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QColor ink = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor muted = dark ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x60, 0x60, 0x60);
    const QColor track = dark ? QColor(0x40, 0x40, 0x40) : QColor(0xE6, 0xE6, 0xE6);
    const double lh = fm.height(), line = lh / 8;
    const QRectF area = rect.adjusted(1, 0, -lh * 5, 0); // room for the value and its symbol
    drawLegend(p, QRectF(area.left(), area.top(), area.width(), lh), c, ink);
    if (!c.rows.isEmpty()) {
        const double left = area.left() + labelWidth(c, fm, area.width());
        const double width = area.right() - left;
        const double top = area.top() + lh * 1.6, step = lh * (kBar + kRowGap);
        const auto x = [&](double v) { return left + width * std::clamp(v, 0.0, 1.0); };
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            const Row &r = c.rows.at(i);
            const QRectF bar(left, top + double(i) * step, width, lh * kBar);
            p.setPen(ink);
            p.drawText(QRectF(area.left(), bar.top(), left - area.left() - lh / 2, bar.height()),
                       Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(r.name, Qt::ElideRight, left - area.left()));
            p.fillRect(bar, track);
            if (r.winRate.has())
                p.fillRect(QRectF(bar.topLeft(), QPointF(x(r.winRate.value()), bar.bottom())),
                           BulletBar::toneColour(r.tone, dark));
            p.setPen(ink);
            // The rate and its symbol: the bar's colour never says it alone.
            const QString symbol = toneSymbol(r.tone);
            p.drawText(QRectF(bar.right() + lh / 3, bar.top(), lh * 5, bar.height()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       symbol.isEmpty() ? c.format.percent(r.winRate)
                                        : c.format.percent(r.winRate) + u' ' + symbol);
        }
        const double barsTop = top - lh * kRowGap / 2;
        const double barsBottom = top + double(c.rows.size()) * step - lh * kRowGap / 2;
        if (c.target)
            p.fillRect(QRectF(x(*c.target) - line / 2, barsTop, line, barsBottom - barsTop), ink);
        if (c.company.has()) {
            p.setPen(dashed(ink, line * 0.8));
            p.drawLine(QPointF(x(c.company.value()), barsTop),
                       QPointF(x(c.company.value()), barsBottom));
        }
        drawAxis(p, left, width, barsBottom + lh * 0.2, c.format, muted);
    }
    p.restore();
}

WinRateChart::WinRateChart(const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(accessibleName);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WinRateChart::setContent(const Content &content)
{
    m_content = content;
    QStringList said;
    for (const Row &r : content.rows)
        said << tr("%1 %2").arg(r.name, content.format.percent(r.winRate));
    setAccessibleDescription(said.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize WinRateChart::sizeHint() const
{
    return {560, static_cast<int>(heightFor(m_content, font()))};
}

QSize WinRateChart::minimumSizeHint() const
{
    return {280, sizeHint().height()};
}

void WinRateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The window's own palette decides light or dark, as BulletBar does.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    paint(p, QRectF(rect()), m_content, font(), dark);
}

} // namespace guardrail
