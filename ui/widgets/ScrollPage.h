// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace guardrail {

/** A page that scrolls as one column: a title, then sections with headings. */
class ScrollPage : public QScrollArea
{
    Q_OBJECT
public:
    ScrollPage(const QString &title, QWidget *parent = nullptr);

    QLabel *addHeading(const QString &text);
    /** A wrapped, selectable paragraph; small for notes and volumes. */
    QLabel *addText(const QString &text = {}, bool small = false);
    void addWidget(QWidget *widget, int stretch = 0);
    void addLayout(QLayout *layout);
    QWidget *content() const { return widget(); }

private:
    QVBoxLayout *m_layout;
};

} // namespace guardrail
