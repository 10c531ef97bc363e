// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "widgets/BulletBar.h"

#include <QWidget>

#include <optional>

namespace guardrail {

/**
 * Win rate per group as horizontal bars, read faster than the table: the target win rate as a
 * vertical line, the company's as a dashed one, each bar coloured by its gap to the target
 * (red well under, amber just under, green at or above; blue when there is no target).
 */
class WinRateChart : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString name;
        Figure winRate;
        BulletBar::Tone tone = BulletBar::Tone::Neutral;
    };
    /** More than this many points under the target is red, not amber. */
    static constexpr double kRedGap = 0.05;
    static BulletBar::Tone toneFor(const Figure &gapToTarget);

    explicit WinRateChart(const QString &accessibleName, QWidget *parent = nullptr);
    void setRows(const QList<Row> &rows, std::optional<double> target, const Figure &company,
                 const FigureFormat &format);
    const QList<Row> &rows() const { return m_rows; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawLegend(QPainter &p, const QRectF &row, const QColor &ink) const;
    void drawAxis(QPainter &p, double left, double width, double y, const QColor &muted) const;
    double labelWidth() const;

    QList<Row> m_rows;
    std::optional<double> m_target;
    Figure m_company;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
