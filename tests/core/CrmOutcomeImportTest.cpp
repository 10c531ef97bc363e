// SPDX-License-Identifier: GPL-3.0-or-later
// CRM exports whose stages are custom labels, as real ones are: what is won, lost and open,
// what the import warns about, and how a later export changes an earlier one. Each file is
// small and written here in the CRM's documented shape; the counts are worked out by hand in
// the comments.
#include "ImportFixture.h"
#include "RowText.h"
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class CrmOutcomeImport : public ImportFixture
{
protected:
    ImportResult import(const QString &path, const char *preset, const QString &outcomeMap = {})
    {
        ImportOptions o;
        o.preset = QString::fromLatin1(preset);
        o.outcomeMap = outcomeMap;
        return ImportJob(db, path, o).run();
    }
    int count(const char *where)
    {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM leads WHERE %1")
                        .arg(QString::fromLatin1(where)))
            .toInt();
    }
    QString warnings(const ImportResult &r) { return r.warnings.join(QLatin1Char('\n')); }
};

// A HubSpot pipeline with custom stage labels and no flag columns.
const QByteArray kCustomLabels =
    "Record ID,Deal Name,Deal Stage,Close Date,Create Date,Amount\n"
    "1,A,Closed: won,2024-03-01,2024-01-02,1000\n"    // won by the label rule
    "2,B,Closed: lost,2024-03-02,2024-01-03,2000\n"   // lost by the label rule
    "3,C,Closed: abandoned,2024-03-03,2024-01-04,\n"  // unrecognised: open
    "4,D,Closed: abandoned,2024-03-04,2024-01-05,\n"  // unrecognised: open
    "5,E,Contract Sent,2024-06-30,2024-01-06,5000\n"; // a default open stage

} // namespace

TEST_F(CrmOutcomeImport, CustomLabelsAreReadByTheLabelRuleAndTheRestIsNamed)
{
    const ImportResult r = import(file("hs.csv", kCustomLabels), "hubspot-deals");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("won_at = '2024-03-01'"), 1);
    EXPECT_EQ(count("lost_at = '2024-03-02'"), 1);
    // Rows 3-5 are open, their close dates kept as the CRM's expectation.
    EXPECT_EQ(count("won_at IS NULL AND lost_at IS NULL AND expected_close_at IS NOT NULL"), 3);
    // 2 of 5 rows (40% >= 5%) carry a label no rule knows: the warning names it and its count.
    EXPECT_EQ(r.quality.unrecognisedLabels, 2);
    EXPECT_EQ(r.quality.openByLabel, 3);
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("\"Closed: abandoned\" (2)")))
        << warnings(r).toStdString();
    EXPECT_FALSE(warnings(r).contains(QStringLiteral("Contract Sent")));
}

TEST_F(CrmOutcomeImport, TheOutcomeMapDecidesWhatALabelMeans)
{
    const ImportResult r = import(file("hs.csv", kCustomLabels), "hubspot-deals",
                                  QStringLiteral("closed: ABANDONED=lost"));
    ASSERT_EQ(r.errorCount, 0);
    EXPECT_EQ(count("lost_at IS NOT NULL"), 3); // B, C, D
    EXPECT_EQ(r.quality.unrecognisedLabels, 0);
    EXPECT_FALSE(warnings(r).contains(QStringLiteral("stage labels read as open")));
}

TEST_F(CrmOutcomeImport, IsDealClosedAloneNeverTurnsAWinIntoALoss)
{
    // HubSpot's "Is Deal Closed?" without "Is Closed Won": true is won when the label says won,
    // else lost (so "Closed: abandoned" is a loss); false is open.
    const QByteArray text = "Record ID,Deal Stage,Close Date,Create Date,Is Deal Closed?\n"
                            "1,Closed: won,2024-03-01,2024-01-02,true\n"
                            "2,Closed: abandoned,2024-03-02,2024-01-03,true\n"
                            "3,Negotiation,2024-07-01,2024-01-04,false\n";
    const ImportResult r = import(file("flags.csv", text), "hubspot-deals");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("lead_id = '1' AND won_at IS NOT NULL"), 1);
    EXPECT_EQ(count("lead_id = '2' AND lost_at IS NOT NULL"), 1);
    EXPECT_EQ(count("lead_id = '3' AND won_at IS NULL AND lost_at IS NULL"), 1);
}

