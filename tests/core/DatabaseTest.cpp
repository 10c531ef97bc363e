// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "domain/Settings.h"
#include "store/DecisionLog.h"
#include "store/JourneyTable.h"
#include "store/ReviewLog.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace guardrail;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a file with the raw C API, as an older (or newer, or foreign) program would have.
void writeRaw(const QString &path, const QStringList &statements)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    for (const QString &s : statements)
        ASSERT_EQ(sqlite3_exec(db, s.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK)
            << s.toStdString();
    sqlite3_close(db);
}

// The statements of a Guardrail file as schema version `version` left it.
QStringList schemaAt(int version)
{
    QStringList statements;
    for (int v = 0; v < version; ++v)
        statements << schema::migrations(Backend(Backend::Kind::Sqlite)).at(v);
    return statements << QStringLiteral("PRAGMA user_version = %1").arg(version)
                      << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId);
}

QString refusal(const QString &path)
{
    try {
        Database db(path);
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST(Database, NewFileIsVersionedMarkedAndInWal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.guardrail"));
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char *table :
         {"leads", "spend", "revenue", "gross_profit", "awareness", "settings", "channels",
          "segments", "journey_stages", "journey_items", "sla_versions", "sla_handoff_steps",
          "reviews", "decisions", "company"})
        EXPECT_TRUE(db.scalar(QStringLiteral(
                                  "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
                              {QString::fromLatin1(table)})
                        .isValid())
            << table;
    EXPECT_TRUE(db.check().isEmpty());
}

TEST(Database, MigratesFromEveryOlderVersion)
{
    for (int from = 0; from < Database::kSchemaVersion; ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.guardrail"));
        QStringList statements;
        for (int v = 0; v < from; ++v)
            statements << schema::migrations(Backend(Backend::Kind::Sqlite)).at(v);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(from);
        if (from > 0)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
                       << QStringLiteral(
                              "INSERT INTO settings (key, value) VALUES ('guardrail_pct', '0.2')");
        writeRaw(path, statements);
        Database db(path);
        EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion) << "from version " << from;
        if (from > 0) {
            EXPECT_EQ(db.settings().guardrailPct, 0.2) << "data kept from version " << from;
        }
    }
}

// Version 4 rebuilds the reviews table to widen its CHECK: the rows, their ids included, come
// through, and the new kinds are accepted while an unknown one still is not.
TEST(Database, KeepsTheReviewsWhenVersion4WidensTheirKinds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.guardrail"));
    QStringList statements = schemaAt(3);
    statements << QStringLiteral("INSERT INTO reviews (id, held_on, kind, notes, figures) VALUES "
                                 "(7, '2026-11-02', 'monthly', 'kept', '{\"cac\":1}')");
    writeRaw(path, statements);
    Database db(path);
    ASSERT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT notes || '/' || kind || '/' || figures FROM "
                                       "reviews WHERE id = 7"))
                  .toString(),
              QStringLiteral("kept/monthly/{\"cac\":1}"));
    db.exec(QStringLiteral("INSERT INTO reviews (held_on, kind) VALUES ('2026-11-20', "
                           "'quarterly'), ('2026-01-05', 'annual')"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM reviews")).toInt(), 3);
    EXPECT_ANY_THROW(db.exec(
        QStringLiteral("INSERT INTO reviews (held_on, kind) VALUES ('2026-11-20', 'daily')")));
    EXPECT_TRUE(db.check().isEmpty());
}

// Version 5 rebuilds leads with a surrogate key: each lead's id is the rowid it had (so ids
// held in memory keep their meaning), revenue still finds its customers, the undo copy of
// leads gains the column with its lead's id (none for a lead since deleted), and the rebuilt
// table keeps its rules: one row per CRM id, foreign keys on again.
TEST(Database, Version5GivesEveryLeadTheIdItsRowidWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.guardrail"));
    QStringList statements = schemaAt(4);
    statements << QStringLiteral("INSERT INTO channels (id, name) VALUES (1, 'Inbound')")
               << QStringLiteral(
                      "INSERT INTO leads (rowid, lead_id, channel_id, won_at, amount, owner) "
                      "VALUES (40, 'D-40', 1, '2026-03-01', 1200, 'Ana'), "
                      "(7, 'D-7', 1, NULL, NULL, NULL)")
               << QStringLiteral("INSERT INTO revenue (customer_id, month, mrr) VALUES ('D-40', "
                                 "'2026-03', 100)")
               << QStringLiteral("INSERT INTO imports (id, imported_at, file, kind) VALUES (1, "
                                 "'2026-03-02T00:00:00Z', 'a.csv', 'leads')")
               << QStringLiteral(
                      "INSERT INTO undo_leads (undo_import, undo_inserted, lead_id, owner) "
                      "VALUES (1, 0, 'D-40', 'Bo'), (1, 0, 'D-gone', 'Cy')");
    writeRaw(path, statements);
    Database db(path);
    ASSERT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT group_concat(id || '=' || lead_id, ',') FROM "
                                       "(SELECT * FROM leads ORDER BY id)"))
                  .toString(),
              QStringLiteral("7=D-7,40=D-40"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT owner || ' ' || amount FROM leads WHERE id = 40"))
                  .toString(),
              QStringLiteral("Ana 1200.0"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT l.id FROM revenue r JOIN leads l ON l.lead_id = "
                                       "r.customer_id"))
                  .toInt(),
              40);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT group_concat(lead_id || ':' || ifnull(id, '-') || "
                                       "':' || owner, ',') FROM (SELECT * FROM undo_leads ORDER "
                                       "BY lead_id)"))
                  .toString(),
              QStringLiteral("D-40:40:Bo,D-gone:-:Cy"));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_ANY_THROW(db.exec(QStringLiteral("INSERT INTO leads (lead_id) VALUES ('D-7')")));
    EXPECT_EQ(db.insert(QStringLiteral("INSERT INTO leads (lead_id) VALUES ('D-41')"), {}), 41);
    EXPECT_ANY_THROW(db.exec(QStringLiteral("INSERT INTO revenue (customer_id, month, mrr) "
                                            "VALUES ('nobody', '2026-04', 1)")));
    EXPECT_TRUE(db.check().isEmpty());
}

