// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Metrics.h"

#include <QWidget>

namespace guardrail {

/**
 * The funnel in one look: how many leads were created, became MQLs, SQLs and customers in the
 * funnel window, as bars narrowing from the top (lengths on a log scale), and between two bars the
 * step's rate against its target (the conversion table's cohort rate), coloured and marked ✓ ● ✗.
 */
class FunnelChart : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setFunnel(const FunnelFigures &funnel);
    /** The bars' counts, top to bottom: leads, MQLs, SQLs, won. */
    std::array<int, 4> counts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double rowHeight() const;

    FunnelFigures m_funnel;
};

} // namespace guardrail
