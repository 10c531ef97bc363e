// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportJob.h"
#include "ImportFixture.h"
#include "RowText.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class ImportJobTest : public ImportFixture
{
protected:
    ImportResult import(const QString &path, ImportKind kind, const QString &map = {},
                        bool skip = false, bool dryRun = false, const QString &dateFormat = {})
    {
        ImportOptions o;
        o.kind = kind;
        o.mapping = map;
        o.skipBadRows = skip;
        o.dryRun = dryRun;
        o.dateFormat = dateFormat;
        return ImportJob(db, path, o).run();
    }
    // Everything a lead row holds, so "unchanged" means byte for byte in the table.
    QString leadsDump()
    {
        return rowText(db,
                       QStringLiteral("SELECT lead_id, created_at, mql_at, won_at, amount FROM "
                                      "leads ORDER BY lead_id"),
                       QStringLiteral("|"), QStringLiteral(";"));
    }
    qint64 count(const char *table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .toLongLong();
    }
};

const QByteArray kGood = "lead_id,created_at,channel,segment,mql_at,amount\n"
                         "L1,2024-01-05,Inbound,SMB,2024-01-06,\n"
                         "L2,2024-01-07, inbound ,SMB,,\"1,200.50\"\n";

} // namespace

TEST_F(ImportJobTest, NativeLeadsLandAndChannelsMatchAnyCase)
{
    const ImportResult r = import(file("leads.csv", kGood), ImportKind::Leads);
    EXPECT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 2);
    EXPECT_EQ(count("leads"), 2);
    EXPECT_EQ(count("channels"), 1); // "Inbound" and " inbound " are one channel
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT amount FROM leads WHERE lead_id = 'L2'")).toDouble(),
              1200.5);
}

TEST_F(ImportJobTest, ABadFileImportsNothingAndNamesFileLineAndColumn)
{
    import(file("first.csv", kGood), ImportKind::Leads);
    const QString before = leadsDump();
    const QString path =
        file("bad.csv", "lead_id,created_at,mql_at,won_at,lost_at,amount\n"
                        "L3,2024-02-01,2024-02-03,,,\n"
                        "L4,2024-02-10,2024-02-05,,,\n"           // line 3: MQL before creation
                        "L5,2024-02-01,,2024-03-01,2024-03-02,\n" // line 4: won and lost
                        "L6,2024-13-01,,,,\n"                     // line 5: bad date
                        "L7,2024-02-01,,,,-5\n"                   // line 6: negative amount
                        "L3,2024-02-01,,,,\n");                   // line 7: key twice
    // By default a row out of order is imported as given, with a warning naming its line;
    // --strict makes it a data error.
    const ImportResult lenient = import(path, ImportKind::Leads);
    EXPECT_EQ(lenient.errorCount, 4);
    EXPECT_EQ(lenient.quality.outOfOrder, 1);
    EXPECT_TRUE(lenient.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("1 rows have stage dates out of order")));
    EXPECT_TRUE(lenient.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("(lines 3)")));
    ImportOptions strict;
    strict.strict = true;
    const ImportResult r = ImportJob(db, path, strict).run();
    EXPECT_EQ(r.errorCount, 5);
    EXPECT_FALSE(r.written);
    const QString all = r.errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(path + QStringLiteral(":3: mql_at: 2024-02-05 is before created_at")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(path + QStringLiteral(":4: "))) << all.toStdString();
    EXPECT_TRUE(
        all.contains(path + QStringLiteral(":5: created_at: \"2024-13-01\" is not a date")));
    EXPECT_TRUE(all.contains(path + QStringLiteral(":6: amount: -5 is negative")));
    EXPECT_TRUE(
        all.contains(path + QStringLiteral(":7: lead_id: the key L3 is already on line 2")));
    EXPECT_EQ(leadsDump(), before);
    EXPECT_EQ(count("leads"), 2);
}

