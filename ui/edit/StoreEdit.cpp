// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreEdit.h"

#include "Workspace.h"
#include "store/StoreError.h"

namespace guardrail {

StoreEdit::StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
                     std::function<void()> revert)
    : QUndoCommand(text), m_workspace(workspace), m_apply(std::move(apply)),
      m_revert(std::move(revert))
{}

void StoreEdit::redo()
{
    try {
        m_apply();
    } catch (const StoreError &e) {
        setObsolete(true); // never applied: the stack drops it instead of offering its undo
        m_workspace.reportFailure(QObject::tr("%1 was not saved: %2").arg(text(), e.message()));
    }
    m_workspace.recompute();
}

void StoreEdit::undo()
{
    try {
        m_revert();
    } catch (const StoreError &e) {
        setObsolete(true);
        m_workspace.reportFailure(QObject::tr("Undo of %1 failed: %2").arg(text(), e.message()));
    }
    m_workspace.recompute();
}

} // namespace guardrail
