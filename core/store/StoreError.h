// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace guardrail {

/** A failure of the store, with a message fit for the user (it names the file). */
class StoreError : public std::runtime_error
{
public:
    /**
     * What the user can do about it: nothing new, run `check`, open it read-only, wait, or
     * choose between their edit and the one another session saved first (EditConflict).
     */
    enum class Kind { Other, Damaged, ReadOnly, Busy, Conflict };

    explicit StoreError(const QString &message, Kind kind = Kind::Other)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {}
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace guardrail