TEST_F(ImportJobTest, SkipBadRowsLandsTheRestAndWritesTheRejects)
{
    const QString path =
        file("mixed.csv", "lead_id,created_at\nA,2024-01-01\nB,yesterday\nC,2024-01-03\n");
    const ImportResult r = import(path, ImportKind::Leads, {}, true);
    EXPECT_EQ(r.inserted, 2);
    EXPECT_EQ(r.skipped, 1);
    EXPECT_TRUE(r.written);
    QFile rejected(dir.filePath(QStringLiteral("mixed.rejected.csv")));
    ASSERT_TRUE(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("3,B,yesterday,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("is not a date")));
}

TEST_F(ImportJobTest, DryRunValidatesWithoutWriting)
{
    const ImportResult r = import(file("leads.csv", kGood), ImportKind::Leads, {}, false, true);
    EXPECT_EQ(r.errorCount, 0);
    EXPECT_EQ(r.inserted, 2);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(count("leads"), 0);
}

TEST_F(ImportJobTest, TwoFilesFillOneLeadThroughMappings)
{
    // An MQL list, then a closed-deals list in a CRM layout with one close date and a stage.
    import(file("mql.csv", "id,first_contact,origin\nM1,2024-03-01,Paid\nM2,2024-03-02,Paid\n"),
           ImportKind::Leads, QStringLiteral("lead_id=id,mql_at=first_contact,channel=origin"));
    const ImportResult r =
        import(file("deals.csv", "id,close date,stage,value\n"
                                 "M1,2024-04-01,Closed Won,\"$12,400.00\"\n"
                                 "M2,2024-04-02,closedlost,\n"),
               ImportKind::Leads,
               QStringLiteral("lead_id=id,closed_at=close date,outcome=stage,amount=value"));
    EXPECT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.updated, 2);
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT won_at, amount FROM leads WHERE lead_id = 'M1'")),
              QStringLiteral("2024-04-01 12400.0"));
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT lost_at FROM leads WHERE lead_id = 'M2'")).toString(),
        QStringLiteral("2024-04-02"));
    // created_at was never given: it is the earliest stage date, and the channel was kept.
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT created_at FROM leads WHERE lead_id = 'M1'")).toString(),
        QStringLiteral("2024-03-01"));
    EXPECT_EQ(count("channels"), 1);
}

TEST_F(ImportJobTest, SemicolonsBomCrlfAndDeclaredDateLayout)
{
    const QString path =
        file("eu.csv", "\xEF\xBB\xBFLead ID;Created;Amount\r\nX1;05.01.2024;\"1,5\"\r\n");
    const ImportResult r =
        import(path, ImportKind::Leads, QStringLiteral("lead_id=Lead ID,created_at=Created"), false,
               false, QStringLiteral("DD.MM.YYYY"));
    EXPECT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT created_at FROM leads")).toString(),
              QStringLiteral("2024-01-05"));
    EXPECT_EQ(r.warnings.size(), 1); // Amount is not mapped: one warning line
}

TEST_F(ImportJobTest, RevenueForAnUnknownCustomerIsADataError)
{
    import(file("leads.csv", kGood), ImportKind::Leads);
    const ImportResult r =
        import(file("revenue.csv",
                    "customer_id,month,mrr\nL1,2024-02,100\nZZ,2024-02,50\nL1,2024-03,-1\n"),
               ImportKind::Revenue);
    EXPECT_EQ(r.errorCount, 2);
    EXPECT_EQ(count("revenue"), 0);
}

TEST_F(ImportJobTest, EmptyBinaryAndHeaderlessFilesAreRefused)
{
    EXPECT_TRUE(import(file("empty.csv", ""), ImportKind::Leads)
                    .errors.value(0)
                    .contains(QStringLiteral("empty")));
    EXPECT_TRUE(import(file("bin.csv", QByteArray("\x00\x01\x02garbage", 10)), ImportKind::Leads)
                    .errors.value(0)
                    .contains(QStringLiteral("binary")));
    EXPECT_TRUE(import(file("latin1.csv", "lead_id,offer\nL1,caf\xe9\n"), ImportKind::Leads)
                    .errors.value(0)
                    .contains(QStringLiteral("not UTF-8")));
    const ImportResult missing =
        import(file("nokey.csv", "name,created_at\nA,2024-01-01\n"), ImportKind::Leads);
    EXPECT_TRUE(
        missing.errors.value(0).contains(QStringLiteral("required column \"lead_id\" is missing")));
    const ImportResult badMap =
        import(file("x.csv", "a,b\n1,2\n"), ImportKind::Leads, QStringLiteral("lead_id=zzz"));
    EXPECT_TRUE(badMap.errors.value(0).contains(QStringLiteral("the file has no column \"zzz\"")));
    EXPECT_EQ(count("leads"), 0);
}

