// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrollPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guardrail {

ScrollPage::ScrollPage(const QString &title, QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(title);
    auto *content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(16, 12, 16, 16);
    m_layout->setSpacing(6);
    m_layout->addStretch(); // stays last: sections are inserted before it
    setWidget(content);
    QLabel *heading = addHeading(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    heading->setFont(f);
}

QLabel *ScrollPage::addHeading(const QString &text)
{
    auto *label = new QLabel(text, widget());
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.12);
    label->setFont(f);
    label->setAccessibleName(text);
    if (m_layout->count() > 2)
        m_layout->insertSpacing(m_layout->count() - 1, 10);
    m_layout->insertWidget(m_layout->count() - 1, label);
    return label;
}

QLabel *ScrollPage::addText(const QString &text, bool small)
{
    auto *label = new QLabel(text, widget());
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (small) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        label->setFont(f);
    }
    m_layout->insertWidget(m_layout->count() - 1, label);
    return label;
}

void ScrollPage::addWidget(QWidget *widget, int stretch)
{
    m_layout->insertWidget(m_layout->count() - 1, widget, stretch);
}

void ScrollPage::addLayout(QLayout *layout)
{
    m_layout->insertLayout(m_layout->count() - 1, layout);
}

} // namespace guardrail
