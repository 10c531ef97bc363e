// SPDX-License-Identifier: GPL-3.0-or-later
// The four exports of tests/data/crm, each imported with one `guardrail import` command (a
// preset and the flags a user would add), then `metrics --json` at 2026-06-30 (funnel window
// 2026-01-01..2026-06-30) compared with the counts worked out by hand below.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString kDir = QStringLiteral(GUARDRAIL_TEST_DATA_DIR "/crm/");

struct Expected
{
    double winRate, avgDealSize, timeToClose;
    int leftOut, open;
    double pipeline;
};

class CrmExportCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("crm.guardrail"));

    void run(QStringList args)
    {
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, db);
        QProcess p;
        p.start(QStringLiteral(GUARDRAIL_CLI), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << args.join(u' ').toStdString() << "\n"
                                   << p.readAllStandardError().toStdString();
        m_out = p.readAllStandardOutput();
    }
    void expectKpis(const Expected &e)
    {
        run({QStringLiteral("metrics"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
             QStringLiteral("--json")});
        const QJsonObject k =
            QJsonDocument::fromJson(m_out).object().value(QStringLiteral("kpis")).toObject();
        EXPECT_DOUBLE_EQ(k.value(QStringLiteral("win_rate")).toDouble(), e.winRate);
        EXPECT_DOUBLE_EQ(k.value(QStringLiteral("avg_deal_size")).toDouble(), e.avgDealSize);
        EXPECT_DOUBLE_EQ(k.value(QStringLiteral("time_to_close_days")).toDouble(), e.timeToClose);
        EXPECT_EQ(k.value(QStringLiteral("time_to_close_left_out")).toInt(), e.leftOut);
        EXPECT_EQ(k.value(QStringLiteral("open_opportunities")).toInt(), e.open);
        EXPECT_DOUBLE_EQ(k.value(QStringLiteral("pipeline_value")).toDouble(), e.pipeline);
    }

private:
    QByteArray m_out;
};

} // namespace

TEST_F(CrmExportCli, HubSpotWithCustomLabels)
{
    run({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("leads"),
         QStringLiteral("--preset"), QStringLiteral("hubspot-deals"),
         kDir + QStringLiteral("hubspot-custom-labels.csv")});
    // Won: 1, 2 ("Closed: won") and 6; lost: 3 ("Closed: lost") and 4 ("Closed: abandoned" with
    // Is Deal Closed? true). Win rate 3 / 5 = 0.6; deal size (10000 + 20000 + 3000) / 3 = 11000.
    // Time to close: 1 is 10 Jan -> 10 Mar = 59 days, 2 is 1 Feb -> 1 Apr = 59; 6 closed before
    // it was created and is left out. Open: 5 (Is Deal Closed? false), 8000.
    expectKpis({0.6, 11000, 59, 1, 1, 8000});
}

TEST_F(CrmExportCli, SalesforceApiExportInWindows1252WithFourCurrencies)
{
    run({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("fx"),
         kDir + QStringLiteral("fx.csv")});
    run({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("leads"),
         QStringLiteral("--preset"), QStringLiteral("salesforce-opportunities"),
         QStringLiteral("--encoding"), QStringLiteral("windows-1252"),
         kDir + QStringLiteral("salesforce-api-cp1252.csv")});
    // Won: 0061 100000 MXN at Jan's 0.058 (no Feb rate) = 5800; 0062 20000000 COP x 0.00025 =
    // 5000; 0064 7000 USD. Lost: 0063. Win rate 3 / 4; deal size 17800 / 3.
    // Time to close: 5 Jan -> 10 Feb = 36, 6 Jan -> 15 Mar = 68, 8 Jan -> 5 Mar = 56; 160 / 3.
    // Open: 0065, 200000 MXN at Mar's 0.060 (created in March) = 12000.
    expectKpis({0.75, 17800.0 / 3, 160.0 / 3, 0, 1, 12000});
}

TEST_F(CrmExportCli, PipedriveInBrazilianPortugueseMappedByHand)
{
    run({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("leads"),
         QStringLiteral("--preset"), QStringLiteral("pipedrive-deals"), QStringLiteral("--map"),
         QStringLiteral("lead_id=Negócio - ID,deal_name=Negócio - Título,"
                        "created_at=Negócio - Criado em,sql_at=Negócio - Criado em,"
                        "outcome=Negócio - Status,won_at=Negócio - Data de ganho,"
                        "lost_at=Negócio - Data de perda,amount=Negócio - Valor,"
                        "owner=Negócio - Proprietário"),
         QStringLiteral("--outcome-map"),
         QStringLiteral("Ganho=won;Perdido=lost;Aberto=open;Excluído=skip"),
         QStringLiteral("--date-format"), QStringLiteral("D-M-YYYY"),
         QStringLiteral("--decimal-comma"), kDir + QStringLiteral("pipedrive-pt-br.csv")});
    // Won: 1 (13884,00) and 2 (1.200,50); lost: 3; 5 is skipped. Win rate 2 / 3; deal size
    // (13884 + 1200.5) / 2 = 7542.25. Time to close: 5 Jan -> 17 Feb = 43, 6 Jan -> 20 Mar = 73;
    // mean 58. Open: 4, 2.000,00.
    expectKpis({2.0 / 3, 7542.25, 58, 0, 1, 2000});
}

TEST_F(CrmExportCli, ZohoWithNumberedStages)
{
    run({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("leads"),
         QStringLiteral("--preset"), QStringLiteral("zoho-deals"), QStringLiteral("--outcome-map"),
         QStringLiteral("7. Deal Closed (Payment done)=won"),
         kDir + QStringLiteral("zoho-numbered-stages.csv")});
    // Won: Z1 and Z2 (mapped); lost: Z3 ("8. Lost", by the label rule); open: Z4 (not
    // recognised). Win rate 2 / 3; deal size (4000 + 6000) / 2 = 5000. Time to close: 15 Jan ->
    // 1 Mar = 45, 1 Feb -> 1 Apr = 59; mean 52. Open: Z4, 2500.
    expectKpis({2.0 / 3, 5000, 52, 0, 1, 2500});
}
