// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include <QSet>

namespace guardrail {
namespace {

// Splits on commas outside double quotes; the quotes are dropped.
QStringList splitPairs(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            parts << std::exchange(current, QString());
        else
            current += c;
    }
    parts << current;
    return parts;
}

} // namespace

QString ColumnMapping::normalise(const QString &name)
{
    return name.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

bool ColumnMapping::parse(const QString &pairs)
{
    for (const QString &pair : splitPairs(pairs)) {
        if (pair.trimmed().isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1) {
            m_error = QStringLiteral("--map: \"%1\" is not target=source").arg(pair.trimmed());
            return false;
        }
        addCandidates(normalise(pair.left(eq)), {pair.mid(eq + 1).trimmed()}, true);
    }
    return true;
}

void ColumnMapping::addCandidates(const QString &target, const QStringList &sources, bool required)
{
    m_pairs.removeIf([&](const Pair &p) { return p.target == target; });
    m_pairs.append({target, sources, required});
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
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (!targets.contains(pair.target)) {
            problems << QStringLiteral("--map: unknown target column \"%1\" (one of %2)")
                            .arg(pair.target, targets.join(QStringLiteral(", ")));
            continue;
        }
        int found = -1;
        for (const QString &source : pair.sources)
            if (found < 0)
                found = byName.value(normalise(source), -1);
        if (found >= 0)
            m_columns.insert(pair.target, found);
        else if (pair.required)
            problems << QStringLiteral("the file has no column %1 for %2 (it has %3)")
                            .arg(QLatin1Char('"') + pair.sources.join(QStringLiteral("\" or \"")) +
                                     QLatin1Char('"'),
                                 pair.target, header.join(QStringLiteral(", ")));
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
