// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulletBar.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {

// Rows of the drawing, in line heights of its font.
constexpr double kGap = 0.3, kBar = 1.25;

double niceStep(double rough)
{
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double m = rough / power;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

struct LegendItem
{
    QColor swatch;
    bool line; // the marker: a vertical line, not a block
    QString text;
};

void drawLegend(QPainter &p, const QRectF &row, const QList<LegendItem> &items, const QColor &ink)
{
    const QFontMetricsF fm(p.font());
    const double box = std::round(fm.height() * 0.62), space = fm.height();
    double x = row.left();
    for (const LegendItem &item : items) {
        if (item.text.isEmpty() || x >= row.right())
            continue;
        const QRectF swatch(x, row.center().y() - box / 2, box, box);
        if (item.line)
            p.fillRect(QRectF(swatch.center().x() - 1, row.top(), 2.5, row.height()), item.swatch);
        else
            p.fillRect(swatch, item.swatch);
        x += box + fm.height() * 0.3;
        const QString text = fm.elidedText(item.text, Qt::ElideRight, row.right() - x);
        p.setPen(ink);
        p.drawText(QRectF(x, row.top(), row.right() - x, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + space;
    }
}

void drawAxis(QPainter &p, const QRectF &row, double top, const BulletBar::Spec &s,
              const QColor &muted)
{
    const QFontMetricsF fm(p.font());
    const double widest = fm.horizontalAdvance(s.tickLabel(top)) + fm.height() * 1.5;
    const double step =
        std::max(s.minStep, niceStep(top / std::max(1.0, std::floor(row.width() / widest))));
    p.setPen(QPen(muted, 1));
    for (int i = 0; i * step <= top; ++i) {
        const double v = i * step, x = row.left() + row.width() * v / top;
        // The tick stops short of the label's glyphs, in a printer's metrics as on screen.
        p.drawLine(QPointF(x, row.top()), QPointF(x, row.top() + fm.height() * 0.2));
        const QString label = s.tickLabel(v);
        const double w = fm.horizontalAdvance(label);
        const double left = std::max(row.left(), std::min(x - w / 2, row.right() - w));
        p.drawText(QRectF(left, row.top() + fm.height() * 0.3, w + 1, fm.height()),
                   Qt::AlignLeft | Qt::AlignTop, label);
    }
}

} // namespace

BulletBar::Spec BulletBar::forPeriod(const PeriodForecast &q, const FigureFormat &f)
{
    Spec s;
    s.value = q.bookings;
    if (q.forecast.has())
        s.extension = q.forecast.value();
    if (q.target.has())
        s.marker = q.target.value();
    if (q.target.has() && q.bookings >= q.target.value())
        s.tone = Tone::Good;
    else if (q.target.has() && q.forecast.has())
        s.tone = q.forecast.value() >= q.target.value() ? Tone::Good : Tone::Bad;
    s.valueLabel = q.attainment.has()
                       ? tr("Booked %1 (%2)").arg(f.money(q.bookings), f.percent(q.attainment))
                       : tr("Booked %1").arg(f.money(q.bookings));
    s.extensionLabel =
        q.forecastAttainment.has()
            ? tr("Forecast %1 (%2)").arg(f.money(q.forecast), f.percent(q.forecastAttainment))
            : tr("Forecast %1").arg(f.money(q.forecast));
    s.markerLabel = tr("Target %1").arg(f.money(q.target));
    s.tickLabel = [f](double v) { return f.money(v); };
    return s;
}

BulletBar::Spec BulletBar::forCoverage(const PeriodForecast &q, double coverageTarget,
                                       const FigureFormat &f)
{
    Spec s;
    s.value = q.coverage.valueOr(0);
    s.marker = coverageTarget;
    if (q.coverageStatus)
        s.tone = *q.coverageStatus == CoverageStatus::Covered ? Tone::Good : Tone::Warning;
    s.valueLabel = q.coverage.has()
                       ? tr("Coverage %1: %2 due / %3 to go")
                             .arg(f.ratio(q.coverage), f.money(q.pipelineDue), f.money(q.remaining))
                       : tr("Coverage %1 (%2)").arg(FigureFormat::dash(), q.coverage.reason());
    s.markerLabel = tr("Wanted %1").arg(f.ratio(Figure::of(coverageTarget)));
    s.tickLabel = [f](double v) { return f.ratio(Figure::of(v)); };
    s.minStep = 0.5; // "0.5×" steps: the ratio's one decimal names every tick exactly
    return s;
}

double BulletBar::heightFor(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() * (2.1 + 2 * kGap + kBar) + 2);
}

void BulletBar::paint(QPainter &p, const QRectF &rect, const Spec &s, const QFont &font, bool dark)
{
    p.save();
    p.setFont(font);
    const double lh = QFontMetricsF(font).height(), gap = lh * kGap;
    const QColor ink = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor muted = dark ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x60, 0x60, 0x60);
    const QColor track = dark ? QColor(0x40, 0x40, 0x40) : QColor(0xE6, 0xE6, 0xE6);
    const QColor solid = toneColour(s.tone, dark);
    QColor light = solid;
    light.setAlphaF(dark ? 0.55f : 0.4f); // a tint of the bar over the track, on either palette

    const double top = std::max({s.value, s.extension.value_or(0), s.marker.value_or(0)});
    const double scale = top > 0 ? top * 1.06 : 1; // room for the target line at the end
    const auto x = [&](double v) {
        return rect.left() + rect.width() * std::clamp(v / scale, 0.0, 1.0);
    };
    drawLegend(p, QRectF(rect.left(), rect.top(), rect.width(), lh),
               {{solid, false, s.valueLabel},
                {light, false, s.extensionLabel},
                {ink, true, s.markerLabel}},
               ink);

    const QRectF bar(rect.left(), rect.top() + lh + gap, rect.width(), std::round(lh * kBar));
    p.fillRect(bar, track);
    if (s.extension && *s.extension > s.value)
        p.fillRect(QRectF(QPointF(x(s.value), bar.top()), QPointF(x(*s.extension), bar.bottom())),
                   light);
    p.fillRect(QRectF(bar.topLeft(), QPointF(x(s.value), bar.bottom())), solid);
    if (s.marker) {
        const double at = x(*s.marker);
        p.fillRect(QRectF(at - 1.25, bar.top() - gap, 2.5, bar.height() + 2 * gap), ink);
    }
    if (top > 0 && s.tickLabel)
        drawAxis(p, QRectF(rect.left(), bar.bottom() + gap, rect.width(), lh), scale, s, muted);
    p.restore();
}

BulletBar::BulletBar(const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(accessibleName);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BulletBar::setSpec(const Spec &spec)
{
    m_spec = spec;
    QStringList said;
    for (const QString &label : {spec.valueLabel, spec.extensionLabel, spec.markerLabel})
        if (!label.isEmpty())
            said << label;
    setAccessibleDescription(said.join(QStringLiteral("; ")));
    setToolTip(accessibleDescription());
    update();
}

QSize BulletBar::sizeHint() const
{
    return {480, static_cast<int>(heightFor(font()))};
}

QSize BulletBar::minimumSizeHint() const
{
    return {240, static_cast<int>(heightFor(font()))};
}

void BulletBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // The window's own palette decides light or dark, so View > Dark palette repaints it right.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    paint(p, QRectF(rect()).adjusted(1, 0, -2, 0), m_spec, font(), dark);
}

} // namespace guardrail
