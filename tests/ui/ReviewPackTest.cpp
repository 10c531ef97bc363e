// SPDX-License-Identifier: GPL-3.0-or-later
// Both packs from the demo, read back with poppler's pdfinfo and pdftotext as a reader would.
#include "report/ReviewPack.h"
#include "FigureFormat.h"
#include "demo/DemoCompany.h"
#include "metrics/Brief.h"
#include "metrics/MetricsEngine.h"
#include "metrics/WhatIf.h"
#include "metrics/WhatIfRecord.h"
#include "models/SlippedDealsModel.h"
#include "models/WinLossModel.h"
#include "report/PdfLayout.h"
#include "store/Database.h"
#include "store/LeadDirectory.h"
#include "store/SnapshotLoader.h"

#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace guardrail;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// pdftotext breaks lines where the paragraph wrapped: compare with whitespace collapsed.
QString collapsed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

class ReviewPackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) is not installed";
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("demo.guardrail")));
        DemoCompany::write(*db, DemoCompany::defaultAsOf());
        snapshot = SnapshotLoader::load(*db);
        settings = db->settings();
        metrics = MetricsEngine::compute(snapshot, settings, DemoCompany::defaultAsOf());
    }
    QString write(ReviewPack::Kind kind, const char *name,
                  const QHash<qint64, QString> &crmIds = {})
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        EXPECT_EQ(ReviewPack(snapshot, settings, metrics, crmIds).write(path, kind), QString());
        return path;
    }
    int pages(const QString &pdf)
    {
        int code = -1;
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &code);
        EXPECT_EQ(code, 0) << info.toStdString();
        EXPECT_FALSE(info.contains(QStringLiteral("Error"))) << info.toStdString();
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(info)
            .captured(1)
            .toInt();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Snapshot snapshot;
    Settings settings;
    Metrics metrics;
};

} // namespace

TEST_F(ReviewPackTest, WeeklyPackHasTheBriefAndEveryChannelsCac)
{
    const QString pdf = write(ReviewPack::Kind::Weekly, "weekly.pdf");
    const int n = pages(pdf);
    // Two to three pages, and the number's slipped deals (96 on the demo) two more.
    ASSERT_EQ(metrics.forecast.slippedCount, 96);
    EXPECT_GE(n, 4);
    EXPECT_LE(n, 6);
    const QString text = collapsed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    // pdftotext joins a word hyphenated at a line's end ("MQL-" "to-SQL" reads "MQLto-SQL"):
    // compare without hyphens.
    const auto unhyphenated = [](QString t) { return t.remove(QLatin1Char('-')); };
    EXPECT_TRUE(unhyphenated(text).contains(
        unhyphenated(collapsed(Brief::text(metrics, snapshot.decisions)))))
        << text.toStdString();
    const FigureFormat f(metrics.currency);
    ASSERT_EQ(metrics.channels.size(), 4);
    for (const ChannelFigures &c : metrics.channels) {
        // Each channel's row: its name, then its CAC as the screen formats it ("$11,714").
        EXPECT_TRUE(text.contains(c.name + QLatin1Char(' '))) << c.name.toStdString();
        EXPECT_TRUE(text.contains(f.money(c.unit.cac))) << f.money(c.unit.cac).toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(n)));
    EXPECT_TRUE(text.contains(QStringLiteral("◀ the constraint")));
    EXPECT_TRUE(text.contains(QStringLiteral("Definitions")));
}

