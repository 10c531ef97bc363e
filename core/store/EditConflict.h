// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

namespace guardrail {

/**
 * A save refused because someone else saved the same row first, since the version this edit
 * began from: nothing was written. It says who, when, and what the row holds now, so the user
 * can keep theirs (save again at currentVersion) or the other one.
 */
class EditConflict : public StoreError
{
public:
    EditConflict(const QString &what, const QString &theirs, const QString &changedBy,
                 const QString &changedAt, qint64 currentVersion)
        : StoreError(QStringLiteral("%1 was changed by %2 at %3, after this edit began")
                         .arg(what, changedBy.isEmpty() ? QStringLiteral("someone") : changedBy,
                              changedAt.isEmpty() ? QStringLiteral("an unknown time") : changedAt),
                     Kind::Conflict),
          m_theirs(theirs), m_changedBy(changedBy), m_changedAt(changedAt),
          m_currentVersion(currentVersion)
    {}

    /** What the row holds now, in words. */
    const QString &theirs() const { return m_theirs; }
    const QString &changedBy() const { return m_changedBy; }
    /** ISO 8601, UTC. */
    const QString &changedAt() const { return m_changedAt; }
    qint64 currentVersion() const { return m_currentVersion; }

private:
    QString m_theirs, m_changedBy, m_changedAt;
    qint64 m_currentVersion;
};

} // namespace guardrail
