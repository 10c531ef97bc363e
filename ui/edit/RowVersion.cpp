// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowVersion.h"

#include "Workspace.h"

namespace guardrail {

RowVersion::RowVersion(Workspace &workspace, QString row, qint64 shown)
    : m_workspace(workspace), m_row(std::move(row)), m_next(workspace.versionSeen(m_row, shown))
{}

qint64 RowVersion::expected()
{
    if (m_next)
        return *std::exchange(m_next, std::nullopt);
    return m_workspace.lastWritten(m_row);
}

void RowVersion::wrote(qint64 version)
{
    m_workspace.noteVersion(m_row, version);
}

} // namespace guardrail
