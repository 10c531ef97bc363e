// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckFrameStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace guardrail {

void CheckFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox ||
        option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace guardrail
