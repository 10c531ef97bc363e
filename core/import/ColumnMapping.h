// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * Which file column fills which target column. Without pairs, a header that names a target
 * (any case, spaces as underscores) fills it; with `target=source` pairs, only those do.
 * A preset adds candidates: the first of several source names that the header has.
 */
class ColumnMapping
{
public:
    /**
     * Parses `lead_id=mql_id,mql_at=first_contact_date`; a source holding a comma is quoted
     * (`amount="Amount, USD"`). A pair replaces an earlier one for the same target, so
     * `--map` refines a preset. False with error() on bad syntax.
     */
    bool parse(const QString &pairs);
    const QString &error() const { return m_error; }
    bool isExplicit() const { return !m_pairs.isEmpty(); }

    /** Fills target from the first of sources the header has; optional ones may be absent. */
    void addCandidates(const QString &target, const QStringList &sources, bool required);

    /**
     * Resolves against a header row: returns the problems (a mapped source missing from the
     * header, an unknown target); fills column() for every target found.
     */
    QStringList resolve(const QStringList &header, const QStringList &targets);
    /** Stops reading a target after resolve(). */
    void unmap(const QString &target) { m_columns.remove(target); }
    /** Index of the file column for a target, or -1. */
    int column(const QString &target) const { return m_columns.value(target, -1); }
    /** File columns that fill nothing, for the one warning line. */
    QStringList unusedColumns(const QStringList &header) const;

    static QString normalise(const QString &name);

private:
    struct Pair
    {
        QString target;
        QStringList sources;
        bool required = true;
    };
    QList<Pair> m_pairs;
    QHash<QString, int> m_columns;
    QString m_error;
};

} // namespace guardrail
