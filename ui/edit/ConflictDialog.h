// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace guardrail {

class EditConflict;

/**
 * Tells the user that another session saved the row their edit changes, who and when, and
 * what it holds now; they keep theirs or the other one. Nothing is lost either way: the other
 * edit is in the store until this one is saved over it, and this one stays on the undo stack.
 */
class ConflictDialog
{
public:
    /** True: save my edit over theirs. */
    static bool keepMine(QWidget *parent, const QString &edit, const EditConflict &conflict);
};

} // namespace guardrail
