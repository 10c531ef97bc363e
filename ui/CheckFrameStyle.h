// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace guardrail {

/**
 * Fusion, with a visible frame round check boxes on a dark palette: Fusion draws that frame in
 * the window colour darkened, which vanishes on a dark window, and a style sheet would take
 * the tick away with it.
 */
class CheckFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace guardrail
