// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "CheckFrameStyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace guardrail {
namespace {
const QString kKey = QStringLiteral("view/dark");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2B, 0x2B), base(0x1E, 0x1E, 0x1E), text(0xE8, 0xE8, 0xE8),
        button(0x35, 0x35, 0x35), highlight(0x2F, 0x7F, 0xD0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF5));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

bool Appearance::isDark()
{
    return QSettings().value(kKey, false).toBool();
}

void Appearance::setDark(bool dark)
{
    QSettings().setValue(kKey, dark);
    apply();
}

void Appearance::apply()
{
    QApplication::setStyle(new CheckFrameStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(isDark() ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace guardrail