TEST_F(ImportJobTest, SalesforcePresetReadsUsDatesMoneyFlagsAndSkipsTheFooter)
{
    // A "Details Only" opportunity report as Salesforce writes it: every cell quoted, US dates
    // (one with a 12-hour time), "$12,400.00" and "USD 1,200.50", Won/Closed flags, a blank
    // row, then totals and the confidentiality and copyright lines. "Total Care" is a real
    // account in the first filled cell: it has a Created Date, so it is data, not footer.
    const QString path = file(
        "sf.csv",
        "\"Opportunity Owner\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Amount\","
        "\"Close Date\",\"Created Date\",\"Lead Source\",\"Won\",\"Closed\",\"Opportunity ID\"\r\n"
        "\"Ana Ruiz\",\"Acme\",\"Acme 50 seats\",\"Closed Won\",\"$12,400.00\",\"2/14/2024\","
        "\"1/1/2024\",\"Web\",\"1\",\"1\",\"006A\"\r\n"
        "\"Ana Ruiz\",\"Beta\",\"Beta pilot\",\"Negotiation\",\"$3,000.00\",\"3/5/2024\","
        "\"2/14/2024 1:30 PM\",\"Partner Referral\",\"0\",\"1\",\"006B\"\r\n"
        "\"\",\"Total Care\",\"Total Care pilot\",\"Prospecting\",\"USD 1,200.50\",\"6/30/2024\","
        "\"3/1/2024\",\"Web\",\"0\",\"0\",\"006C\"\r\n"
        "\"\"\r\n"
        "\"Grand Totals (3 "
        "records)\",\"\",\"\",\"\",\"$16,600.50\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
        "\"\"\r\n"
        "\"Confidential Information - Do Not Distribute\"\r\n"
        "\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\r\n");
    ImportOptions o;
    o.preset = QStringLiteral("salesforce-opportunities");
    const ImportResult r = ImportJob(db, path, o).run();
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 3);
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("3 report footer lines from line 6 ignored")))
        << r.warnings.join(QLatin1Char('\n')).toStdString();
    const auto lead = [&](const char *id) {
        return rowText(db,
                       QStringLiteral("SELECT created_at, sql_at, won_at, lost_at, amount FROM "
                                      "leads WHERE lead_id = '%1'")
                           .arg(QString::fromLatin1(id)),
                       QStringLiteral("|"));
    };
    // Won=1, Closed=1: won on the close date; the creation date is also the SQL date.
    EXPECT_EQ(lead("006A"), QStringLiteral("2024-01-01|2024-01-01|2024-02-14||12400.0"));
    // Won=0, Closed=1 is a loss whatever the stage says; 1:30 PM is 13:30.
    EXPECT_EQ(lead("006B"),
              QStringLiteral("2024-02-14T13:30:00Z|2024-02-14T13:30:00Z||2024-03-05|3000.0"));
    // Closed=0: still open, so the expected close date is not used.
    EXPECT_EQ(lead("006C"), QStringLiteral("2024-03-01|2024-03-01|||1200.5"));
    EXPECT_EQ(count("channels"), 2); // Web, Partner Referral
}

TEST_F(ImportJobTest, ADataRowAfterTheReportFooterIsAnError)
{
    const QString path = file("sf2.csv", "Opportunity ID,Created Date,Close Date,Stage\n"
                                         "006A,1/2/2024,2/3/2024,Closed Won\n"
                                         "Grand Totals (1 records),,,\n"
                                         "006B,1/2/2024,2/3/2024,Closed Lost\n");
    ImportOptions o;
    o.preset = QStringLiteral("salesforce-opportunities");
    const ImportResult r = ImportJob(db, path, o).run();
    EXPECT_EQ(r.errorCount, 1);
    EXPECT_TRUE(r.errors.value(0).contains(
        path + QStringLiteral(":4: a data row after the report footer of line 3")))
        << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("leads"), 0);
}

