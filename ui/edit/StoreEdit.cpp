// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreEdit.h"

#include "Workspace.h"

namespace guardrail {

StoreEdit::StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
                     std::function<void()> revert)
    : QUndoCommand(text), m_workspace(workspace), m_apply(std::move(apply)),
      m_revert(std::move(revert))
{}

void StoreEdit::redo()
{
    m_apply();
    m_workspace.recompute();
}

void StoreEdit::undo()
{
    m_revert();
    m_workspace.recompute();
}

} // namespace guardrail
