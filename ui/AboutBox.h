// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace guardrail {

/** Help > About: the version, the Qt and SQLite this build runs on, and their licences. */
class AboutBox
{
public:
    /** The box's rich text (also what the tests read). */
    static QString text();
    static void show(QWidget *parent);
};

} // namespace guardrail