TEST_F(CrmOutcomeImport, NothingWonOrLostIsSaidWithTheLabelsReadAsOpen)
{
    // Brazilian Portuguese Pipedrive labels with no map: nothing comes out won or lost.
    const QByteArray text = "Deal - ID,Deal - Deal created,Deal - Status,Deal - Value\n"
                            "1,2024-01-02,Ganho,100\n"
                            "2,2024-01-03,Ganho,200\n"
                            "3,2024-01-04,Perdido,\n";
    const ImportResult r = import(file("pd.csv", text), "pipedrive-deals");
    ASSERT_EQ(r.errorCount, 0);
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("no deal came out won or lost")));
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("\"Ganho\" (2), \"Perdido\" (1)")))
        << warnings(r).toStdString();
}

TEST_F(CrmOutcomeImport, PipedriveWonAndLostTimesAndDeletedRowsSkipped)
{
    const QByteArray text =
        "Deal - ID,Deal - Deal created,Deal - Status,Deal - Won time,Deal - Lost time,"
        "Deal - Expected close date,Deal - Value,Deal - Owner,Deal - Lost reason\n"
        "10,2024-01-02 10:00:00,won,2024-02-01 12:00:00,,,900,Rui,\n"
        "11,2024-01-03 10:00:00,lost,,2024-02-02 12:00:00,,,Rui,Price\n"
        "12,2024-01-04 10:00:00,open,,,2024-05-31,400,Ana,\n"
        "13,2024-01-05 10:00:00,deleted,,,,,Ana,\n"; // skip, as the preset says
    const ImportResult r = import(file("pd.csv", text), "pipedrive-deals");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 3);
    EXPECT_EQ(r.quality.skippedByOutcome, 1);
    EXPECT_EQ(count("lead_id = '10' AND won_at = '2024-02-01T12:00:00Z'"), 1);
    EXPECT_EQ(count("lead_id = '11' AND lost_at IS NOT NULL AND lost_reason = 'Price'"), 1);
    EXPECT_EQ(count("lead_id = '12' AND expected_close_at = '2024-05-31' AND owner = 'Ana'"), 1);
    EXPECT_EQ(count("lead_id = '13'"), 0);
}

TEST_F(CrmOutcomeImport, ALaterExportDecidesTheOutcomeAgain)
{
    // January's export has the deal lost; March's has it won: it ends won, lost_at cleared.
    import(file("jan.csv", "Record ID,Deal Stage,Close Date,Create Date\n"
                           "7,Closed Lost,2024-01-20,2024-01-02\n"),
           "hubspot-deals");
    EXPECT_EQ(count("lead_id = '7' AND lost_at IS NOT NULL"), 1);
    const ImportResult r = import(file("mar.csv", "Record ID,Deal Stage,Close Date,Create Date\n"
                                                  "7,Closed Won,2024-03-10,2024-01-02\n"),
                                  "hubspot-deals");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(count("lead_id = '7' AND won_at = '2024-03-10' AND lost_at IS NULL"), 1);
    // Reopened in May: both cleared, the close date now expected.
    import(file("may.csv", "Record ID,Deal Stage,Close Date,Create Date\n"
                           "7,Contract Sent,2024-06-30,2024-01-02\n"),
           "hubspot-deals");
    EXPECT_EQ(count("lead_id = '7' AND won_at IS NULL AND lost_at IS NULL AND "
                    "expected_close_at = '2024-06-30'"),
              1);
}

TEST_F(CrmOutcomeImport, AWinWithoutACloseDateLeavesThePipelineWithAWarning)
{
    const QByteArray text = "Record ID,Deal Stage,Close Date,Create Date,Amount\n"
                            "1,closedwon,,2024-01-02,100\n"
                            "2,closedwon,2024-02-01,2024-01-03,\n";
    const ImportResult r = import(file("api.csv", text), "hubspot-deals");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("lead_id = '1' AND won_at IS NULL AND closed_undated = 'won'"), 1);
    EXPECT_EQ(r.quality.closedUndated, 1);
    EXPECT_EQ(r.quality.winsWithoutAmount, 1); // row 2
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("1 deals are won or lost without a close "
                                                    "date")));
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("(lines 2)")));
}

