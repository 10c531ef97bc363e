// SPDX-License-Identifier: GPL-3.0-or-later
// The company's time zone end to end through the CLI: times without a zone and dates are read
// in it, every date is taken in it, and SLA deadlines are hours elapsed across clock changes.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class TimeZoneCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("tz.guardrail"));

    int cli(const QStringList &args, QString *err = nullptr, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(GUARDRAIL_CLI), args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }
    QString file(const char *name, const char *text)
    {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    }
    void import(const char *kind, const QString &path)
    {
        QString err;
        ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                       QStringLiteral("--kind"), QString::fromLatin1(kind), path},
                      &err),
                  0)
            << err.toStdString();
    }
    QJsonObject metrics(const char *asOf)
    {
        QByteArray out;
        QString err;
        EXPECT_EQ(
            cli({QStringLiteral("metrics"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                 QString::fromLatin1(asOf), QStringLiteral("--json")},
                &err, &out),
            0)
            << err.toStdString();
        return QJsonDocument::fromJson(out).object();
    }
    double quarterBookings(const char *asOf)
    {
        return metrics(asOf)
            .value(QStringLiteral("forecast"))
            .toObject()
            .value(QStringLiteral("quarter"))
            .toObject()
            .value(QStringLiteral("bookings"))
            .toDouble(-1);
    }
    void setZone(const char *zone)
    {
        QString err;
        ASSERT_EQ(cli({QStringLiteral("config"), QStringLiteral("--db"), db,
                       QStringLiteral("timezone=") + QString::fromLatin1(zone)},
                      &err),
                  0)
            << err.toStdString();
    }
};

// A won 8 pm on 31 March in New York (00:00 UTC on 1 April); B won on the date 1 April (no
// zone: midnight in the company's zone); C won at 23:30 on 31 March, no zone.
const char *const kDeals = "lead_id,created_at,channel,sql_at,won_at,amount\n"
                           "A,2026-03-01,In,2026-03-02,2026-03-31T20:00:00-04:00,1000\n"
                           "B,2026-03-01,In,2026-03-02,2026-04-01,500\n"
                           "C,2026-03-01,In,2026-03-02,2026-03-31 23:30,250\n";

} // namespace

TEST_F(TimeZoneCli, ADealClosedAt8pmInNewYorkOn31MarchIsInTheFirstQuarter)
{
    setZone("America/New_York");
    import("leads", file("deals.csv", kDeals));
    EXPECT_EQ(quarterBookings("2026-03-31"), 1250); // A + C, both on 31 March in New York
    EXPECT_EQ(quarterBookings("2026-04-30"), 500);  // Q2 holds B only
}

TEST_F(TimeZoneCli, InUtcTheSameRowsFallOtherwise)
{
    import("leads", file("deals.csv", kDeals)); // no timezone setting: UTC
    // A is 1 April in UTC (Q2); C's 23:30 is still 31 March.
    EXPECT_EQ(quarterBookings("2026-03-31"), 250);
    EXPECT_EQ(quarterBookings("2026-04-30"), 1500); // A + B
}

TEST_F(TimeZoneCli, TheZoneCannotChangeUnderStoredLeads)
{
    setZone("America/New_York");
    import("leads", file("deals.csv", kDeals));
    QString err;
    EXPECT_EQ(cli({QStringLiteral("config"), QStringLiteral("--db"), db,
                   QStringLiteral("timezone=Europe/Berlin")},
                  &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("America/New_York"))) << err.toStdString();
    EXPECT_EQ(quarterBookings("2026-03-31"), 1250); // nothing moved
    // Refused beside a key that may change: neither is written (one transaction).
    EXPECT_EQ(cli({QStringLiteral("config"), QStringLiteral("--db"), db,
                   QStringLiteral("guardrail_pct=0.2"), QStringLiteral("timezone=Europe/Berlin")}),
              1);
    QByteArray out;
    ASSERT_EQ(
        cli({QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("guardrail_pct")},
            nullptr, &out),
        0);
    EXPECT_EQ(out.trimmed(), QByteArray("guardrail_pct=0.18")); // the default, as before
}

TEST_F(TimeZoneCli, AnSlaDeadlineIsHoursElapsedAcrossAClockChange)
{
    // 24 hours to respond. S: MQL 2026-03-07 12:00 EST (17:00 UTC), response 2026-03-08 12:30
    // EDT (16:30 UTC): 23.5 hours elapsed though the wall clock says 24.5 -> met. F: MQL
    // 2026-10-31 12:00 EDT (16:00 UTC), response 2026-11-01 11:30 EST (16:30 UTC): 24.5 hours
    // elapsed though the wall clock says 23.5 -> missed. Compliance 1 / 2 over a funnel window
    // of 365 days that holds both.
    setZone("America/New_York");
    ASSERT_EQ(cli({QStringLiteral("config"), QStringLiteral("--db"), db,
                   QStringLiteral("funnel_window_days=365")}),
              0);
    import("leads", file("sla.csv", "lead_id,created_at,channel,mql_at,first_response_at\n"
                                    "S,2026-03-01,In,2026-03-07 12:00,2026-03-08 12:30\n"
                                    "F,2026-10-01,In,2026-10-31 12:00,2026-11-01 11:30\n"));
    const QJsonObject kpis = metrics("2026-11-20").value(QStringLiteral("kpis")).toObject();
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("sla_response_compliance")).toDouble(-1), 0.5);
}
