// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "DrillDownDialog.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"
#include "metrics/Brief.h"
#include "metrics/MetricsEngine.h"
#include "models/ChannelTableModel.h"
#include "models/FunnelModel.h"
#include "pages/NumberPanel.h"
#include "widgets/FigureTable.h"
#include "widgets/FunnelChart.h"
#include "widgets/KpiTile.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace guardrail {
namespace {
const QList<Charts::Kpi> kTrendKpis = {Charts::Kpi::WinRate,     Charts::Kpi::PipelineVelocity,
                                       Charts::Kpi::AvgDealSize, Charts::Kpi::TimeToClose,
                                       Charts::Kpi::MqlToSql,    Charts::Kpi::Nrr};
} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Dashboard"), parent), m_workspace(workspace),
      m_channels(new ChannelTableModel(this)), m_funnel(new FunnelModel(this))
{
    addHeading(tr("The 90-second brief"));
    m_brief = addText();
    m_brief->setAccessibleName(tr("Brief"));
    QFont big = m_brief->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_brief->setFont(big);

    addHeading(tr("The number"));
    m_number = new NumberPanel(content());
    addWidget(m_number);

    addChannels();
    addIndicators();
    addConversion();

    addHeading(tr("The last 13 weeks (dashed lines: decisions)"));
    auto *grid = new QGridLayout;
    for (int i = 0; i < kTrendKpis.size(); ++i) {
        auto *chart = new ChartView(content());
        chart->setMinimumHeight(210);
        m_trends << chart;
        grid->addWidget(chart, i / 3, i % 3);
    }
    addLayout(grid);
    m_decisions = addText({}, true);

    addHeading(tr("Milestone score"));
    m_milestone = addText();
    m_rerate = addText();
    m_rerate->setAccessibleName(tr("Re-rate triggers"));
    connect(&m_workspace, &Workspace::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::addChannels()
{
    addHeading(tr("CAC versus guardrail, breaches first"));
    m_channelTable = new FigureTable(tr("CAC versus guardrail by channel"), content());
    using C = ChannelTableModel;
    m_channelTable->setFigureModel(m_channels,
                                   {C::Name, C::Status, C::Cac, C::CacPctGp, C::MonthsInBreach});
    m_channelTable->setToolTip(tr("Double-click a channel for its deals and spend"));
    connect(m_channelTable, &FigureTable::rowActivated, this, [this](int row) {
        drillDown(DrillDownDialog::Kind::Channel, m_channels->channel(row).name);
    });
    addWidget(m_channelTable);
}

void DashboardPage::addIndicators()
{
    addHeading(tr("Leading indicators, with the change on a week earlier"));
    auto *filter = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Segment:"), content());
    m_segment = new QComboBox(content());
    m_segment->setAccessibleName(tr("Segment filter"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segment->setToolTip(tr("Narrows the indicators, the conversion by stage and the 13-week "
                             "trends to one segment's leads and customers (Alt+S)"));
    filterLabel->setBuddy(m_segment);
    filter->addWidget(filterLabel);
    filter->addWidget(m_segment);
    filter->addWidget(new QLabel(tr("for the tiles, the conversion by stage and the trends; the "
                                    "brief, the number and CAC stay the company's."),
                                 content()));
    filter->addStretch();
    addLayout(filter);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &DashboardPage::showFunnel);
    auto *tiles = new QHBoxLayout;
    for (const QString &name : {tr("Pipeline velocity per day"), tr("Win rate (won ÷ closed)"),
                                tr("Average deal size"), tr("Time to close"), tr("NRR")}) {
        auto *tile = new KpiTile(name, content());
        m_tiles << tile;
        tiles->addWidget(tile);
    }
    addLayout(tiles);
    m_volume = addText({}, true);
}

void DashboardPage::addConversion()
{
    addHeading(tr("Conversion by stage, against target"));
    auto *row = new QHBoxLayout;
    m_funnelTable = new FigureTable(tr("Conversion by stage"), content());
    m_funnelTable->setFigureModel(m_funnel,
                                  {FunnelModel::Step, FunnelModel::Rate, FunnelModel::Target,
                                   FunnelModel::Gap, FunnelModel::Constraint},
                                  false);
    m_funnelTable->setToolTip(tr("Double-click a step for the leads it counts"));
    connect(m_funnelTable, &FigureTable::rowActivated, this, [this](int step) {
        DrillDownDialog dialog(m_workspace, DrillDownDialog::Kind::Step, QString::number(step),
                               this, segment());
        dialog.exec();
    });
    auto *table = new QVBoxLayout;
    table->addWidget(m_funnelTable);
    table->addStretch();
    m_funnelChart = new FunnelChart(content());
    row->addLayout(table, 1);
    row->addSpacing(12);
    row->addWidget(m_funnelChart, 1, Qt::AlignTop);
    addLayout(row);
}

void DashboardPage::drillDown(DrillDownDialog::Kind kind, const QString &name)
{
    DrillDownDialog dialog(m_workspace, kind, name, this);
    dialog.exec();
}

QString DashboardPage::briefText() const
{
    return m_brief->text();
}

void DashboardPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &m = m_workspace.metrics();
    const FigureFormat f(m.currency);
    m_brief->setText(Brief::text(m, m_workspace.snapshot().decisions));
    m_number->setFigures(m_workspace.snapshot(), m_workspace.settings(), m, m_workspace.crmIds());

    m_channels->setFigures(m, m_workspace.settings());

    // The segments of this file, the choice kept by name across edits and reloads.
    const QString chosen = m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
    {
        const QSignalBlocker blocker(m_segment);
        m_segment->clear();
        m_segment->addItem(tr("All segments"), -1);
        const QStringList &segments = m_workspace.snapshot().segments;
        for (int i = 0; i < segments.size(); ++i)
            m_segment->addItem(segments[i], i);
        m_segment->setCurrentIndex(std::max(0, m_segment->findText(chosen)));
    }
    showFunnel();

    QStringList decided;
    if (!m.weekly.isEmpty())
        for (const Decision &d : m_workspace.snapshot().decisions)
            if (iso::fromDate(d.decidedOn) >= m.weekly.front().asOf && d.decidedOn <= m.asOf)
                decided << tr("%1: %2 (%3)").arg(f.date(d.decidedOn), d.summary, d.owner);
    m_decisions->setText(
        decided.isEmpty()
            ? tr("No decision was logged in these 13 weeks.")
            : tr("Decisions in these 13 weeks: %1.").arg(decided.join(QStringLiteral("; "))));
    m_milestone->setText(tr("Level %1 of 3: %2.%3")
                             .arg(m.milestone.level)
                             .arg(milestoneName(m.milestone.level))
                             .arg(m.milestone.missing.isEmpty()
                                      ? QString()
                                      : tr(" For the next level: %1.")
                                            .arg(m.milestone.missing.join(QStringLiteral("; ")))));
    // Staying installed: the triggers that say the score needs re-rating, in the brief's words.
    const QString rerate = Brief::rerateSentence(m);
    m_rerate->setVisible(!rerate.isEmpty());
    m_rerate->setText(tr("● %1").arg(rerate));
}

int DashboardPage::segment() const
{
    return m_segment->currentIndex() > 0 ? m_segment->currentData().toInt() : -1;
}

void DashboardPage::showFunnel()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &company = m_workspace.metrics();
    std::optional<Metrics> narrowed;
    if (segment() >= 0) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // 15 passes over the leads
        narrowed = company;
        MetricsEngine::computeSegmentFunnel(m_workspace.snapshot(), m_workspace.settings(),
                                            company.asOf, segment(), *narrowed);
        QApplication::restoreOverrideCursor();
    }
    const Metrics &m = narrowed ? *narrowed : company;
    showIndicators(m);
    m_funnel->setFigures(m);
    m_funnelChart->setFunnel(m.funnel);
    for (int i = 0; i < m_trends.size(); ++i)
        m_trends[i]->setChart(
            Charts::weeklyTrend(m, kTrendKpis[i], m_workspace.snapshot().decisions));
}

