// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace guardrail {

class Database;

/** A channel as stored: its id, its name and whether it is paused. */
struct ChannelRow
{
    qint64 id = 0;
    QString name;
    bool paused = false;
};

/**
 * What a merge changed, so that undoing it puts every row back: the leads and rows that moved,
 * the amounts added to rows the target already had for the same key, and the rows removed.
 */
struct ChannelMerge
{
    ChannelRow from;
    qint64 into = 0;
    QList<qint64> leads;                                     // leads.id of the leads that moved
    QList<qint64> movedSpend, movedAwareness;                // row ids whose channel changed
    QList<QPair<qint64, double>> addedSpend, addedAwareness; // target row id, amount added
    QList<QVariantList> removedSpend, removedAwareness;      // full rows, to re-insert
};

/** Channels: rename, pause, and merge two (leads, spend and awareness move, nothing is lost). */
class ChannelTable
{
public:
    explicit ChannelTable(const Database &db) : m_db(db) {}

    QList<ChannelRow> all() const;
    /** Why `name` cannot be channel id's new name (empty, or another channel's); empty if fine. */
    QString checkName(qint64 id, const QString &name) const;
    /** Renames; returns an error when another channel has the name (merge them instead). */
    QString rename(qint64 id, const QString &name);
    void setPaused(qint64 id, bool paused);
    /** Moves everything of `from` into `into` and removes `from`, in one transaction. */
    ChannelMerge merge(qint64 from, qint64 into);
    /** Undoes a merge exactly, in one transaction. */
    void unmerge(const ChannelMerge &merge);

private:
    const Database &m_db;
};

} // namespace guardrail
