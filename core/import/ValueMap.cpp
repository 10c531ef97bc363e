// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueMap.h"

#include "domain/TextKey.h"

namespace guardrail {

QStringList ValueMap::columns()
{
    return {QStringLiteral("channel"), QStringLiteral("segment"), QStringLiteral("offer"),
            QStringLiteral("owner")};
}

bool ValueMap::add(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString column = colon < 0 ? QString() : spec.left(colon).trimmed().toLower();
    if (!columns().contains(column)) {
        m_error = QStringLiteral("--map-values: \"%1\" does not start with one of %2 and a colon "
                                 "(channel:\"Organic Search=Inbound;Paid Social=Inbound\")")
                      .arg(spec.trimmed(), columns().join(QStringLiteral(", ")));
        return false;
    }
    QString pairs = spec.mid(colon + 1).trimmed();
    if (pairs.size() >= 2 && pairs.startsWith(QLatin1Char('"')) && pairs.endsWith(QLatin1Char('"')))
        pairs = pairs.mid(1, pairs.size() - 2); // quotes a shell passed through
    QHash<QString, QString> &map = m_maps[column];
    for (const QString &pair : pairs.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty())
            continue;
        // A source may hold '=', a target may not: the target is after the last one.
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const QString source = eq < 0 ? QString() : pair.left(eq).trimmed();
        const QString target = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        if (source.isEmpty() || target.isEmpty()) {
            m_error = QStringLiteral("--map-values %1: \"%2\" is not SOURCE=TARGET (pairs are "
                                     "separated by ;)")
                          .arg(column, pair.trimmed());
            return false;
        }
        map.insert(textKey(source), target);
    }
    return true;
}

QString ValueMap::apply(const QString &column, const QString &value) const
{
    const auto map = m_maps.constFind(column);
    if (map == m_maps.constEnd() || value.isEmpty())
        return value;
    const auto it = map->constFind(textKey(value));
    if (it == map->constEnd())
        return value;
    return *it;
}

} // namespace guardrail
