// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * Which file column fills which target column. Without pairs, a header that names a target
 * (any case, spaces as underscores) fills it; with `target=source` pairs, only those do.
 */
class ColumnMapping
{
public:
    /** Parses "lead_id=mql_id,mql_at=first_contact_date"; false with error() on bad syntax. */
    bool parse(const QString &pairs);
    const QString &error() const { return m_error; }
    bool isExplicit() const { return !m_pairs.isEmpty(); }

    /**
     * Resolves against a header row: returns the problems (a mapped source missing from the
     * header, an unknown target); fills column() for every target found.
     */
    QStringList resolve(const QStringList &header, const QStringList &targets);
    /** Index of the file column for a target, or -1. */
    int column(const QString &target) const { return m_columns.value(target, -1); }
    /** File columns that fill nothing, for the one warning line. */
    QStringList unusedColumns(const QStringList &header) const;

    static QString normalise(const QString &name);

private:
    QList<QPair<QString, QString>> m_pairs; // target, source
    QHash<QString, int> m_columns;
    QString m_error;
};

} // namespace guardrail
