// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "domain/TextKey.h"

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
    return textKey(name).replace(QLatin1Char(' '), QLatin1Char('_'));
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
    // A name the header repeats is read from neither copy: which one is meant is not ours to
    // guess. It only matters when a target reads it (HubSpot's all-properties export repeats
    // columns nobody maps).
    QHash<QString, int> byName;
    QHash<QString, QList<int>> repeated;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalise(header[i]);
        if (const auto it = byName.constFind(name); it != byName.constEnd()) {
            QList<int> &at = repeated[name];
            if (at.isEmpty())
                at << *it;
            at << i;
        } else {
            byName.insert(name, i);
        }
    }
    const auto use = [&](const QString &target, const QString &name) {
        if (const auto it = repeated.constFind(name); it != repeated.constEnd()) {
            QStringList columns;
            for (int i : *it)
                columns << QString::number(i + 1);
            problems << QStringLiteral("the header has \"%1\" %2 times (columns %3): rename one "
                                       "so %4 reads the right one")
                            .arg(header[it->first()].trimmed())
                            .arg(it->size())
                            .arg(columns.join(QStringLiteral(", ")), target);
            return;
        }
        m_columns.insert(target, byName.value(name));
    };
    if (m_pairs.isEmpty()) {
        for (const QString &t : targets)
            if (byName.contains(t))
                use(t, t);
        return problems;
    }
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (!targets.contains(pair.target)) {
            problems << QStringLiteral("--map: unknown target column \"%1\" (one of %2)")
                            .arg(pair.target, targets.join(QStringLiteral(", ")));
            continue;
        }
        QString found;
        for (const QString &source : pair.sources)
            if (found.isEmpty() && byName.contains(normalise(source)))
                found = normalise(source);
        if (!found.isEmpty())
            use(pair.target, found);
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
