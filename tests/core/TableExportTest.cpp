// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TableExport.h"
#include "demo/DemoCompany.h"
#include "metrics/MetricsEngine.h"
#include "store/Database.h"
#include "store/SnapshotLoader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

TEST(TableExport, FormulasAreNeutralisedAndNumbersStayNumbers)
{
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("=SUM(A1:A9)")),
              QStringLiteral("'=SUM(A1:A9)"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("+1 555 0100 call me")),
              QStringLiteral("'+1 555 0100 call me"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("-3366.78")), QStringLiteral("-3366.78"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("1e-5")), QStringLiteral("1e-5"));
    EXPECT_EQ(TableExport::neutralise(QStringLiteral("Outbound")), QStringLiteral("Outbound"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QString error;
    ASSERT_TRUE(
        TableExport::writeRows({{QStringLiteral("name"), QStringLiteral("note")},
                                {QStringLiteral("A, Inc."), QStringLiteral("=HYPERLINK(1)")}},
                               path, &error));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("name,note\n\"A, Inc.\",'=HYPERLINK(1)\n"));
}

TEST(TableExport, TheChannelTableCarriesTheEnginesFigures)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.guardrail"));
    Metrics m;
    {
        Database d(db);
        DemoCompany::write(d, DemoCompany::defaultAsOf());
        m = MetricsEngine::compute(SnapshotLoader::load(d), d.settings(),
                                   DemoCompany::defaultAsOf());
    }
    const QString out = dir.filePath(QStringLiteral("channels.csv"));
    QProcess p;
    p.start(QStringLiteral(GUARDRAIL_CLI),
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--table"),
             QStringLiteral("channels"), QStringLiteral("--out"), out});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), m.channels.size() + 1);
    const QStringList header = lines[0].split(QLatin1Char(','));
    const auto cacColumn = header.indexOf(QStringLiteral("cac"));
    ASSERT_GE(cacColumn, 0);
    for (int i = 0; i < m.channels.size(); ++i) {
        const QStringList cells = lines[i + 1].split(QLatin1Char(','));
        EXPECT_EQ(cells[0], m.channels[i].name);
        EXPECT_NEAR(cells[cacColumn].toDouble(), m.channels[i].unit.cac.value(), 1e-6);
    }
    p.start(QStringLiteral(GUARDRAIL_CLI),
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--table"),
             QStringLiteral("nope"), QStringLiteral("--out"), out});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 2);
}
