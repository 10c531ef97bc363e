// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JourneyStage.h"
#include "metrics/Metrics.h"

#include <QWidget>

namespace guardrail {

/**
 * The customer journey drawn as a map: the five stages left to right, each with its owner and
 * how many touchpoints it has; between two stages an arrow carrying the measured rate against
 * its target, coloured and marked ✓ ● ✗; the constraint's arrow thicker and named. A click on a
 * stage selects it.
 */
class JourneyMap : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyMap(QWidget *parent = nullptr);

    void setJourney(const Journey &journey, const FunnelFigures &funnel);
    /** The words of one arrow (step 0–3), as drawn: rate, target, and the constraint mark. */
    QStringList stepLabel(int step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stageClicked(int stage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF stageRect(int stage) const;
    void paintStage(QPainter &painter, int stage, bool dark) const;
    void paintStep(QPainter &painter, int step, bool dark) const;

    Journey m_journey;
    FunnelFigures m_funnel;
};

} // namespace guardrail
