// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace guardrail {

class EditConflict;
class Workspace;

/**
 * One edit of the open file, undoable: `apply` writes it to the store at once (nothing waits
 * for a Save), `revert` writes the state before, and either one is followed by one recompute.
 * The closures capture the before and after values, so undo and redo replay exactly.
 *
 * An edit of a versioned row (a journey stage, a setting, the SLA, a decision) names the row
 * version it began from: when another session saved the row first (EditConflict), the user is
 * shown what it holds now and chooses; keeping theirs drops this edit, keeping mine rebases it
 * on the current version and saves it again. `mine` says what this edit saves, in words.
 */
class StoreEdit : public QUndoCommand
{
public:
    /** Moves an edit's expected row version on to the conflict's, to save over theirs. */
    using Rebase = std::function<void(const EditConflict &)>;

    StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
              std::function<void()> revert, Rebase rebase = {}, QString mine = {});

    void redo() override;
    void undo() override;

private:
    bool run(const std::function<void()> &write, const QString &failure, const QString &asked);

    Workspace &m_workspace;
    std::function<void()> m_apply, m_revert;
    Rebase m_rebase;
    QString m_mine; // the edited row as this edit saves it, in words, for a conflict
};

} // namespace guardrail
