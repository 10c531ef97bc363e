// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDownDialog.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "domain/JourneyStage.h"
#include "metrics/DrillDown.h"
#include "models/DealsModel.h"
#include "store/LeadDirectory.h"
#include "widgets/FigureTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace guardrail {

DrillDownDialog::DrillDownDialog(Workspace &workspace, Kind kind, const QString &name,
                                 QWidget *parent, int segment)
    : QDialog(parent), m_workspace(workspace), m_deals(new DealsModel(this)),
      m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    const Snapshot &s = workspace.snapshot();
    const Settings &settings = workspace.settings();
    const EpochDay a = iso::fromDate(workspace.metrics().asOf);
    if (kind == Kind::Step) {
        const int step = name.toInt();
        static const char *const cohorts[] = {
            "the leads created in the funnel window", "the MQLs of the funnel window",
            "the SQLs of the funnel window",
            "the customers active the month before the unit window"};
        QString what = tr(cohorts[step]);
        if (segment >= 0 && segment < s.segments.size()) {
            setWindowTitle(tr("%1 → %2 in %3: the cohort")
                               .arg(stageName(step), stageName(step + 1), s.segments[segment]));
            what = tr("%1, in %2").arg(what, s.segments[segment]);
        } else {
            setWindowTitle(tr("%1 → %2: the cohort").arg(stageName(step), stageName(step + 1)));
        }
        showDeals(DrillDown::stepCohort(s, settings, a, step, segment), what);
    } else if (kind == Kind::Segment) {
        setWindowTitle(tr("%1: its deals").arg(name));
        showDeals(DrillDown::segmentDeals(s, settings, a, name),
                  tr("the opportunities of %1 (SQL in the funnel window, closed in it, or open)")
                      .arg(name));
    } else {
        setWindowTitle(tr("%1: its deals and spend").arg(name));
        showDeals(DrillDown::channelDeals(s, settings, a, name),
                  tr("the opportunities of %1 (SQL in the funnel window, closed in it, or open)")
                      .arg(name));
    }
    auto *table = new FigureTable(tr("Deals"), this);
    table->setFigureModel(m_deals);
    // A figure table is as tall as its rows; here the rows scroll inside the dialog instead.
    table->setMinimumHeight(160);
    table->setMaximumHeight(QWIDGETSIZE_MAX);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(table, 1);
    if (kind == Kind::Channel) {
        showSpend(name);
        layout->addWidget(new QLabel(tr("<b>Own spend by month and category</b> (the CAC "
                                        "categories; its share of shared spend comes on top)"),
                                     this));
        auto *spend = new FigureTable(tr("Spend by month"), this);
        spend->setFigureModel(m_spend, {}, false);
        layout->addWidget(spend);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 700);
}

QString DrillDownDialog::summary() const
{
    return m_summary->text();
}

void DrillDownDialog::showDeals(const std::vector<int> &leads, const QString &what)
{
    const Snapshot &s = m_workspace.snapshot();
    QList<qint64> leadIds;
    for (const int i : leads)
        leadIds << s.leads.at(size_t(i)).id;
    QHash<qint64, QString> ids; // a few thousand at most: read here, not kept in the snapshot
    m_workspace.attempt(tr("Reading the deals"),
                        [&] { ids = LeadDirectory::ids(*m_workspace.database(), leadIds); });
    const FigureFormat f(m_workspace.metrics().currency);
    m_deals->setDeals(s, leads, ids, iso::fromDate(m_workspace.metrics().asOf),
                      m_workspace.metrics().currency);
    m_summary->setText(
        tr("%1 of %2, as of %3; amounts total %4%5. Click a header to sort.")
            .arg(f.number(double(leads.size()), 0), what, f.date(m_workspace.metrics().asOf),
                 f.money(m_deals->amountTotal()),
                 m_deals->withoutAmount() == 0
                     ? QString()
                     : tr(" (%1 without an amount)").arg(f.number(m_deals->withoutAmount(), 0))));
}

void DrillDownDialog::showSpend(const QString &channel)
{
    const FigureFormat f(m_workspace.metrics().currency);
    m_spend = new QStandardItemModel(this);
    QStringList header{tr("Month")};
    for (int k = 0; k < kSpendCategoryCount; ++k)
        header << FigureFormat::spendCategoryLabel(static_cast<SpendCategory>(k));
    m_spend->setHorizontalHeaderLabels(header << tr("Total"));
    const QList<DrillDown::MonthSpend> months =
        DrillDown::channelSpend(m_workspace.snapshot(), m_workspace.settings(),
                                iso::fromDate(m_workspace.metrics().asOf), channel);
    for (const DrillDown::MonthSpend &m : months) {
        QList<QStandardItem *> row{new QStandardItem(f.month(m.month))};
        const QList<double> whole =
            FigureFormat::wholeParts(QList<double>(m.byCategory.cbegin(), m.byCategory.cend()));
        for (const double v : whole)
            row << new QStandardItem(f.money(v));
        row << new QStandardItem(f.money(m.total));
        for (qsizetype c = 1; c < row.size(); ++c)
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_spend->appendRow(row);
    }
}

} // namespace guardrail
