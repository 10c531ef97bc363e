// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace guardrail {

class Database;

/** The CRM ids of leads the snapshot knows by leads.id (it keeps no strings for a million). */
class LeadDirectory
{
public:
    static QHash<qint64, QString> ids(const Database &db, const QList<qint64> &leadIds);
};

} // namespace guardrail
