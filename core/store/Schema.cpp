// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "Backend.h"

namespace guardrail::schema {
namespace {

// Version 1: the data of DESIGN section 2, the settings of section 3, and the documents the
// team edits (journey, SLA, review and decision logs). Timestamps are ISO 8601 text in UTC
// ("2024-01-05" or "2024-01-05T09:30:00Z") so the file reads well in the sqlite3 CLI.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    as_of TEXT -- fixed as-of date (the demo's); NULL means today
))"),
        QStringLiteral(R"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
))"),
        QStringLiteral(R"(CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
))"),
        QStringLiteral(R"(CREATE TABLE leads (
    lead_id TEXT PRIMARY KEY,
    created_at TEXT,
    created_at_derived INTEGER NOT NULL DEFAULT 0, -- 1: never given, taken from the earliest stage
    channel_id INTEGER REFERENCES channels (id),
    segment_id INTEGER REFERENCES segments (id),
    offer TEXT,
    mql_at TEXT,
    sql_at TEXT,
    won_at TEXT,
    lost_at TEXT,
    amount REAL CHECK (amount >= 0),
    first_response_at TEXT,
    lead_score REAL,
    icp_match INTEGER CHECK (icp_match IN (0, 1)),
    CHECK (won_at IS NULL OR lost_at IS NULL)
))"),
        QStringLiteral("CREATE INDEX leads_channel ON leads (channel_id)"),
        QStringLiteral(R"(CREATE TABLE spend (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    channel_id INTEGER REFERENCES channels (id), -- NULL: shared by all channels
    category TEXT NOT NULL CHECK (category IN ('marketing', 'sales_comp', 'business_development',
                                               'ops_tooling', 'onboarding')),
    segment_id INTEGER REFERENCES segments (id), -- NULL: allocated over segments
    amount REAL NOT NULL
))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX spend_key ON spend (month, ifnull(channel_id, 0), category, "
            "ifnull(segment_id, 0))"),
        QStringLiteral(R"(CREATE TABLE revenue (
    customer_id TEXT NOT NULL REFERENCES leads (lead_id) ON UPDATE CASCADE,
    month TEXT NOT NULL,
    mrr REAL NOT NULL CHECK (mrr >= 0),
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE gross_profit (
    month TEXT PRIMARY KEY,
    gross_profit REAL NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE awareness (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    channel_id INTEGER REFERENCES channels (id),
    count REAL NOT NULL CHECK (count >= 0)
))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX awareness_key ON awareness (month, ifnull(channel_id, 0))"),
        QStringLiteral(R"(CREATE TABLE journey_stages (
    stage TEXT PRIMARY KEY CHECK (stage IN ('Awareness', 'MQL', 'SQL', 'Customer', 'Retention')),
    position INTEGER NOT NULL UNIQUE,
    conversion_criteria TEXT NOT NULL DEFAULT '',
    owner TEXT CHECK (owner IN ('Marketing', 'Sales', 'Customer Success'))
))"),
        QStringLiteral(
            "INSERT INTO journey_stages (stage, position) VALUES ('Awareness', 0), ('MQL', 1), "
            "('SQL', 2), ('Customer', 3), ('Retention', 4)"),
        QStringLiteral(R"(CREATE TABLE journey_items (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL REFERENCES journey_stages (stage),
    kind TEXT NOT NULL CHECK (kind IN ('touchpoint', 'drop_off_trigger')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE sla_versions (
    id INTEGER PRIMARY KEY,
    effective_from TEXT NOT NULL,
    lead_score_threshold REAL,
    icp_match_required INTEGER NOT NULL DEFAULT 0 CHECK (icp_match_required IN (0, 1)),
    engagement_criteria TEXT NOT NULL DEFAULT '',
    opportunity_criteria TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral(R"(CREATE TABLE sla_handoff_steps (
    sla_version_id INTEGER NOT NULL REFERENCES sla_versions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    step TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    hours REAL,
    PRIMARY KEY (sla_version_id, position)
))"),
        QStringLiteral(R"(CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('weekly', 'monthly')),
    attendees TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    figures TEXT -- JSON: the headline figures the review saw
))"),
        QStringLiteral(R"(CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    decided_on TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('pause_channel', 'shift_budget', 'hire', 'refuse_hire',
                                       'redesign_stage', 'other')),
    touches TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    expected_metric TEXT,
    expected_direction TEXT CHECK (expected_direction IN ('up', 'down')),
    expected_value REAL,
    expected_by TEXT,
    figures TEXT, -- JSON: the figures at the moment of the decision
    closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
))"),
    };
}

