// SPDX-License-Identifier: GPL-3.0-or-later
// The import history (DESIGN section 2): every import recorded, one undone exactly, a later one
// in the way named, a full export pruning what the last one brought in.
#include "ImportFixture.h"
#include "RowText.h"
#include "store/ImportLog.h"

using namespace guardrail;

namespace {

class ImportHistory : public ImportFixture
{
protected:
    ImportResult importLeads(const char *name, const QByteArray &rows, bool prune = false)
    {
        ImportOptions o;
        o.preset = QStringLiteral("hubspot-deals");
        o.prune = prune;
        return ImportJob(
                   db, file(name, "Record ID,Deal Stage,Close Date,Create Date,Amount\n" + rows), o)
            .run();
    }
    // What a lead row holds that these tests change, in lead order.
    QString leads()
    {
        return rowText(db,
                       QStringLiteral("SELECT lead_id, won_at, lost_at, amount FROM leads ORDER "
                                      "BY lead_id"),
                       QStringLiteral(":"), QStringLiteral(" "), QStringLiteral("-"));
    }
};

const QByteArray kFirst = "1,Closed Won,2024-03-01,2024-01-02,1000.1\n"
                          "2,Contract Sent,2024-06-30,2024-01-03,2000\n";

} // namespace

TEST_F(ImportHistory, EveryImportIsRecordedAndOneIsUndoneExactly)
{
    importLeads("jan.csv", kFirst);
    const QString afterFirst = leads();
    // The second export changes 1's amount, closes deal 2 as lost and brings deal 3.
    const ImportResult second = importLeads("feb.csv", "1,Closed Won,2024-03-01,2024-01-02,0.3\n"
                                                       "2,Closed Lost,2024-02-20,2024-01-03,\n"
                                                       "3,Closed Won,2024-02-25,2024-02-01,700\n");
    ASSERT_EQ(second.errorCount, 0) << second.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(second.importId, 2);
    const QList<ImportLog::Entry> entries = ImportLog(db).entries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[1].file, QStringLiteral("feb.csv"));
    EXPECT_EQ(entries[1].kind, QStringLiteral("leads"));
    EXPECT_EQ(entries[1].source, QStringLiteral("hubspot-deals"));
    EXPECT_EQ(entries[1].inserted, 1);
    EXPECT_EQ(entries[1].updated, 2);
    EXPECT_NE(leads(), afterFirst);

    // The first cannot be undone while the second changed its rows.
    const ImportLog::Undo blocked = ImportLog(db).undo(1);
    EXPECT_FALSE(blocked.done);
    EXPECT_TRUE(blocked.blocking.contains(QStringLiteral("leads 1 (changed by import 2)")))
        << blocked.blocking.join(QLatin1Char('\n')).toStdString();

    // Undoing the second puts 1 and 2 back exactly (1000.1 bit for bit) and removes 3.
    const ImportLog::Undo undone = ImportLog(db).undo(2);
    ASSERT_TRUE(undone.done) << undone.problem.toStdString();
    EXPECT_EQ(undone.removed, 1);
    EXPECT_EQ(undone.restored, 2);
    EXPECT_EQ(leads(), afterFirst);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT amount FROM leads WHERE lead_id = '1'")).toDouble(),
              1000.1);
    EXPECT_FALSE(ImportLog(db).entries()[1].undoneAt.isEmpty());
    EXPECT_FALSE(ImportLog(db).undo(2).problem.isEmpty()); // once only
    // Now the first can go too: nothing is left.
    ASSERT_TRUE(ImportLog(db).undo(1).done);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
}

TEST_F(ImportHistory, OtherKindsAreUndoneToo)
{
    ImportOptions o;
    o.kind = ImportKind::Spend;
    ImportJob(db, file("s1.csv", "month,channel,category,amount\n2024-01,Inbound,marketing,100\n"),
              o)
        .run();
    ImportJob(db,
              file("s2.csv", "month,channel,category,amount\n2024-01,Inbound,marketing,250\n"
                             "2024-02,Inbound,marketing,300\n"),
              o)
        .run();
    ASSERT_TRUE(ImportLog(db).undo(2).done);
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT month, amount FROM spend ORDER BY id"),
                      QStringLiteral("=")),
              QStringLiteral("2024-01=100.0"));
}

TEST_F(ImportHistory, AFullExportPrunesWhatTheLastOneBroughtIn)
{
    importLeads("jan.csv", kFirst);
    // February's full export no longer has deal 2 (deleted in the CRM).
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    o.prune = true;
    o.dryRun = true;
    const QString feb = file("feb.csv", "Record ID,Deal Stage,Close Date,Create Date,Amount\n"
                                        "1,Closed Won,2024-03-01,2024-01-02,1000.1\n");
    const ImportResult preview = ImportJob(db, feb, o).run();
    EXPECT_EQ(preview.pruned, 1);
    EXPECT_TRUE(
        preview.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("would be removed")));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 2); // dry run
    o.dryRun = false;
    const ImportResult pruned = ImportJob(db, feb, o).run();
    EXPECT_EQ(pruned.pruned, 1);
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT lead_id FROM leads ORDER BY id")),
              QStringLiteral("1"));
    // Undoing the prune brings deal 2 back as it was.
    ASSERT_TRUE(ImportLog(db).undo(pruned.importId).done);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT expected_close_at FROM leads WHERE lead_id = '2'"))
                  .toString(),
              QStringLiteral("2024-06-30"));
}
