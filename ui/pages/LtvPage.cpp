// SPDX-License-Identifier: GPL-3.0-or-later
#include "LtvPage.h"

#include "DrillDownDialog.h"

#include "Workspace.h"
#include "metrics/CohortRetention.h"
#include "models/ChannelTableModel.h"
#include "models/CohortModel.h"
#include "models/SegmentTableModel.h"
#include "widgets/FigureTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

namespace guardrail {

LtvPage::LtvPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("LTV and LTV/CAC"), parent), m_workspace(workspace),
      m_segments(new SegmentTableModel(this)), m_channels(new ChannelTableModel(this)),
      m_cohorts(new CohortModel(this)), m_measure(new QComboBox(this))
{
    addText(tr("LTV = ARPA × gross margin × expected lifetime (1 / monthly churn, capped). "
               "Bands: below 1× losing money, 1–3× below target, 3–5× healthy, 5× and up "
               "exceptional (maybe under-investing). Payback is judged against each segment's "
               "target."),
            true);
    addHeading(tr("By segment"));
    // Two tables, so nothing scrolls sideways at 1280 pixels: against the targets, then the
    // three inputs LTV is made of.
    using S = SegmentTableModel;
    auto *segments = new FigureTable(tr("LTV by segment"), content());
    segments->setFigureModel(m_segments, {S::Name, S::NewCustomers, S::Cac, S::Ltv, S::LtvCac,
                                          S::Band, S::Payback, S::PaybackTarget});
    addWidget(segments);
    addText(tr("<b>What each segment's LTV is made of</b>"));
    auto *inputs = new FigureTable(tr("LTV inputs by segment"), content());
    inputs->setFigureModel(m_segments, {S::Name, S::Arpa, S::MonthlyChurn, S::GrossMargin, S::Ltv});
    addWidget(inputs);
    connect(segments, &FigureTable::rowActivated, this, [this](int row) {
        const QString name =
            m_segments->data(m_segments->index(row, SegmentTableModel::Name)).toString();
        DrillDownDialog dialog(m_workspace, DrillDownDialog::Kind::Segment, name, this);
        dialog.exec();
    });
    segments->setToolTip(tr("Double-click a segment for its deals"));

    addHeading(tr("By channel"));
    auto *channels = new FigureTable(tr("LTV by channel"), content());
    using C = ChannelTableModel;
    channels->setFigureModel(m_channels,
                             {C::Name, C::NewCustomers, C::Cac, C::Ltv, C::LtvCac, C::Payback});
    addWidget(channels);

    addHeading(tr("Cohort retention"));
    auto *row = new QHBoxLayout;
    m_measure->addItems({tr("Logo retention: share of customers still paying"),
                         tr("Revenue retention: their revenue against what they first paid")});
    m_measure->setAccessibleName(tr("Retention measure"));
    auto *label = new QLabel(tr("&Show:"), content());
    label->setBuddy(m_measure);
    row->addWidget(label);
    row->addWidget(m_measure);
    row->addStretch();
    addLayout(row);
    m_cohortTable = new FigureTable(tr("Cohort retention"), content());
    m_cohortTable->setFigureModel(m_cohorts, {}, false);
    m_cohortTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addWidget(m_cohortTable);
    addText(tr("Rows: the customers won in each of the last 12 complete months. M0 is the month "
               "of the win, so a customer billed from the next month shows from M1."),
            true);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_cohorts->setMeasure(i == 0 ? CohortModel::Measure::Logo : CohortModel::Measure::Revenue);
    });
    connect(&m_workspace, &Workspace::changed, this, &LtvPage::refresh);
    refresh();
}

void LtvPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &m = m_workspace.metrics();
    m_segments->setFigures(m);
    m_channels->setFigures(m, m_workspace.settings());
    m_cohorts->setCohorts(m_workspace.cohorts(), m.currency);
}

} // namespace guardrail
