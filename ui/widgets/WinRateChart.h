// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/WinLoss.h"
#include "widgets/BulletBar.h"

#include <QWidget>

#include <optional>

namespace guardrail {

class WinLossModel;

/**
 * Win rate per group as horizontal bars, read faster than the table: the target win rate as a
 * vertical line, the company's as a dashed one, each bar coloured by its gap to the target
 * (red well under, amber just under, green at or above; blue when there is no target). The
 * page shows it as a widget; the monthly pack paints the same drawing (paint()).
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
    struct Content
    {
        QList<Row> rows;
        std::optional<double> target;
        Figure company;
        FigureFormat format{QStringLiteral("USD")};
    };
    /** More than this many points under the target is red, not amber. */
    static constexpr double kRedGap = 0.05;
    static BulletBar::Tone toneFor(const Figure &gapToTarget);
    /** The chart of the model's groups (their names as its table spells them), as the page
     *  and the pack draw it. */
    static Content contentOf(const WinLossModel &groups);
    /** The drawing's height for its rows in a font, in the painter's units. */
    static double heightFor(const Content &content, const QFont &font);
    static void paint(QPainter &painter, const QRectF &rect, const Content &content,
                      const QFont &font, bool dark);

    explicit WinRateChart(const QString &accessibleName, QWidget *parent = nullptr);
    void setContent(const Content &content);
    const QList<Row> &rows() const { return m_content.rows; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Content m_content;
};

} // namespace guardrail
