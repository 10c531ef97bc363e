// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts in several currencies (DESIGN section 2): converted at import at the fx table's rate
// for the deal's month (else the latest earlier one), the original kept and converted again
// when a rate changes. The file is a Salesforce API export of Opportunity in Windows-1252, as
// Data Loader writes it on Windows; the company currency is USD.
#include "ImportFixture.h"
#include "RowText.h"
#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

class CurrencyImport : public ImportFixture
{
protected:
    ImportResult importFx(const QByteArray &rows)
    {
        ImportOptions o;
        o.kind = ImportKind::Fx;
        return ImportJob(db, file("fx.csv", "month,currency,rate\n" + rows), o).run();
    }
    ImportResult importDeals(const QByteArray &rows)
    {
        ImportOptions o;
        o.preset = QStringLiteral("salesforce-opportunities");
        o.encoding = QStringLiteral("windows-1252");
        return ImportJob(db,
                         file("opps.csv", "Id,Name,StageName,CloseDate,CreatedDate,IsWon,IsClosed,"
                                          "Amount,CurrencyIsoCode\n" +
                                              rows),
                         o)
            .run();
    }
    double amount(const char *id)
    {
        return db
            .scalar(QStringLiteral("SELECT amount FROM leads WHERE lead_id = '%1'")
                        .arg(QString::fromLatin1(id)))
            .toDouble();
    }
};

const QByteArray kRates = "2024-01,MXN,0.058\n"
                          "2024-03,MXN,0.060\n"
                          "2024-01,COP,0.00025\n"
                          "2024-01,PEN,0.27\n";

// "Peñalolén" and "Bogotá" in Windows-1252 (ñ = F1, é = E9, á = E1).
const QByteArray kDeals =
    "0061,Pe\xF1\x61lol\xE9n,Closed Won,2024-02-10,2024-01-05T10:00:00.000+0000,true,true,"
    "100000,MXN\n"
    "0062,Bogot\xE1,Closed Won,2024-03-15,2024-01-06T10:00:00.000+0000,true,true,20000000,COP\n"
    "0063,Lima,Closed Lost,2024-03-20,2024-01-07T10:00:00.000+0000,false,true,50000,PEN\n"
    "0064,NY,Closed Won,2024-03-05,2024-01-08T10:00:00.000+0000,true,true,7000,USD\n"
    "0065,CDMX,Prospecting,2024-06-30,2024-03-02T10:00:00.000+0000,false,false,200000,MXN\n";

} // namespace

TEST_F(CurrencyImport, EachAmountIsConvertedAtItsMonthsRate)
{
    ASSERT_EQ(importFx(kRates).errorCount, 0);
    const ImportResult r = importDeals(kDeals);
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    // 0061 won in Feb: no Feb rate, Jan's 0.058 -> 100000 x 0.058 = 5800.
    EXPECT_DOUBLE_EQ(amount("0061"), 5800);
    // 0062 won in Mar: COP's latest is Jan's -> 20000000 x 0.00025 = 5000.
    EXPECT_DOUBLE_EQ(amount("0062"), 5000);
    // 0063 lost in Mar -> 50000 x 0.27 = 13500.
    EXPECT_DOUBLE_EQ(amount("0063"), 13500);
    // 0064 is in the company currency: as written, no original kept.
    EXPECT_DOUBLE_EQ(amount("0064"), 7000);
    EXPECT_TRUE(db.scalar(QStringLiteral("SELECT original_currency FROM leads WHERE lead_id = "
                                         "'0064'"))
                    .isNull());
    // 0065 is open: the month of its SQL date (created 2024-03) -> 200000 x 0.060 = 12000.
    EXPECT_DOUBLE_EQ(amount("0065"), 12000);
    EXPECT_EQ(rowText(db, QStringLiteral("SELECT original_amount, original_currency FROM "
                                         "leads WHERE lead_id = '0061'")),
              QStringLiteral("100000.0 MXN"));
    // 2 MXN, 1 COP, 1 PEN converted.
    const QMap<QString, qint64> converted{
        {QStringLiteral("COP"), 1}, {QStringLiteral("MXN"), 2}, {QStringLiteral("PEN"), 1}};
    EXPECT_EQ(r.quality.converted, converted);
}