TEST_F(ImportJobTest, HubSpotPresetReadsItsExport)
{
    // Deals > Export with the default columns; timestamps have a space instead of a T and
    // Deal Stage is a label or an internal id.
    const QString path =
        file("hubspot.csv",
             "Record ID,Deal Name,Deal Stage,Close Date,Create Date,Amount,Pipeline,Deal owner,"
             "Original Traffic Source\n"
             "9876543210,Acme expansion,Closed Won,2024-03-15 14:22,2024-01-10 09:05,12400,Sales "
             "Pipeline,Ana,Organic Search\n"
             "9876543211,Beta,closedlost,2024-02-01 10:00,2024-01-12 11:00,,Sales Pipeline,Ana,"
             "Paid Search\n"
             "9876543212,\"Gamma, Inc.\",Contract Sent,2024-06-30 00:00,2024-02-01,5000,Sales "
             "Pipeline,Bo,organic search\n");
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    const ImportResult r = ImportJob(db, path, o).run();
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 3);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT won_at FROM leads WHERE lead_id = '9876543210'"))
                  .toString(),
              QStringLiteral("2024-03-15T14:22:00Z"));
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE lost_at IS NOT NULL")).toInt(),
        1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE won_at IS NULL AND "
                                       "lost_at IS NULL AND sql_at = '2024-02-01'"))
                  .toInt(),
              1);
    EXPECT_EQ(count("channels"), 2); // "Organic Search" twice, in two cases
    // The open deal's close date is the CRM's expectation; the owner is kept.
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT expected_close_at, owner FROM leads "
                                         "WHERE lead_id = '9876543212'")),
              QStringLiteral("2024-06-30 Bo"));
    // Every column of the default view is read (Deal Name only keys a file without Record ID).
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ImportJobTest, MapRefinesAPresetAndAWrongKindIsRefused)
{
    const QString path = file("hs.csv", "Record ID,Create Date,Close Date,Deal Stage,Tier\n"
                                        "1,2024-01-10,2024-03-15,closedwon,Enterprise\n");
    ImportOptions o;
    o.preset = QStringLiteral("hubspot-deals");
    o.mapping = QStringLiteral("segment=Tier");
    EXPECT_EQ(ImportJob(db, path, o).run().errorCount, 0);
    EXPECT_EQ(count("segments"), 1);
    o.kind = ImportKind::Spend;
    const ImportResult wrongKind = ImportJob(db, path, o).run();
    EXPECT_TRUE(wrongKind.errors.value(0).contains(
        QStringLiteral("the preset hubspot-deals imports leads, not spend")));
}

TEST_F(ImportJobTest, ListsAtMostFiftyProblemsThenCountsTheRest)
{
    QByteArray text = "lead_id,created_at\n";
    for (int i = 0; i < 120; ++i)
        text += "L" + QByteArray::number(i) + ",not-a-date\n";
    const ImportResult r = import(file("many.csv", text), ImportKind::Leads);
    EXPECT_EQ(r.errors.size(), ImportJob::kMaxListed);
    EXPECT_EQ(r.errorCount, 120);
    EXPECT_EQ(count("leads"), 0);
    const ImportResult unknownTarget =
        import(file("t.csv", "a\n1\n"), ImportKind::Leads, QStringLiteral("lead_id=a,colour=a"));
    EXPECT_TRUE(
        unknownTarget.errors.value(0).contains(QStringLiteral("unknown target column \"colour\"")));
}

TEST_F(ImportJobTest, OtherEncodingsAreReadWhenToldAndTheErrorSaysHow)
{
    // "Événements" and "Straße" in Windows-1252: É = C9, ß = DF; 0x80 is the euro sign.
    const QByteArray cp1252 = "lead_id,created_at,channel,segment\n"
                              "W1,2024-01-05,\xC9v\xE9nements,Stra\xDF"
                              "e\n"
                              "W2,2024-01-06,Inbound,\x80 zone\n";
    const QString path = file("cp1252.csv", cp1252);
    const ImportResult refused = import(path, ImportKind::Leads);
    ASSERT_EQ(refused.errorCount, 1);
    EXPECT_TRUE(refused.errors.value(0).contains(QStringLiteral(
        "line 2, field 3: the file is not UTF-8 text; a file saved by Excel or an older CRM is "
        "often Windows-1252: import it with --encoding windows-1252")))
        << refused.errors.value(0).toStdString();
    EXPECT_EQ(count("leads"), 0);

    ImportOptions o;
    o.encoding = QStringLiteral("windows-1252");
    const ImportResult r = ImportJob(db, path, o).run();
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT name FROM channels WHERE id = (SELECT channel_id "
                                       "FROM leads WHERE lead_id = 'W1')"))
                  .toString(),
              QStringLiteral("Événements"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT name FROM segments WHERE id = (SELECT segment_id "
                                       "FROM leads WHERE lead_id = 'W2')"))
                  .toString(),
              QStringLiteral("€ zone"));
    o.encoding = QStringLiteral("ebcdic");
    EXPECT_TRUE(ImportJob(db, path, o)
                    .run()
                    .errors.value(0)
                    .contains(QStringLiteral(
                        "--encoding \"ebcdic\" is not windows-1252, latin-1 or utf-8")));
}