// Version 2: each SLA version carries its response-time commitment (hours from MQL to sales'
// first touch), so compliance is measured against the version in force when the MQL arrived.
QStringList version2()
{
    return {QStringLiteral("ALTER TABLE sla_versions ADD COLUMN response_hours REAL")};
}

// Version 3: what real CRM exports carry. The deal's owner, the CRM's expected close date of an
// open deal, why a lost deal was lost, the outcome of a deal the CRM closed without a date
// ('won' or 'lost': it leaves the open pipeline but counts in no dated figure), amounts in other
// currencies with the exchange rates, and the monthly bookings targets.
QStringList version3()
{
    return {QStringLiteral("ALTER TABLE leads ADD COLUMN owner TEXT"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN expected_close_at TEXT"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN lost_reason TEXT"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN closed_undated TEXT "
                           "CHECK (closed_undated IN ('won', 'lost'))"),
            // An amount in another currency is stored converted; what the file said stays
            // beside it, so a later import or a changed rate converts again from it.
            QStringLiteral("ALTER TABLE leads ADD COLUMN original_amount REAL"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN original_currency TEXT"),
            QStringLiteral(R"(CREATE TABLE fx (
    month TEXT NOT NULL,
    currency TEXT NOT NULL,
    rate REAL NOT NULL CHECK (rate > 0), -- company currency per one unit of currency
    PRIMARY KEY (month, currency)
) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE targets (
    month TEXT PRIMARY KEY,
    bookings REAL NOT NULL CHECK (bookings >= 0) -- won deal value to book that month
))"),
            // The import history. A lead remembers the import that inserted it (cheap for a
            // million-row file); every other change an import makes keeps the row as it was
            // before in undo_TABLE (inserted = 1: the import created the row), so `import
            // --undo` can put it back exactly.
            QStringLiteral(R"(CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '', -- the preset, else the mapping: what --prune compares
    inserted INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    pruned INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
))"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN import_id INTEGER")};
}

// The undo tables mirror their table's columns after version 3, so they are made from it; a
// later migration that adds a column to a data table adds it to undo_TABLE too.
QStringList undoTables()
{
    QStringList out;
    for (const char *t :
         {"leads", "spend", "revenue", "gross_profit", "awareness", "targets", "fx"})
        out << QStringLiteral(
                   "CREATE TABLE undo_%1 AS SELECT 0 AS undo_import, 0 AS undo_inserted, "
                   "* FROM %1 WHERE 0")
                   .arg(QString::fromLatin1(t))
            << QStringLiteral("CREATE INDEX undo_%1_import ON undo_%1 (undo_import)")
                   .arg(QString::fromLatin1(t));
    return out;
}

// Version 4: the quarterly review and the annual reset join the weekly and monthly reviews.
// SQLite cannot change a CHECK constraint in place, so the table is copied into a new one.
QStringList version4()
{
    return {QStringLiteral(R"(CREATE TABLE reviews_v4 (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('weekly', 'monthly', 'quarterly', 'annual')),
    attendees TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    figures TEXT -- JSON: the headline figures the review saw
))"),
            QStringLiteral("INSERT INTO reviews_v4 (id, held_on, kind, attendees, notes, figures) "
                           "SELECT id, held_on, kind, attendees, notes, figures FROM reviews"),
            QStringLiteral("DROP TABLE reviews"),
            QStringLiteral("ALTER TABLE reviews_v4 RENAME TO reviews")};
}