TEST_F(CurrencyImport, AChangedRateConvertsTheStoredAmountsAgain)
{
    importFx(kRates);
    importDeals(kDeals);
    // MXN's January rate revised to 0.05: 0061 (Feb, uses Jan) becomes 100000 x 0.05 = 5000;
    // 0065 (Mar) keeps 0.060 -> 12000.
    const ImportResult r = importFx("2024-01,MXN,0.05\n");
    ASSERT_EQ(r.errorCount, 0);
    EXPECT_DOUBLE_EQ(amount("0061"), 5000);
    EXPECT_DOUBLE_EQ(amount("0065"), 12000);
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("converted again")));
}

TEST_F(CurrencyImport, ALaterExportThatMovesTheCloseConvertsFromTheOriginal)
{
    importFx(kRates);
    importDeals(kDeals);
    // 0065 now won on 31 January: 200000 x 0.058 = 11600, converted from the original
    // (200000 MXN), not from the 12000 stored.
    const ImportResult r =
        importDeals("0065,CDMX,Closed Won,2024-01-31,2024-01-02T10:00:00.000+0000,true,true,,\n");
    ASSERT_EQ(r.errorCount, 0) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_DOUBLE_EQ(amount("0065"), 11600);
}

TEST_F(CurrencyImport, NoRateOrACurrencyThatDisagreesIsADataError)
{
    importFx(kRates);
    const ImportResult r = importDeals(
        "0071,BA,Closed Won,2024-02-10,2024-01-05T10:00:00.000+0000,true,true,500,ARS\n"
        "0072,X,Closed Won,2024-02-10,2024-01-05T10:00:00.000+0000,true,true,MXN 500,COP\n"
        "0073,Y,Closed Won,2023-12-10,2023-12-05T10:00:00.000+0000,true,true,500,MXN\n");
    EXPECT_EQ(r.errorCount, 3);
    const QString all = r.errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(
        all.contains(QStringLiteral(":2: amount: no USD rate for ARS on or before 2024-02")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral(":3: amount: \"MXN 500\" is in MXN, the row's "
                                            "currency is COP")));
    EXPECT_TRUE(
        all.contains(QStringLiteral(":4: amount: no USD rate for MXN on or before 2023-12")));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
}

TEST_F(CurrencyImport, TheCompanyCurrencyCannotChangeUnderConvertedAmounts)
{
    importFx(kRates);
    importDeals(kDeals);
    EXPECT_THROW(db.setSetting(QStringLiteral("currency"), QStringLiteral("EUR")), StoreError);
    EXPECT_NO_THROW(db.setSetting(QStringLiteral("currency"), QStringLiteral("USD")));
    // A rate for the company currency itself is refused.
    EXPECT_EQ(importFx("2024-01,USD,1\n").errorCount, 1);
    EXPECT_EQ(importFx("2024-01,EUR,0\n").errorCount, 1);
}

TEST_F(CurrencyImport, TargetsAreMonthlyBookingsAndAMonthIsReplaced)
{
    ImportOptions o;
    o.kind = ImportKind::Targets;
    const auto run = [&](const QByteArray &rows) {
        return ImportJob(db, file("targets.csv", "month,bookings\n" + rows), o).run();
    };
    ASSERT_EQ(run("2024-01,570000\n2024-02,\"616,000\"\n").errorCount, 0);
    const ImportResult again = run("2024-02,600000\n");
    EXPECT_EQ(again.updated, 1);
    EXPECT_DOUBLE_EQ(db.scalar(QStringLiteral("SELECT sum(bookings) FROM targets")).toDouble(),
                     1170000); // 570000 + 600000
    const ImportResult bad = run("2024-03,-5\n2024-13,5\n");
    EXPECT_EQ(bad.errorCount, 2);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM targets")).toInt(), 2);
}
