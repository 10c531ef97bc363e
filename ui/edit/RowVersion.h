// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace guardrail {

class Workspace;

/**
 * The row version one undoable edit names (VersionedRow): on its first save, the version the
 * screen showed (or this session's own newer write, not yet reloaded); on every undo and redo
 * after it, the version this session last wrote the row at, so that edits of one row undone in
 * a row never mistake each other for another session's; after "keep mine", the conflict's.
 */
class RowVersion
{
public:
    /** row names the row across edits ("setting:KEY", "stage:MQL", "sla:12", …). */
    RowVersion(Workspace &workspace, QString row, qint64 shown);

    qint64 expected();
    /** The save went through at version. */
    void wrote(qint64 version);
    /** Keep mine: the next save names the version another session left. */
    void rebase(qint64 version) { m_next = version; }
    /** The same, when the edit now bears on another row (a newer SLA version). */
    void rebase(const QString &row, qint64 version)
    {
        m_row = row;
        m_next = version;
    }

private:
    Workspace &m_workspace;
    QString m_row;
    std::optional<qint64> m_next; // the first save's, or a rebase's
};

} // namespace guardrail
