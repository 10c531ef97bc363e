// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace guardrail {

class Workspace;

/**
 * One edit of the open file, undoable: `apply` writes it to the store at once (nothing waits
 * for a Save), `revert` writes the state before, and either one is followed by one recompute.
 * The closures capture the before and after values, so undo and redo replay exactly.
 */
class StoreEdit : public QUndoCommand
{
public:
    StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
              std::function<void()> revert);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    std::function<void()> m_apply, m_revert;
};

} // namespace guardrail
