// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "Tone.h"
#include "metrics/Forecast.h"

#include <QWidget>

#include <functional>
#include <optional>

namespace guardrail {

/**
 * A bullet bar, read in one look: the value so far (solid), where it is heading (a lighter
 * extension), the target as a vertical line, and an axis in the figure's own unit. The colour
 * says whether the period is on track; the legend says it in words too. One painter routine
 * draws it on screen (palette-aware) and in the PDF packs (light).
 */
class BulletBar : public QWidget
{
    Q_OBJECT
public:
    using Tone = guardrail::Tone;
    struct Spec
    {
        double value = 0;                // the solid bar
        std::optional<double> extension; // the lighter bar, drawn past the value up to here
        std::optional<double> marker;    // the vertical line
        Tone tone = Tone::Neutral;
        QString valueLabel, extensionLabel, markerLabel; // legend; empty: not shown
        std::function<QString(double)> tickLabel;        // the axis, in money or "×"
        double minStep = 0; // the axis's smallest step, so its labels need no more decimals
    };

    /** Bookings so far, the forecast past them, the target line. */
    static Spec forPeriod(const PeriodForecast &period, const FigureFormat &format);
    /** The due pipeline's coverage of the rest of the target, against coverage_target. */
    static Spec forCoverage(const PeriodForecast &period, double coverageTarget,
                            const FigureFormat &format);
    /** Green on track or covered, red under target, amber thin: readable on light and dark. */
    static QColor toneColour(Tone tone, bool dark) { return guardrail::toneColour(tone, dark); }
    /** Draws the bar (legend, bar, axis) in rect, in the font's size. */
    static void paint(QPainter &painter, const QRectF &rect, const Spec &spec, const QFont &font,
                      bool dark);
    /** The height paint() needs for a font. */
    static double heightFor(const QFont &font);

    explicit BulletBar(const QString &accessibleName, QWidget *parent = nullptr);
    void setSpec(const Spec &spec);
    const Spec &spec() const { return m_spec; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Spec m_spec;
};

} // namespace guardrail