TEST_F(ReviewPackTest, MonthlyPackAddsChartsSegmentsAndTheMonthsDecisions)
{
    const QString pdf = write(ReviewPack::Kind::Monthly, "monthly.pdf");
    const int n = pages(pdf);
    // Four to six, the number's slipped deals two more, the win/loss gap by five groupings two to
    // three (11 on the demo).
    EXPECT_GE(n, 8);
    EXPECT_LE(n, 12);
    const QString text = collapsed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    const FigureFormat f(metrics.currency);
    for (const SegmentFigures &s : metrics.segments)
        EXPECT_TRUE(text.contains(f.money(s.unit.ltv))) << s.name.toStdString();
    for (const ChannelFigures &c : metrics.channels)
        EXPECT_TRUE(text.contains(f.money(c.unit.cost))) << c.name.toStdString(); // cost table
    // Chart text is real text too: the guardrail line's legend.
    EXPECT_TRUE(text.contains(QStringLiteral("Guardrail 18%")));
    EXPECT_TRUE(text.contains(QStringLiteral("pausing Outbound for redesign")));
    EXPECT_TRUE(text.contains(QStringLiteral("NRR")));
    EXPECT_TRUE(text.contains(QStringLiteral("Level 3 of 3")));
}

TEST_F(ReviewPackTest, MonthlyPackHasTheWinLossGapByGroupWithItsReasons)
{
    const QString monthly =
        collapsed(run(QStringLiteral("pdftotext"),
                      {write(ReviewPack::Kind::Monthly, "wl.pdf"), QStringLiteral("-")}));
    const QString weekly =
        collapsed(run(QStringLiteral("pdftotext"),
                      {write(ReviewPack::Kind::Weekly, "wl-weekly.pdf"), QStringLiteral("-")}));
    const QString heading = QStringLiteral("Win/loss: the gap to the target win rate");
    const qsizetype at = monthly.indexOf(heading);
    ASSERT_GE(at, 0) << monthly.toStdString();
    EXPECT_FALSE(weekly.contains(heading)); // the monthly review's, not the weekly's
    const WinLossFigures &w = metrics.winLoss;
    ASSERT_TRUE(w.targetWinRate.has_value());
    // Each group's row as the page's model formats it: name, won, lost, win rate, gap.
    WinLossModel model;
    model.setFigures(w, metrics.currency);
    using D = WinLossModel::Dimension;
    int rows = 0;
    for (const D d : {D::Owner, D::Segment, D::Channel, D::Offer, D::IcpMatch}) {
        model.setDimension(d);
        for (int r = 0; r < model.rowCount(); ++r, ++rows) {
            QStringList cells;
            for (int c : {WinLossModel::Name, WinLossModel::Won, WinLossModel::Lost,
                          WinLossModel::WinRate, WinLossModel::GapToTarget})
                cells << model.data(model.index(r, c)).toString();
            EXPECT_GT(monthly.indexOf(cells.join(QLatin1Char(' ')), at), at)
                << cells.join(QLatin1Char(' ')).toStdString();
        }
    }
    EXPECT_GT(rows, 10);
    // The sentence names the owner furthest under the target (the demo's Tom Baker).
    const WinLossFigures::Group *worst = nullptr;
    for (const WinLossFigures::Group &g : w.byOwner)
        if (g.gapToTarget.has() && (!worst || g.gapToTarget.value() > worst->gapToTarget.value()))
            worst = &g;
    ASSERT_NE(worst, nullptr);
    EXPECT_EQ(worst->name, QStringLiteral("Tom Baker"));
    EXPECT_TRUE(monthly.contains(QStringLiteral("The owner furthest under it is Tom Baker")));
    // Every company-wide reason with its count and share, as the page shows them.
    const FigureFormat f(metrics.currency);
    ASSERT_FALSE(w.reasons.isEmpty());
    for (const WinLossFigures::Reason &r : w.reasons)
        EXPECT_TRUE(monthly.contains(
            QStringLiteral("%1 %2 %3").arg(r.reason, f.number(r.count, 0), f.percent(r.share))))
            << r.reason.toStdString();
    // Win rate is told apart from the SQL → Customer rate where both appear.
    EXPECT_TRUE(monthly.contains(QStringLiteral("it is not the SQL → Customer rate")));
}

