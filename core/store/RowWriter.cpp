// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWriter.h"

#include "Database.h"
#include "PostgresCopy.h"
#include "PostgresServer.h"
#include "domain/TextKey.h"

#include <sqlite3.h>

namespace guardrail {
namespace {

std::optional<EpochSeconds> storedTime(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    int n = 0;
    const char *p = s.text(column, n);
    return iso::parseTimestamp(p, n);
}

} // namespace

// The columns a new lead is written with, in the order of the insert's values and of COPY.
constexpr const char *kLeadColumns =
    "lead_id, created_at, created_at_derived, channel_id, segment_id, offer, mql_at, sql_at, "
    "won_at, lost_at, amount, first_response_at, lead_score, icp_match, owner, "
    "expected_close_at, lost_reason, closed_undated, original_amount, original_currency, "
    "import_id";

RowWriter::RowWriter(const Database &db)
    : m_db(db), m_handle(db.backend().isPostgres() ? nullptr : db.handle()), m_undo(db)
{
    const Database &h = db;
    m_findLead =
        std::make_unique<Statement>(h, "SELECT created_at, created_at_derived, mql_at, sql_at, "
                                       "won_at, lost_at, amount, original_amount, "
                                       "original_currency FROM leads WHERE lead_id = ?");
    // PostgreSQL tells an inserted row from an updated one by its xmax (no last rowid there).
    const std::string upsertLead = std::string(R"(
INSERT INTO leads (lead_id, created_at, created_at_derived, channel_id, segment_id, offer, mql_at, sql_at,
                   won_at, lost_at, amount, first_response_at, lead_score, icp_match, owner,
                   expected_close_at, lost_reason, closed_undated, original_amount,
                   original_currency, import_id)
VALUES (?1, ?2, CAST(CAST(?2 AS TEXT) IS NULL AS INTEGER), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
        ?15, ?16, ?17, ?19, ?20, nullif(?22, 0))
ON CONFLICT (lead_id) DO UPDATE SET
    created_at = coalesce(excluded.created_at, leads.created_at),
    created_at_derived = CASE WHEN excluded.created_at IS NULL THEN leads.created_at_derived ELSE 0 END,
    channel_id = coalesce(excluded.channel_id, leads.channel_id),
    segment_id = coalesce(excluded.segment_id, leads.segment_id),
    offer = coalesce(excluded.offer, leads.offer),
    mql_at = coalesce(excluded.mql_at, leads.mql_at),
    sql_at = coalesce(excluded.sql_at, leads.sql_at),
    won_at = CASE WHEN ?18 THEN excluded.won_at ELSE coalesce(excluded.won_at, leads.won_at) END,
    lost_at = CASE WHEN ?18 THEN excluded.lost_at ELSE coalesce(excluded.lost_at, leads.lost_at) END,
    closed_undated = CASE WHEN ?18 THEN excluded.closed_undated
                          WHEN excluded.won_at IS NOT NULL OR excluded.lost_at IS NOT NULL THEN NULL
                          ELSE leads.closed_undated END,
    amount = coalesce(excluded.amount, leads.amount),
    first_response_at = coalesce(excluded.first_response_at, leads.first_response_at),
    lead_score = coalesce(excluded.lead_score, leads.lead_score),
    icp_match = coalesce(excluded.icp_match, leads.icp_match),
    owner = coalesce(excluded.owner, leads.owner),
    expected_close_at = coalesce(excluded.expected_close_at, leads.expected_close_at),
    lost_reason = coalesce(excluded.lost_reason, leads.lost_reason),
    original_amount = CASE WHEN ?21 THEN excluded.original_amount ELSE leads.original_amount END,
    original_currency = CASE WHEN ?21 THEN excluded.original_currency ELSE leads.original_currency END
)") + (db.backend().isPostgres() ? " RETURNING (xmax = 0)" : "");
    m_upsertLead = std::make_unique<Statement>(h, upsertLead.c_str());
    m_findChannel = std::make_unique<Statement>(h, "SELECT id, name FROM channels");
    m_insertChannel =
        std::make_unique<Statement>(h, "INSERT INTO channels (name) VALUES (?) RETURNING id");
    m_findSegment = std::make_unique<Statement>(h, "SELECT id, name FROM segments");
    m_insertSegment =
        std::make_unique<Statement>(h, "INSERT INTO segments (name) VALUES (?) RETURNING id");
    // Into an empty table no key can conflict: the plain INSERT skips the upsert's work.
    m_insertLead = std::make_unique<Statement>(h, R"(
INSERT INTO leads (lead_id, created_at, created_at_derived, channel_id, segment_id, offer, mql_at, sql_at,
                   won_at, lost_at, amount, first_response_at, lead_score, icp_match, owner,
                   expected_close_at, lost_reason, closed_undated, original_amount,
                   original_currency, import_id)
VALUES (?1, ?2, CAST(CAST(?2 AS TEXT) IS NULL AS INTEGER), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
        ?15, ?16, ?17, ?19, ?20, nullif(?22, 0)))");
    if (db.backend().isPostgres())
        m_copyLeads = std::make_unique<PostgresCopy>(
            db.postgresHandle(), QByteArray("COPY leads (") + kLeadColumns + ") FROM STDIN",
            db.path());
    m_findSpend = std::make_unique<Statement>(
        h, "SELECT 1 FROM spend WHERE month = ?1 AND ifnull(channel_id, 0) = ?2 AND category = ?3 "
           "AND ifnull(segment_id, 0) = ?4");
    m_upsertSpend = std::make_unique<Statement>(
        h, "INSERT INTO spend (month, channel_id, category, segment_id, amount) "
           "VALUES (?1, nullif(?2, 0), ?3, nullif(?4, 0), ?5) "
           "ON CONFLICT (month, ifnull(channel_id, 0), category, ifnull(segment_id, 0)) "
           "DO UPDATE SET amount = excluded.amount");
    m_findRevenue =
        std::make_unique<Statement>(h, "SELECT 1 FROM revenue WHERE customer_id = ? AND month = ?");
    m_upsertRevenue = std::make_unique<Statement>(
        h, "INSERT INTO revenue (customer_id, month, mrr) VALUES (?, ?, ?) "
           "ON CONFLICT (customer_id, month) DO UPDATE SET mrr = excluded.mrr");
    m_findGp = std::make_unique<Statement>(h, "SELECT 1 FROM gross_profit WHERE month = ?");
    m_upsertGp = std::make_unique<Statement>(
        h, "INSERT INTO gross_profit (month, gross_profit) VALUES (?, ?) "
           "ON CONFLICT (month) DO UPDATE SET gross_profit = excluded.gross_profit");
    m_findAwareness = std::make_unique<Statement>(
        h, "SELECT 1 FROM awareness WHERE month = ?1 AND ifnull(channel_id, 0) = ?2");
    m_upsertAwareness = std::make_unique<Statement>(
        h, "INSERT INTO awareness (month, channel_id, count) VALUES (?1, nullif(?2, 0), ?3) "
           "ON CONFLICT (month, ifnull(channel_id, 0)) DO UPDATE SET count = excluded.count");
}

RowWriter::~RowWriter() = default;

void RowWriter::flush()
{
    if (m_copyLeads)
        m_copyLeads->flush();
}

bool RowWriter::upsertKeyed(const char *table, const char *where, const char *upsertSql,
                            const QByteArray &key1, const QByteArray &key2, double value)
{
    std::vector<UndoRecorder::Key> keys{key1};
    if (!key2.isNull())
        keys.emplace_back(key2);
    flush();
    Statement f(m_db, (std::string("SELECT 1 FROM ") + table + " WHERE " + where).c_str());
    f.bind(3, key1);
    if (!key2.isNull())
        f.bind(4, key2);
    const bool isNew = !f.step();
    if (!isNew)
        m_undo.keep(table, where, keys, false);
    Statement s(m_db, upsertSql);
    s.bind(1, key1);
    if (!key2.isNull())
        s.bind(2, key2);
    s.bind(key2.isNull() ? 2 : 3, value);
    s.step();
    if (isNew)
        m_undo.keep(table, where, keys, true);
    return isNew;
}

bool RowWriter::upsertTarget(MonthIndex month, double bookings)
{
    return upsertKeyed("targets", "month = ?3",
                       "INSERT INTO targets (month, bookings) VALUES (?1, ?2) "
                       "ON CONFLICT (month) DO UPDATE SET bookings = excluded.bookings",
                       iso::formatMonth(month).toUtf8(), QByteArray(), bookings);
}

bool RowWriter::upsertFxRate(MonthIndex month, const QString &currency, double rate)
{
    return upsertKeyed("fx", "month = ?3 AND currency = ?4",
                       "INSERT INTO fx (month, currency, rate) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (month, currency) DO UPDATE SET rate = excluded.rate",
                       iso::formatMonth(month).toUtf8(), currency.toUtf8(), rate);
}

qint64 RowWriter::prune(const QString &kind, const QString &source, const QSet<QString> &keep,
                        qint64 *kept)
{
    flush();
    // The leads earlier imports of the same kind and source inserted, still there.
    Statement candidates(m_db, "SELECT l.lead_id, EXISTS (SELECT 1 FROM revenue r WHERE "
                               "r.customer_id = l.lead_id) FROM leads l JOIN imports i ON "
                               "i.id = l.import_id WHERE i.kind = ?1 AND i.source = ?2 AND "
                               "i.undone_at IS NULL AND i.id <> ?3");
    candidates.bind(1, kind);
    candidates.bind(2, source);
    candidates.bind(3, m_undo.import());
    QStringList gone;
    *kept = 0;
    while (candidates.step()) {
        const QString id = candidates.string(0);
        if (keep.contains(id))
            continue;
        if (candidates.integer(1) != 0)
            ++*kept; // a customer with revenue is not removed by an export that lost it
        else
            gone << id;
    }
    Statement remove(m_db, "DELETE FROM leads WHERE lead_id = ?1");
    for (const QString &id : std::as_const(gone)) {
        m_undo.keep("leads", "lead_id = ?3", {id.toUtf8()}, false);
        remove.bind(1, id);
        remove.step();
        remove.reset();
    }
    return gone.size();
}

FxRates RowWriter::fxRates() const
{
    FxRates rates;
    Statement s(m_db, "SELECT month, currency, rate FROM fx");
    while (s.step())
        if (const auto month = iso::parseMonth(s.string(0)))
            rates.add(s.string(1), *month, s.real(2));
    return rates;
}

qint64 RowWriter::convertAgain()
{
    flush();
    m_undo.keep("leads", "original_currency IS NOT NULL AND original_amount IS NOT NULL", {},
                false);
    // The month of a lead's amount: its close, else its SQL date, else its creation (UTC
    // months, as stored); the rate of that month, else the latest earlier one.
    return m_db.execCounted(QStringLiteral(R"(
UPDATE leads SET amount = original_amount * (
    SELECT rate FROM fx WHERE fx.currency = leads.original_currency
        AND fx.month <= substr(coalesce(won_at, lost_at, sql_at, created_at), 1, 7)
    ORDER BY fx.month DESC LIMIT 1)
WHERE original_currency IS NOT NULL AND original_amount IS NOT NULL AND EXISTS (
    SELECT 1 FROM fx WHERE fx.currency = leads.original_currency
        AND fx.month <= substr(coalesce(won_at, lost_at, sql_at, created_at), 1, 7)))"));
}

qint64 RowWriter::nameId(const char *table, QHash<QString, qint64> &cache, const QString &rawName)
{
    // A file has a handful of channel and segment spellings: comparing against the last few
    // seen (size first, then the characters) is cheaper than hashing every row's name.
    auto &recent = &cache == &m_channels ? m_recentChannels : m_recentSegments;
    for (const auto &[name, id] : recent)
        if (name == rawName)
            return id;
    // The name exactly as written is the next lookup; folding happens once per spelling.
    if (const auto it = cache.constFind(rawName); it != cache.constEnd()) {
        if (recent.size() < 32)
            recent.emplace_back(rawName, *it);
        return *it;
    }
    const QString name = rawName.trimmed();
    const bool channels = qstrcmp(table, "channels") == 0;
    bool &loaded = channels ? m_channelsLoaded : m_segmentsLoaded;
    if (!loaded) {
        // The stored names, keyed as names are compared (NFC, full case folding): SQLite's
        // NOCASE folds ASCII only, so "Événements" would not find "événements". A company has
        // tens of channels: reading them all once is cheaper than a query per new spelling.
        // The C API, not Qt Sql: the import may run this on its writer thread (WritePipeline).
        Statement &all = channels ? *m_findChannel : *m_findSegment;
        while (all.step())
            cache.insert(textKey(all.string(1)), all.integer(0));
        all.reset();
        loaded = true;
    }
    const QString key = textKey(name);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        cache.insert(rawName, *it);
        return *it;
    }
    Statement &insert = channels ? *m_insertChannel : *m_insertSegment;
    insert.bind(1, name);
    insert.step();
    const qint64 id = insert.integer(0);
    insert.reset();
    cache.insert(key, id);
    cache.insert(rawName, id);
    return id;
}

qint64 RowWriter::channelId(const QString &name)
{
    return nameId("channels", m_channels, name);
}

qint64 RowWriter::segmentId(const QString &name)
{
    return nameId("segments", m_segments, name);
}

std::optional<LeadRecord> RowWriter::storedLead(const QString &leadId)
{
    flush();
    Statement &s = *m_findLead;
    s.bind(1, leadId);
    std::optional<LeadRecord> stored;
    if (s.step()) {
        LeadRecord r;
        r.leadId = leadId;
        if (s.integer(1) == 0)
            r.createdAt = storedTime(s, 0);
        r.mqlAt = storedTime(s, 2);
        r.sqlAt = storedTime(s, 3);
        r.wonAt = storedTime(s, 4);
        r.lostAt = storedTime(s, 5);
        if (!s.isNull(6))
            r.amount = s.real(6);
        if (!s.isNull(7))
            r.originalAmount = s.real(7);
        if (!s.isNull(8))
            r.originalCurrency = s.string(8);
        stored = r;
    }
    s.reset();
    return stored;
}

bool RowWriter::upsertLead(const LeadRecord &r)
{
    flush();
    const QByteArray id = r.leadId.toUtf8();
    m_undo.keep("leads", "lead_id = ?3", {id}, false); // nothing to keep for a new lead
    m_upsertLead->bind(18, qint64(r.decidesOutcome ? 1 : 0));
    m_upsertLead->bind(21, qint64(r.setsCurrency ? 1 : 0));
    return writeLead(*m_upsertLead, r);
}

void RowWriter::insertNewLead(const LeadRecord &r)
{
    if (m_copyLeads)
        copyLead(r);
    else
        writeLead(*m_insertLead, r);
}

// The same values as writeLead's insert, in kLeadColumns' order.
void RowWriter::copyLead(const LeadRecord &r)
{
    PostgresCopy &c = *m_copyLeads;
    const auto addTime = [&c](const std::optional<EpochSeconds> &t) {
        if (t) {
            char text[20];
            c.add(text, iso::formatTimestamp(*t, text));
        } else {
            c.addNull();
        }
    };
    c.add(r.leadId);
    addTime(r.createdAt);
    c.add(qint64(r.createdAt ? 0 : 1));
    c.add(r.channel ? std::optional<qint64>(channelId(*r.channel)) : std::nullopt);
    c.add(r.segment ? std::optional<qint64>(segmentId(*r.segment)) : std::nullopt);
    c.add(r.offer);
    addTime(r.mqlAt);
    addTime(r.sqlAt);
    addTime(r.wonAt);
    addTime(r.lostAt);
    c.add(r.amount);
    addTime(r.firstResponseAt);
    c.add(r.leadScore);
    c.add(r.icpMatch ? std::optional<qint64>(*r.icpMatch ? 1 : 0) : std::nullopt);
    c.add(r.owner);
    addTime(r.expectedCloseAt);
    c.add(r.lostReason);
    c.add(r.closedUndated);
    c.add(r.originalAmount);
    c.add(r.originalCurrency);
    c.add(m_undo.import() != 0 ? std::optional<qint64>(m_undo.import()) : std::nullopt);
    c.endRow();
}

bool RowWriter::writeLead(Statement &s, const LeadRecord &r)
{
    s.bind(1, r.leadId);
    const auto bindTime = [&s](int i, const std::optional<EpochSeconds> &t) {
        if (t) {
            char text[20];
            s.bind(i, text, iso::formatTimestamp(*t, text));
        } else {
            s.bindNull(i);
        }
    };
    bindTime(2, r.createdAt);
    if (r.channel)
        s.bind(3, channelId(*r.channel));
    if (r.segment)
        s.bind(4, segmentId(*r.segment));
    s.bind(5, r.offer);
    bindTime(6, r.mqlAt);
    bindTime(7, r.sqlAt);
    bindTime(8, r.wonAt);
    bindTime(9, r.lostAt);
    s.bind(10, r.amount);
    bindTime(11, r.firstResponseAt);
    s.bind(12, r.leadScore);
    if (r.icpMatch)
        s.bind(13, qint64(*r.icpMatch ? 1 : 0));
    s.bind(14, r.owner);
    bindTime(15, r.expectedCloseAt);
    s.bind(16, r.lostReason);
    s.bind(17, r.closedUndated);
    s.bind(19, r.originalAmount);
    s.bind(20, r.originalCurrency);
    s.bind(22, m_undo.import()); // the import that inserts it (the upsert never changes it)
    if (!m_handle) {             // PostgreSQL: the upsert returns whether it inserted
        const bool inserted = s.step() && s.integer(0) != 0;
        s.reset();
        return inserted;
    }
    // Only the INSERT path of the upsert sets the last rowid (rowids start at 1): one statement
    // tells inserted from updated, without a lookup before it.
    sqlite3_set_last_insert_rowid(m_handle, 0);
    s.step();
    s.reset();
    return sqlite3_last_insert_rowid(m_handle) != 0;
}

void RowWriter::deriveCreatedAt()
{
    // ISO text in UTC sorts in time order ("2024-01-05" is midnight, before
    // "2024-01-05T09:00:00Z").
    flush();
    const QString earliest = m_db.backend().smallestOf(
        {QStringLiteral("coalesce(mql_at, '~')"), QStringLiteral("coalesce(sql_at, '~')"),
         QStringLiteral("coalesce(won_at, '~')"), QStringLiteral("coalesce(lost_at, '~')")});
    m_db.exec(QStringLiteral("UPDATE leads SET created_at = nullif(%1, '~') WHERE "
                             "created_at_derived = 1")
                  .arg(earliest));
}

bool RowWriter::hasLeads() const
{
    const_cast<RowWriter *>(this)->flush();
    return m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads)")).toBool();
}

