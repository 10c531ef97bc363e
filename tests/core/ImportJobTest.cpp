// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class ImportJobTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Database db{QStringLiteral(":memory:")};

    QString file(const char *name, const QByteArray &content)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
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
        return db
            .scalar(QStringLiteral(
                "SELECT group_concat(lead_id || '|' || ifnull(created_at,'') || '|' || "
                "ifnull(mql_at,'') || '|' || ifnull(won_at,'') || '|' || ifnull(amount,''), ';') "
                "FROM (SELECT * FROM leads ORDER BY lead_id)"))
            .toString();
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
    const ImportResult r = import(path, ImportKind::Leads);
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
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT won_at || ' ' || amount FROM leads WHERE lead_id = 'M1'"))
            .toString(),
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
