// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreEdit.h"

#include "Workspace.h"
#include "store/EditConflict.h"
#include "store/StoreError.h"

namespace guardrail {

StoreEdit::StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
                     std::function<void()> revert, Rebase rebase, QString mine)
    : QUndoCommand(text), m_workspace(workspace), m_apply(std::move(apply)),
      m_revert(std::move(revert)), m_rebase(std::move(rebase)), m_mine(std::move(mine))
{}

// True when written. A conflict asks the user; "keep mine" writes again over the version the
// other session left, once (a third save in between asks again on the next try).
bool StoreEdit::run(const std::function<void()> &write, const QString &failure,
                    const QString &asked)
{
    try {
        try {
            write();
        } catch (const EditConflict &conflict) {
            if (!m_rebase || !m_workspace.keepMine(asked, conflict))
                return false; // theirs stays; the reload shows it
            m_rebase(conflict);
            write();
        }
        m_workspace.noteOwnWrite();
        return true;
    } catch (const StoreError &e) {
        m_workspace.reportFailure(failure.arg(text(), e.message()));
        return false;
    }
}

void StoreEdit::redo()
{
    if (!run(m_apply, QObject::tr("%1 was not saved: %2"),
             m_mine.isEmpty() ? text() : QObject::tr("%1, to %2").arg(text(), m_mine)))
        setObsolete(true); // never applied: the stack drops it instead of offering its undo
    m_workspace.recompute();
}

void StoreEdit::undo()
{
    if (!run(m_revert, QObject::tr("Undo of %1 failed: %2"), QObject::tr("undo of %1").arg(text())))
        setObsolete(true);
    m_workspace.recompute();
}

} // namespace guardrail