// On PostgreSQL only the table's owner (or a member of its role) may drop the index and the
// keys; they hold an exclusive lock on leads until the import commits, which a first load of
// an empty table can afford.
void RowWriter::beginBulkLeads()
{
    // A server role that may write rows but not alter the table keeps both: slower, same rows.
    if (m_db.backend().isPostgres() && !PostgresServer::mayAlter(m_db, QStringLiteral("leads")))
        return;
    m_db.exec(QStringLiteral("DROP INDEX IF EXISTS leads_channel"));
    m_bulkDropped = true;
    if (m_db.backend().isPostgres())
        m_droppedKeys = PostgresServer::dropForeignKeys(m_db, QStringLiteral("leads"));
}

void RowWriter::endBulkLeads()
{
    flush();
    if (!std::exchange(m_bulkDropped, false))
        return;
    m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS leads_channel ON leads (channel_id)"));
    for (const QString &restore : std::exchange(m_droppedKeys, {}))
        m_db.exec(restore);
}

bool RowWriter::leadExists(const QString &leadId)
{
    return storedLead(leadId).has_value();
}

bool RowWriter::upsertSpend(MonthIndex month, qint64 channel, SpendCategory category,
                            qint64 segment, double amount)
{
    flush();
    const QByteArray monthText = iso::formatMonth(month).toUtf8();
    const QByteArray categoryText = spendCategoryName(category).toUtf8();
    Statement &f = *m_findSpend;
    f.bind(1, monthText);
    f.bind(2, channel);
    f.bind(3, categoryText);
    f.bind(4, segment);
    const bool isNew = !f.step();
    f.reset();
    const char *where = "month = ?3 AND ifnull(channel_id, 0) = ?4 AND category = ?5 AND "
                        "ifnull(segment_id, 0) = ?6";
    const std::vector<UndoRecorder::Key> keys{monthText, channel, categoryText, segment};
    if (!isNew)
        m_undo.keep("spend", where, keys, false);
    Statement &s = *m_upsertSpend;
    s.bind(1, monthText);
    s.bind(2, channel);
    s.bind(3, categoryText);
    s.bind(4, segment);
    s.bind(5, amount);
    s.step();
    s.reset();
    if (isNew)
        m_undo.keep("spend", where, keys, true);
    return isNew;
}