TEST_F(ReviewPackTest, MonthlyPackShowsTheScenarioBehindEachOfTheMonthsDecisions)
{
    // The demo's "pausing Outbound for redesign" was decided on a pause of Outbound: the pack
    // shows the scenario as computed on the decision's own date, not on later data.
    const Decision *pause = nullptr;
    for (const Decision &d : snapshot.decisions)
        if (d.summary == QStringLiteral("pausing Outbound for redesign"))
            pause = &d;
    ASSERT_NE(pause, nullptr);
    const WhatIf::Result then =
        WhatIf::pause(snapshot, settings, pause->decidedOn, QStringLiteral("Outbound"));
    const WhatIf::Result now =
        WhatIf::pause(snapshot, settings, metrics.asOf, QStringLiteral("Outbound"));
    ASSERT_TRUE(then.refusal.isEmpty());
    const FigureFormat f(metrics.currency);
    ASSERT_NE(f.money(then.after.cac), f.money(now.after.cac)); // so the test tells them apart

    // Two more, pausing Events: one dated the day before the pack's month, one on the as-of date.
    const WhatIf::Result events =
        WhatIf::pause(snapshot, settings, metrics.asOf, QStringLiteral("Events"));
    ASSERT_TRUE(events.refusal.isEmpty());
    const QDate since = iso::toDate(iso::firstDayOfMonth(metrics.unitEnd));
    for (const QDate &day : {since.addDays(-1), metrics.asOf}) {
        Decision d;
        d.decidedOn = day;
        d.summary = QStringLiteral("pausing Events on %1").arg(day.toString(Qt::ISODate));
        d.figuresJson = QString::fromUtf8(
            QJsonDocument(QJsonObject{{WhatIfRecord::key(),
                                       WhatIfRecord::toJson(events, settings.unitWindowMonths)}})
                .toJson(QJsonDocument::Compact));
        snapshot.decisions.prepend(d);
    }
    const QString text =
        collapsed(run(QStringLiteral("pdftotext"),
                      {write(ReviewPack::Kind::Monthly, "scenario.pdf"), QStringLiteral("-")}));
    const qsizetype at = text.indexOf(QStringLiteral("The scenarios behind the month's decisions"));
    ASSERT_GE(at, 0) << text.toStdString();
    EXPECT_GT(text.indexOf(QStringLiteral("pausing Outbound for redesign, decided"), at), at);
    EXPECT_TRUE(text.contains(QStringLiteral("Company CAC %1 %2")
                                  .arg(f.money(then.before.cac), f.money(then.after.cac))));
    EXPECT_TRUE(text.contains(QStringLiteral("Outbound: status ✗ Breach paused")))
        << text.mid(at, 2000).toStdString();
    EXPECT_TRUE(text.contains(collapsed(then.assumption)));
    EXPECT_TRUE(text.contains(f.money(*then.monthlySpendSaved)));
    const QString inside =
        QStringLiteral("pausing Events on %1, decided").arg(metrics.asOf.toString(Qt::ISODate));
    const QString outside = QStringLiteral("pausing Events on %1, decided")
                                .arg(since.addDays(-1).toString(Qt::ISODate));
    EXPECT_GT(text.indexOf(inside, at), at);
    EXPECT_FALSE(text.contains(outside));
}

