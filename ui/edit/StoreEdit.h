// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace guardrail {

class Workspace;

/**
 * One edit of the open file, undoable: `apply` writes it to the store at once (nothing waits
 * for a Save), `revert` writes the state before, and either one is followed by one recompute.
 * The closures capture the before and after values, so undo and redo replay exactly.
 *
 * An edit of a versioned row (a journey stage) shares its expected row version with the
 * closures: when another session saved the row first (EditConflict), the user is shown what
 * it holds now and chooses; keeping theirs drops this edit, keeping mine saves it again over
 * the current version.
 */
class StoreEdit : public QUndoCommand
{
public:
    StoreEdit(Workspace &workspace, const QString &text, std::function<void()> apply,
              std::function<void()> revert, std::shared_ptr<qint64> version = {});

    void redo() override;
    void undo() override;

private:
    bool run(const std::function<void()> &write, const QString &failure);

    Workspace &m_workspace;
    std::function<void()> m_apply, m_revert;
    std::shared_ptr<qint64> m_version;
};

} // namespace guardrail