bool RowWriter::upsertRevenue(const QString &customerId, MonthIndex month, double mrr)
{
    flush();
    const QByteArray id = customerId.toUtf8(), monthText = iso::formatMonth(month).toUtf8();
    Statement &f = *m_findRevenue;
    f.bind(1, id);
    f.bind(2, monthText);
    const bool isNew = !f.step();
    f.reset();
    const char *where = "customer_id = ?3 AND month = ?4";
    if (!isNew)
        m_undo.keep("revenue", where, {id, monthText}, false);
    Statement &s = *m_upsertRevenue;
    s.bind(1, id);
    s.bind(2, monthText);
    s.bind(3, mrr);
    s.step();
    s.reset();
    if (isNew)
        m_undo.keep("revenue", where, {id, monthText}, true);
    return isNew;
}

bool RowWriter::upsertGrossProfit(MonthIndex month, double grossProfit)
{
    flush();
    const QByteArray monthText = iso::formatMonth(month).toUtf8();
    Statement &f = *m_findGp;
    f.bind(1, monthText);
    const bool isNew = !f.step();
    f.reset();
    if (!isNew)
        m_undo.keep("gross_profit", "month = ?3", {monthText}, false);
    Statement &s = *m_upsertGp;
    s.bind(1, monthText);
    s.bind(2, grossProfit);
    s.step();
    s.reset();
    if (isNew)
        m_undo.keep("gross_profit", "month = ?3", {monthText}, true);
    return isNew;
}

bool RowWriter::upsertAwareness(MonthIndex month, qint64 channel, double count)
{
    flush();
    const QByteArray monthText = iso::formatMonth(month).toUtf8();
    Statement &f = *m_findAwareness;
    f.bind(1, monthText);
    f.bind(2, channel);
    const bool isNew = !f.step();
    f.reset();
    const char *where = "month = ?3 AND ifnull(channel_id, 0) = ?4";
    if (!isNew)
        m_undo.keep("awareness", where, {monthText, channel}, false);
    Statement &s = *m_upsertAwareness;
    s.bind(1, monthText);
    s.bind(2, channel);
    s.bind(3, count);
    s.step();
    s.reset();
    if (isNew)
        m_undo.keep("awareness", where, {monthText, channel}, true);
    return isNew;
}

} // namespace guardrail
