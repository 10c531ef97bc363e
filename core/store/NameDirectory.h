// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guardrail {

class Database;

/** The names a company already uses, for mapping a file's values onto them (the wizard). */
class NameDirectory
{
public:
    /** "channel", "segment", "offer" or "owner": the stored names, A-Z; empty otherwise. */
    static QStringList names(const Database &db, const QString &column);
};

} // namespace guardrail