TEST_F(ImportJobTest, Utf16WithAByteOrderMarkIsRead)
{
    const QString text =
        QStringLiteral("lead_id,created_at,channel\r\nU1,2024-01-05,Événements\r\n");
    QByteArray le("\xFF\xFE", 2);
    for (const QChar c : text) {
        le.append(static_cast<char>(c.unicode() & 0xFF));
        le.append(static_cast<char>(c.unicode() >> 8));
    }
    const ImportResult r = import(file("utf16.csv", le), ImportKind::Leads);
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.inserted, 1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT name FROM channels")).toString(),
              QStringLiteral("Événements"));
}

TEST_F(ImportJobTest, ARepeatedHeaderIsAnErrorOnlyWhenItIsRead)
{
    // HubSpot's all-properties export repeats columns nobody maps: they do not matter.
    const ImportResult unread =
        import(file("rep.csv", "lead_id,created_at,Associated Company,Associated Company\n"
                               "R1,2024-01-05,Acme,Acme Corp\n"),
               ImportKind::Leads);
    EXPECT_EQ(unread.errorCount, 0) << unread.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(unread.inserted, 1);
    // The column read is the repeated one: which copy is meant is not guessed.
    const ImportResult read = import(file("rep2.csv", "lead_id,channel,created_at,Channel\n"
                                                      "R2,Inbound,2024-01-05,Outbound\n"),
                                     ImportKind::Leads);
    ASSERT_EQ(read.errorCount, 1);
    EXPECT_TRUE(read.errors.value(0).contains(
        QStringLiteral(":1: the header has \"channel\" 2 times (columns 2, 4)")))
        << read.errors.value(0).toStdString();
    EXPECT_EQ(count("leads"), 1);
}

TEST_F(ImportJobTest, ARowWithMoreOrFewerFieldsThanTheHeaderIsADataError)
{
    // An unquoted 1,200 in a comma-separated file makes four fields of three.
    const QString path = file("spend.csv", "month,category,amount\n"
                                           "2024-01,marketing,1,200\n"
                                           "2024-02,marketing\n"
                                           "2024-03,marketing,300\n");
    const ImportResult r = import(path, ImportKind::Spend);
    EXPECT_EQ(r.errorCount, 3); // line 2: 4 fields; line 3: 2 fields, amount empty
    const QString all = r.errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(path + QStringLiteral(":2: row: 4 fields where the header has 3")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(path + QStringLiteral(":3: row: 2 fields where the header has 3")));
    EXPECT_EQ(count("spend"), 0);
}

TEST_F(ImportJobTest, NamesMatchAfterFullCaseFoldingInOneFileAndAcrossFiles)
{
    import(file("a.csv", "lead_id,created_at,channel,segment\n"
                         "N1,2024-01-05,Événements,Straße\n"
                         "N2,2024-01-05,ÉVÉNEMENTS,STRASSE\n"),
           ImportKind::Leads);
    const ImportResult second = import(file("b.csv", "lead_id,created_at,channel,segment\n"
                                                     "N3,2024-01-06,événements,strasse\n"),
                                       ImportKind::Leads);
    ASSERT_EQ(second.errorCount, 0);
    EXPECT_EQ(count("channels"), 1);
    EXPECT_EQ(count("segments"), 1);
    // The first spelling seen names it.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT name FROM channels")).toString(),
              QStringLiteral("Événements"));
}