// Version 5: a lead gets a surrogate key, leads.id, where the code leaned on SQLite's implicit
// rowid (the snapshot's revenue join, a deal's CRM id, the channel merge and its undo). A rowid
// is not a column other databases have, and VACUUM may renumber it; an INTEGER PRIMARY KEY
// keeps its value. The rowids become the ids, so nothing held in memory changes meaning.
// The undo copy of leads mirrors the new columns; a kept row takes the id of its lead, if any.
// Run with foreign keys off (Database::migrate), as SQLite's table rebuild requires.
// PostgreSQL has no rowid, and a database there starts at this version or later (its
// leads table is empty when this runs): its leads take new ids, and kept rows none.
QStringList version5(const Backend &backend)
{
    const bool rowids = !backend.isPostgres();
    const QString columns = QStringLiteral(
        "lead_id, created_at, created_at_derived, channel_id, segment_id, offer, mql_at, sql_at, "
        "won_at, lost_at, amount, first_response_at, lead_score, icp_match, owner, "
        "expected_close_at, lost_reason, closed_undated, original_amount, original_currency, "
        "import_id");
    QStringList steps = {
        QStringLiteral(R"(CREATE TABLE leads_v5 (
    id INTEGER PRIMARY KEY,
    lead_id TEXT NOT NULL UNIQUE,
    created_at TEXT,
    created_at_derived INTEGER NOT NULL DEFAULT 0, -- 1: never given, taken from the earliest stage
    channel_id INTEGER REFERENCES channels (id),
    segment_id INTEGER REFERENCES segments (id),
    offer TEXT,
    mql_at TEXT,
    sql_at TEXT,
    won_at TEXT,
    lost_at TEXT,
    amount REAL CHECK (amount >= 0),
    first_response_at TEXT,
    lead_score REAL,
    icp_match INTEGER CHECK (icp_match IN (0, 1)),
    owner TEXT,
    expected_close_at TEXT,
    lost_reason TEXT,
    closed_undated TEXT CHECK (closed_undated IN ('won', 'lost')),
    original_amount REAL,
    original_currency TEXT,
    import_id INTEGER,
    CHECK (won_at IS NULL OR lost_at IS NULL)
))"),
        rowids ? QStringLiteral("INSERT INTO leads_v5 (id, %1) SELECT rowid, %1 FROM leads")
                     .arg(columns)
               : QStringLiteral("INSERT INTO leads_v5 (%1) SELECT %1 FROM leads").arg(columns),
        QStringLiteral("CREATE TABLE undo_leads_v5 AS SELECT 0 AS undo_import, "
                       "0 AS undo_inserted, * FROM leads_v5 WHERE 0"),
        QStringLiteral("INSERT INTO undo_leads_v5 (undo_import, undo_inserted, id, %1) "
                       "SELECT u.undo_import, u.undo_inserted, %3, %2 FROM undo_leads u "
                       "LEFT JOIN leads l ON l.lead_id = u.lead_id")
            .arg(columns,
                 QStringLiteral("u.") +
                     QString(columns).replace(QStringLiteral(", "), QStringLiteral(", u.")),
                 rowids ? QStringLiteral("l.rowid") : QStringLiteral("NULL")),
        QStringLiteral("DROP TABLE undo_leads"),
        QStringLiteral("DROP TABLE leads"),
        QStringLiteral("ALTER TABLE leads_v5 RENAME TO leads"),
        QStringLiteral("ALTER TABLE undo_leads_v5 RENAME TO undo_leads"),
        QStringLiteral("CREATE INDEX leads_channel ON leads (channel_id)"),
        QStringLiteral("CREATE INDEX undo_leads_import ON undo_leads (undo_import)")};
    // PostgreSQL drops no table another refers to, whatever the session says: revenue lets go
    // of leads for the rebuild and refers to the new table after it.
    if (!rowids) {
        steps.prepend(
            QStringLiteral("ALTER TABLE revenue DROP CONSTRAINT revenue_customer_id_fkey"));
        steps << QStringLiteral("ALTER TABLE revenue ADD CONSTRAINT revenue_customer_id_fkey "
                                "FOREIGN KEY (customer_id) REFERENCES leads (lead_id) ON "
                                "UPDATE CASCADE");
    }
    return steps;
}

// Version 6: what a team edits together carries a row version, who changed it last and when.
// A save names the version it began from and is refused when another came first (EditConflict),
// so two people editing the same journey stage, SLA, setting or decision lose neither edit.
QStringList version6()
{
    QStringList out;
    for (const char *table : {"journey_stages", "sla_versions", "decisions", "settings"})
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                   .arg(QLatin1String(table))
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(QLatin1String(table))
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT")
                   .arg(QLatin1String(table));
    return out;
}

} // namespace

std::vector<QStringList> migrations(const Backend &backend)
{
    return {version1(), version2(),        version3() + undoTables(),
            version4(), version5(backend), version6()};
}

} // namespace guardrail::schema