TEST(Database, RefusesANewerFileAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.guardrail"));
    writeRaw(path, {QStringLiteral("CREATE TABLE leads (lead_id TEXT)"),
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                    QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)});
    const QByteArray before = digest(path);
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("newer Guardrail"))) << message.toStdString();
    EXPECT_EQ(digest(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesAnotherProgramsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeRaw(path, {QStringLiteral("CREATE TABLE photos (id INTEGER)"),
                    QStringLiteral("INSERT INTO photos VALUES (1)")});
    const QByteArray before = digest(path);
    EXPECT_TRUE(refusal(path).contains(QStringLiteral("another program")));
    EXPECT_EQ(digest(path), before);
}

TEST(Database, RefusesAFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.guardrail"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("lead_id,created_at\nL1,2024-01-01\n").repeated(200));
    f.close();
    const QByteArray before = digest(path);
    EXPECT_TRUE(refusal(path).contains(QStringLiteral("not a Guardrail database")));
    EXPECT_EQ(digest(path), before);
}

TEST(Database, SettingsJourneyReviewsAndDecisionsSurviveReopening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.guardrail"));
    {
        Database db(path);
        db.setSetting(QStringLiteral("guardrail_pct"), QStringLiteral("0.2"));
        db.setCompany(QStringLiteral("Acme"), QDate(2025, 3, 31));
        JourneyTable(db).save(JourneyStage{Stage::Sql,
                                           {QStringLiteral("Demo"), QStringLiteral("Proposal")},
                                           QStringLiteral("BANT"),
                                           {QStringLiteral("No champion")},
                                           QStringLiteral("Sales"),
                                           1,
                                           {},
                                           {}},
                              1);
        ReviewLog(db).add(Review{0,
                                 QDate(2025, 3, 30),
                                 QStringLiteral("weekly"),
                                 QStringLiteral("CRO"),
                                 QStringLiteral("ok"),
                                 {}});
        Decision d;
        d.decidedOn = QDate(2025, 3, 1);
        d.type = QStringLiteral("pause_channel");
        d.summary = QStringLiteral("pausing Events");
        d.expectedValue = 1200;
        DecisionLog(db).add(d);
    }
    Database db(path);
    EXPECT_EQ(db.settings().guardrailPct, 0.2);
    EXPECT_EQ(db.companyName(), QStringLiteral("Acme"));
    EXPECT_EQ(db.fixedAsOf(), QDate(2025, 3, 31));
    const Journey journey = JourneyTable(db).load();
    EXPECT_EQ(journey[2].touchpoints,
              (QStringList{QStringLiteral("Demo"), QStringLiteral("Proposal")}));
    EXPECT_EQ(journey[2].owner, QStringLiteral("Sales"));
    EXPECT_TRUE(journey[0].owner.isEmpty());
    ASSERT_EQ(ReviewLog(db).all().size(), 1);
    const auto decisions = DecisionLog(db).all();
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions[0].summary, QStringLiteral("pausing Events"));
    EXPECT_EQ(decisions[0].expectedValue, 1200);
}