TEST_F(ReviewPackTest, BothPacksStartWithTheNumberAndItsSlippedDeals)
{
    // The CRM ids the window hands over (Workspace::crmIds), looked up the same way.
    QList<qint64> leadIds;
    for (const int lead : metrics.forecast.slipped)
        leadIds << snapshot.leads[size_t(lead)].id;
    const QHash<qint64, QString> crmIds = LeadDirectory::ids(*db, leadIds);
    SlippedDealsModel slipped;
    slipped.setDeals(snapshot, metrics, crmIds);
    ASSERT_GT(slipped.rowCount(), 0);
    using S = SlippedDealsModel;
    const FigureFormat f(metrics.currency);
    const PeriodForecast &q = metrics.forecast.quarter;
    for (const auto kind : {ReviewPack::Kind::Weekly, ReviewPack::Kind::Monthly}) {
        const QString pdf = write(kind, "number.pdf", crmIds);
        const QString text =
            collapsed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        const qsizetype number = text.indexOf(QStringLiteral("The number"));
        ASSERT_GE(number, 0) << text.toStdString();
        for (const char *later : {"The 90-second brief", "Leading indicators",
                                  "Conversion by stage", "CAC versus guardrail", "Definitions"})
            EXPECT_LT(number, text.indexOf(QString::fromLatin1(later))) << later;
        // The brief's sentence and the quarter's figures as the dashboard formats them.
        EXPECT_TRUE(text.indexOf(collapsed(Brief::numberSentence(metrics))) > number);
        for (const QString &figure : {f.money(q.bookings), f.money(q.target), f.money(q.forecast),
                                      f.ratio(q.coverage), f.money(metrics.forecast.slippedValue)})
            EXPECT_TRUE(text.contains(figure)) << figure.toStdString();
        // Each slipped deal's row: owner then CRM id, in the model's order, before the brief.
        for (int r : {0, slipped.rowCount() - 1}) {
            const QString row = slipped.data(slipped.index(r, S::Owner)).toString() +
                                QLatin1Char(' ') +
                                slipped.data(slipped.index(r, S::CrmId)).toString();
            EXPECT_NE(slipped.data(slipped.index(r, S::CrmId)).toString(), FigureFormat::dash());
            const qsizetype at = text.indexOf(row);
            EXPECT_GT(at, number) << row.toStdString();
            EXPECT_LT(at, text.indexOf(QStringLiteral("The 90-second brief"))) << row.toStdString();
        }
    }
}

TEST_F(ReviewPackTest, LetterPaperFromTheSetting)
{
    ASSERT_EQ(settings.set(QStringLiteral("report_paper"), QStringLiteral("letter")), QString());
    const QString pdf = write(ReviewPack::Kind::Weekly, "letter.pdf");
    EXPECT_TRUE(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts")));
}

TEST_F(ReviewPackTest, CliWritesThePackAndRefusesABadKind)
{
    const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
    int code = -1;
    const QString out =
        run(QStringLiteral(GUARDRAIL_CLI),
            {QStringLiteral("report"), QStringLiteral("--db"), db->path(), QStringLiteral("--kind"),
             QStringLiteral("monthly"), QStringLiteral("--out"), pdf},
            &code);
    EXPECT_EQ(code, 0) << out.toStdString();
    EXPECT_GE(pages(pdf), 4);
    run(QStringLiteral(GUARDRAIL_CLI),
        {QStringLiteral("report"), QStringLiteral("--db"), db->path(), QStringLiteral("--kind"),
         QStringLiteral("yearly"), QStringLiteral("--out"), pdf},
        &code);
    EXPECT_EQ(code, 2);
}

TEST(PdfLayout, ALongTableBreaksAcrossPagesWithItsHeaderRepeated)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    QStandardItemModel model(150, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Account column"), QStringLiteral("Value")});
    for (int r = 0; r < 150; ++r) {
        model.setItem(r, 0, new QStandardItem(QStringLiteral("row-%1").arg(r)));
        model.setItem(r, 1, new QStandardItem(QString::number(r * 10)));
    }
    const auto layout = [&](PdfLayout &out) {
        out.begin();
        out.table(model, {{0, 2}, {1, 1}});
    };
    QPdfWriter counter(QStringLiteral("/dev/null"));
    PdfLayout measure(nullptr, counter, 0);
    layout(measure);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    PdfLayout out(&painter, writer, measure.pages());
    layout(out);
    painter.end();
    ASSERT_GE(measure.pages(), 3); // 150 rows of about 15 pt on pages of about 680 pt
    for (int page = 1; page <= measure.pages(); ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), path, QStringLiteral("-")});
        EXPECT_TRUE(text.contains(QStringLiteral("Account column"))) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(measure.pages())));
    }
    // Every row is on some page, once.
    const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (int r : {0, 57, 149})
        EXPECT_EQ(all.count(QStringLiteral("row-%1\n").arg(r)), 1) << r;
}