void DashboardPage::showIndicators(const Metrics &m)
{
    const FigureFormat f(m.currency);
    const Kpis &now = m.funnel.kpis, &before = m.previousWeek.kpis;
    const auto change = [](const Figure &a, const Figure &b, auto format) -> QString {
        return a.has() && b.has() ? tr("%1 on a week earlier").arg(format(a.value() - b.value()))
                                  : tr("no value a week earlier");
    };
    const auto pts = [&f](double d) -> QString { return f.percentPointChange(d); };
    const auto money = [&f](double d) -> QString { return f.moneyChange(d); };
    const auto days = [&f](double d) -> QString { return f.numberChange(d) + tr(" days"); };
    m_tiles[0]->setValue(
        f.money(now.pipelineVelocityPerDay),
        change(now.pipelineVelocityPerDay, before.pipelineVelocityPerDay, money),
        FigureFormat::explain(
            now.pipelineVelocityPerDay,
            tr("Open opportunities × win rate × average deal size / time to close = %1 × %2 × %3 "
               "/ %4 days")
                .arg(now.openOpportunities)
                .arg(f.percent(now.winRate), f.money(now.avgDealSize),
                     f.number(now.timeToCloseDays))));
    m_tiles[1]->setValue(
        f.percent(now.winRate), change(now.winRate, before.winRate, pts),
        FigureFormat::explain(now.winRate, tr("Wins / (wins + losses) among SQLs closed in the "
                                              "funnel window")));
    m_tiles[2]->setValue(
        f.money(now.avgDealSize), change(now.avgDealSize, before.avgDealSize, money),
        FigureFormat::explain(now.avgDealSize, tr("Mean amount of the deals won in the funnel "
                                                  "window")));
    m_tiles[3]->setValue(
        now.timeToCloseDays.has() ? f.number(now.timeToCloseDays) + tr(" days")
                                  : FigureFormat::dash(),
        change(now.timeToCloseDays, before.timeToCloseDays, days),
        FigureFormat::explain(now.timeToCloseDays,
                              tr("Mean whole days from SQL to won (median %1 days)")
                                  .arg(f.number(now.timeToCloseMedianDays))));
    m_tiles[4]->setValue(
        f.percent(now.nrr), change(now.nrr, before.nrr, pts),
        FigureFormat::explain(now.nrr, tr("Revenue in the unit window's last month from the "
                                          "customers active the month before it / their revenue "
                                          "then. GRR %1.")
                                           .arg(f.percent(now.grr))));
    m_volume->setText(tr("Volume in the funnel window: %1 MQLs · %2 SQLs · %3 wins · %4 open "
                         "opportunities worth %5")
                          .arg(f.number(now.mqls, 0), f.number(now.sqls, 0), f.number(now.wins, 0),
                               f.number(now.openOpportunities, 0), f.money(now.pipelineValue)));
}

} // namespace guardrail
