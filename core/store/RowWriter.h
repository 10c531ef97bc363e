// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRecord.h"
#include "Statement.h"
#include "UndoRecorder.h"
#include "domain/FxRates.h"
#include "domain/Settings.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

namespace guardrail {

class Database;
class PostgresCopy;
} // namespace guardrail

struct sqlite3;

namespace guardrail {

/**
 * The bulk write path shared by the import and the demo generator: upserts on each table's key
 * through prepared statements of the backend's C API (new leads into an empty PostgreSQL table
 * go by COPY). The caller owns the transaction.
 */
class RowWriter
{
public:
    explicit RowWriter(const Database &db);
    ~RowWriter();

    /** Every write from now on belongs to this import (ImportLog), for its undo. */
    void setImport(qint64 id) { m_undo.setImport(id); }
    /**
     * Removes the leads an earlier import with this kind and source inserted and that are not
     * in keep; leads with revenue stay (returned in kept). Returns the leads removed.
     */
    qint64 prune(const QString &kind, const QString &source, const QSet<QString> &keep,
                 qint64 *kept);

    /** Id of the channel named so (trimmed, any case), created when new. */
    qint64 channelId(const QString &name);
    qint64 segmentId(const QString &name);

    /** The lead as stored before this write, merged with record; nullopt when it is new. */
    std::optional<LeadRecord> storedLead(const QString &leadId);
    /** Returns true when the lead was inserted, false when an existing one was updated. */
    bool upsertLead(const LeadRecord &record);
    /** Inserts a lead whose id is not stored yet (faster than upsertLead on an empty table). */
    void insertNewLead(const LeadRecord &record);
    /**
     * Sends the leads insertNewLead() buffered (PostgreSQL writes new leads with COPY); every
     * other method does so first. Call it before the caller's transaction commits.
     */
    void flush();
    /** Gives every lead without a created_at its earliest stage date (DESIGN section 2). */
    void deriveCreatedAt();

    bool leadExists(const QString &leadId);
    /** False for an empty leads table: then no lead needs merging with a stored one. */
    bool hasLeads() const;
    /**
     * Before a large insert into an empty leads table: drops the channel index, which
     * endBulkLeads() builds again in one sorted pass (cheaper than a million ordered inserts),
     * and on PostgreSQL the foreign keys too, which it adds again with one check of all rows
     * (instead of two lookups a row). Both run inside the caller's transaction, so a rollback
     * restores them.
     */
    void beginBulkLeads();
    void endBulkLeads();
    /** channel/segment 0: shared / to be allocated. Returns true when the key was new. */
    bool upsertSpend(MonthIndex month, qint64 channel, SpendCategory category, qint64 segment,
                     double amount);
    bool upsertRevenue(const QString &customerId, MonthIndex month, double mrr);
    bool upsertGrossProfit(MonthIndex month, double grossProfit);
    bool upsertAwareness(MonthIndex month, qint64 channel, double count);
    bool upsertTarget(MonthIndex month, double bookings);
    bool upsertFxRate(MonthIndex month, const QString &currency, double rate);
    /**
     * Converts every stored amount in another currency again from its original, at the rates
     * stored now (after an fx import changed one). Returns the leads converted.
     */
    qint64 convertAgain();
    /** The stored exchange rates. */
    FxRates fxRates() const;

private:
    bool writeLead(Statement &statement, const LeadRecord &record);
    void copyLead(const LeadRecord &record);
    bool upsertKeyed(const char *table, const char *where, const char *upsertSql,
                     const QByteArray &key1, const QByteArray &key2, double value);
    qint64 nameId(const char *table, QHash<QString, qint64> &cache, const QString &name);

    const Database &m_db;
    sqlite3 *m_handle; // SQLite's, looked up once (QSqlDatabase is slow); nullptr on PostgreSQL
    UndoRecorder m_undo;
    QHash<QString, qint64> m_channels, m_segments; // by textKey() and by spelling as written
    bool m_channelsLoaded = false, m_segmentsLoaded = false;
    std::vector<std::pair<QString, qint64>> m_recentChannels, m_recentSegments;
    std::unique_ptr<Statement> m_findLead, m_upsertLead, m_insertLead, m_findChannel,
        m_insertChannel, m_findSegment, m_insertSegment, m_findSpend, m_upsertSpend, m_findRevenue,
        m_upsertRevenue, m_findGp, m_upsertGp, m_findAwareness, m_upsertAwareness;
    std::unique_ptr<PostgresCopy> m_copyLeads;
    QStringList m_droppedKeys;  // PostgresServer::dropForeignKeys(), for endBulkLeads()
    bool m_bulkDropped = false; // beginBulkLeads() dropped the index (and keys)
};

} // namespace guardrail
