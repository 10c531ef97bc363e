// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossPage.h"

#include "Workspace.h"
#include "metrics/Metrics.h"
#include "models/WinLossDealsModel.h"
#include "models/WinLossModel.h"
#include "store/LeadDirectory.h"
#include "widgets/FigureTable.h"
#include "widgets/WinRateChart.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>

namespace guardrail {

WinLossPage::WinLossPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Win/Loss"), parent), m_workspace(workspace), m_groups(new WinLossModel(this)),
      m_deals(new WinLossDealsModel(this)), m_reasons(new QStandardItemModel(0, 3, this))
{
    addText(tr("Win rate = won ÷ (won + lost) of the opportunities closed in the funnel window — "
               "not the SQL→Customer rate, which counts every SQL. Gap to target = target win "
               "rate − win rate; vs company = win rate − the company's."),
            true);
    buildGroups();
    addHeading(tr("Lost reasons, company-wide"));
    m_reasons->setHorizontalHeaderLabels({tr("Reason"), tr("Lost deals"), tr("Share of lost")});
    m_reasonsTable = new FigureTable(tr("Lost reasons, company-wide"), content());
    m_reasonsTable->setFigureModel(m_reasons);
    addWidget(m_reasonsTable);
    buildDeals();
    connect(&m_workspace, &Workspace::changed, this, &WinLossPage::refresh);
    refresh();
}

void WinLossPage::buildGroups()
{
    addHeading(tr("Win rate by group"));
    auto *row = new QHBoxLayout;
    m_dimension = new QComboBox(content());
    m_dimension->addItems(
        {tr("Channel"), tr("Segment"), tr("Offer"), tr("Owner"), tr("ICP match")});
    m_dimension->setAccessibleName(tr("Group by"));
    auto *label = new QLabel(tr("&Group by:"), content());
    label->setBuddy(m_dimension);
    row->addWidget(label);
    row->addWidget(m_dimension);
    row->addStretch();
    addLayout(row);
    m_company = addText();
    m_chart = new WinRateChart(tr("Win rate by group against the target"), content());
    addWidget(m_chart);
    m_groupTable = new FigureTable(tr("Win/loss by group"), content());
    m_groupTable->setFigureModel(m_groups);
    m_groupTable->setWordWrap(true); // the top lost reasons wrap rather than scroll sideways
    addWidget(m_groupTable);
    addText(tr("Click a group, or press Enter on it, to list its won and lost deals below."), true);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &WinLossPage::dimensionChanged);
    connect(m_groupTable, &QAbstractItemView::clicked, this, &WinLossPage::groupActivated);
    connect(m_groupTable, &QAbstractItemView::activated, this, &WinLossPage::groupActivated);
}

void WinLossPage::buildDeals()
{
    addHeading(tr("Deals of the group"));
    m_dealsTitle = addText();
    m_dealsTable = new FigureTable(tr("Won and lost deals of the group"), content());
    m_dealsTable->setFigureModel(m_deals);
    addWidget(m_dealsTable);
}

void WinLossPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &m = m_workspace.metrics();
    m_groups->setFigures(m.winLoss, m.currency);
    const FigureFormat &f = m_groups->format();
    m_company->setText(m.winLoss.companyWinRate.has()
                           ? tr("Company win rate %1; target %2.")
                                 .arg(f.percent(m.winLoss.companyWinRate),
                                      m.winLoss.targetWinRate ? f.percent(*m.winLoss.targetWinRate)
                                                              : tr("not set (Settings)"))
                           : tr("Company win rate %1 (%2).")
                                 .arg(FigureFormat::dash(), m.winLoss.companyWinRate.reason()));
    updateChart();
    updateReasons();
    int row = -1;
    for (qsizetype i = 0; i < m_groups->groups().size(); ++i)
        if (m_groups->groups().at(i).name == m_shownGroup)
            row = static_cast<int>(i);
    showDeals(row);
}

void WinLossPage::dimensionChanged()
{
    m_groups->setDimension(static_cast<WinLossModel::Dimension>(m_dimension->currentIndex()));
    updateChart();
    showDeals(-1);
}

void WinLossPage::updateChart()
{
    m_chart->setContent(WinRateChart::contentOf(*m_groups));
}

void WinLossPage::updateReasons()
{
    m_reasons->removeRows(0, m_reasons->rowCount());
    const FigureFormat &f = m_groups->format();
    for (const WinLossFigures::Reason &r : m_groups->figures().reasons) {
        auto *reason = new QStandardItem(r.reason);
        reason->setData(r.reason.toLower(), Qt::UserRole);
        auto *count = new QStandardItem(f.number(r.count, 0));
        count->setData(r.count, Qt::UserRole);
        auto *share = new QStandardItem(f.percent(r.share));
        share->setData(r.share, Qt::UserRole);
        for (QStandardItem *number : {count, share})
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->appendRow({reason, count, share});
    }
    m_reasonsTable->fitHeight(); // a QStandardItemModel changes by rows, not by a reset
}

void WinLossPage::groupActivated(const QModelIndex &viewIndex)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewIndex.model());
    showDeals(proxy ? proxy->mapToSource(viewIndex).row() : viewIndex.row());
}

void WinLossPage::showDeals(int row)
{
    if (row < 0 || row >= m_groups->rowCount()) {
        m_shownGroup.clear();
        m_deals->clear();
        m_dealsTitle->setText(tr("No group chosen."));
        return;
    }
    const WinLossFigures::Group &g = m_groups->groups().at(row);
    const Snapshot &s = m_workspace.snapshot();
    QList<qint64> leadIds;
    for (const int i : g.deals)
        leadIds << s.leads.at(size_t(i)).id;
    // The snapshot keeps no CRM ids; one group's deals are few enough to read here.
    QHash<qint64, QString> ids;
    m_workspace.attempt(tr("Reading the deals"),
                        [&] { ids = LeadDirectory::ids(*m_workspace.database(), leadIds); });
    m_shownGroup = g.name;
    m_deals->setDeals(s, g.deals, ids, m_workspace.metrics().currency);
    m_dealsTitle->setText(tr("%1: %2 won, %3 lost.")
                              .arg(g.name, m_groups->format().number(g.won, 0),
                                   m_groups->format().number(g.lost, 0)));
}

} // namespace guardrail