TEST_F(CrmOutcomeImport, SalesforceApiExportWithIsoTimestamps)
{
    const QByteArray text =
        "Id,StageName,CloseDate,CreatedDate,IsWon,IsClosed,LeadSource,Amount,OwnerId\n"
        "0061,Closed Won,2024-02-10,2024-01-22T16:14:25.000+0000,true,true,Web,13884.00,0051\n"
        "0062,Closed Lost,2024-02-11,2024-01-23T16:14:25.000+0000,false,true,Web,,0051\n"
        "0063,Prospecting,2024-09-01,2024-01-24T16:14:25.000+0000,false,false,Phone,500,0052\n";
    const ImportResult r = import(file("sf.csv", text), "salesforce-opportunities");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("lead_id = '0061' AND won_at = '2024-02-10' AND "
                    "created_at = '2024-01-22T16:14:25Z' AND amount = 13884 AND owner = '0051'"),
              1);
    EXPECT_EQ(count("lead_id = '0062' AND lost_at = '2024-02-11'"), 1);
    EXPECT_EQ(count("lead_id = '0063' AND expected_close_at = '2024-09-01'"), 1);
    EXPECT_EQ(count("channel_id IS NOT NULL"), 3);
}

TEST_F(CrmOutcomeImport, WithoutAnIdColumnADealIsKeyedByItsNameAndCreationTime)
{
    // A Pipedrive export without "Deal - ID": two deals share a name but not a creation time;
    // the last row repeats the first pair, which is a repeated key.
    const QByteArray text = "Deal - Title,Deal - Deal created,Deal - Status\n"
                            "Kate De School Party,2018-06-24 18:18:41,won\n"
                            "Kate De School Party,2018-07-01 09:00:00,open\n"
                            "Kate De School Party,2018-06-24 18:18:41,lost\n";
    const ImportResult r = import(file("pd.csv", text), "pipedrive-deals");
    EXPECT_EQ(r.errorCount, 1);
    EXPECT_TRUE(r.errors.value(0).contains(
        QStringLiteral(":4: lead_id: the key Kate De School Party @ 2018-06-24 18:18:41 is "
                       "already on line 2")))
        << r.errors.value(0).toStdString();
    EXPECT_TRUE(warnings(r).contains(QStringLiteral("no id column")));
    ImportOptions o;
    o.preset = QStringLiteral("pipedrive-deals");
    o.skipBadRows = true;
    const ImportResult kept = ImportJob(db, file("pd2.csv", text), o).run();
    EXPECT_EQ(kept.inserted, 2);
    EXPECT_EQ(count("lead_id = 'Kate De School Party @ 2018-07-01 09:00:00'"), 1);
}

TEST_F(CrmOutcomeImport, SourceValuesAreMappedOntoYourOwnNames)
{
    const QByteArray text = "Record ID,Deal Stage,Create Date,Original Traffic Source,Deal owner\n"
                            "1,Closed Won,2024-01-02,Organic Search,ana\n"
                            "2,Closed Won,2024-01-03,PAID SOCIAL,Ana Ruiz\n"
                            "3,Closed Won,2024-01-04,Referrals,Bo\n";
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    o.valueMaps = {QStringLiteral("channel:\"Organic Search=Inbound;Paid Social=Inbound\""),
                   QStringLiteral("owner:ana=Ana Ruiz")};
    const ImportResult r = ImportJob(db, file("hs.csv", text), o).run();
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    // Inbound (rows 1, 2) and Referrals (row 3, kept as written).
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT name FROM channels ORDER BY name")),
              QStringLiteral("Inbound,Referrals"));
    EXPECT_EQ(count("owner = 'Ana Ruiz'"), 2);
    o.valueMaps = {QStringLiteral("colour:red=blue")};
    EXPECT_TRUE(ImportJob(db, file("hs2.csv", text), o)
                    .run()
                    .errors.value(0)
                    .contains(QStringLiteral("--map-values: \"colour:red=blue\"")));
}
