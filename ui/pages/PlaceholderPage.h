// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace guardrail {

/** A page still to be built: says what it will hold, so no window is ever empty. */
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace guardrail
