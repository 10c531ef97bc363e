// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include <QSet>

namespace guardrail {

QString ColumnMapping::normalise(const QString &name)
{
    return name.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

bool ColumnMapping::parse(const QString &pairs)
{
    m_pairs.clear();
    for (const QString &pair : pairs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1) {
            m_error = QStringLiteral("--map: \"%1\" is not target=source").arg(pair.trimmed());
            return false;
        }
        m_pairs.append({normalise(pair.left(eq)), pair.mid(eq + 1).trimmed()});
    }
    return true;
}

QStringList ColumnMapping::resolve(const QStringList &header, const QStringList &targets)
{
    QStringList problems;
    m_columns.clear();
    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i)
        byName.insert(normalise(header[i]), i);
    if (m_pairs.isEmpty()) {
        for (const QString &t : targets)
            if (byName.contains(t))
                m_columns.insert(t, byName.value(t));
        return problems;
    }
    for (const auto &[target, source] : m_pairs) {
        if (!targets.contains(target)) {
            problems << QStringLiteral("--map: unknown target column \"%1\" (one of %2)")
                            .arg(target, targets.join(QStringLiteral(", ")));
            continue;
        }
        const int i = byName.value(normalise(source), -1);
        if (i < 0) {
            problems << QStringLiteral("--map: the file has no column \"%1\" (it has %2)")
                            .arg(source, header.join(QStringLiteral(", ")));
            continue;
        }
        m_columns.insert(target, i);
    }
    return problems;
}

QStringList ColumnMapping::unusedColumns(const QStringList &header) const
{
    QSet<int> used;
    for (int i : m_columns)
        used.insert(i);
    QStringList unused;
    for (int i = 0; i < header.size(); ++i)
        if (!used.contains(i))
            unused << header[i];
    return unused;
}

} // namespace guardrail
