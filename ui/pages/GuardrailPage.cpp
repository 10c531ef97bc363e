// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardrailPage.h"

#include "DrillDownDialog.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"
#include "models/ChannelTableModel.h"
#include "models/SegmentTableModel.h"
#include "pages/WhatIfPanel.h"
#include "widgets/FigureTable.h"

#include <QHBoxLayout>
#include <QLabel>

namespace guardrail {

GuardrailPage::GuardrailPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("CAC & Guardrail"), parent), m_workspace(workspace),
      m_channels(new ChannelTableModel(this)), m_segments(new SegmentTableModel(this))
{
    m_summary = addText();
    // Two tables over one model, so neither scrolls sideways at 1280 pixels: the guardrail,
    // then what each channel spends a month beside what its unit economics sustain.
    addHeading(tr("Channels against the guardrail, breaches first (click a header to sort)"));
    m_channelTable = new FigureTable(tr("CAC versus guardrail by channel"), content());
    using C = ChannelTableModel;
    m_channelTable->setFigureModel(m_channels,
                                   {C::Name, C::Status, C::Cac, C::GpPerCustomer, C::CacPctGp,
                                    C::Headroom, C::MonthsInBreach, C::MaxCac});
    addWidget(m_channelTable);
    addHeading(tr("Spend and returns"));
    m_spendTable = new FigureTable(tr("Spend and returns by channel"), content());
    m_spendTable->setFigureModel(m_channels, {C::Name, C::NewCustomers, C::Cost, C::MonthlySpend,
                                              C::MaxMonthlySpend, C::LtvCac, C::Payback});
    addWidget(m_spendTable);
    for (FigureTable *table : {m_channelTable, m_spendTable})
        connect(table, &FigureTable::rowActivated, this, [this](int row) {
            DrillDownDialog dialog(m_workspace, DrillDownDialog::Kind::Channel,
                                   m_channels->channel(row).name, this);
            dialog.exec();
        });
    addText(tr("Hover a figure for its formula and inputs; \"—\" means no value, and the "
               "tooltip says why. Double-click a channel for its deals and its spend by month."),
            true);

    addHeading(tr("What if…"));
    addText(tr("Pause a channel, or shift spend between two, and see the company's figures and "
               "every channel's status before and after, on the unit window."),
            true);
    m_whatIf = new WhatIfPanel(m_workspace, content());
    addWidget(m_whatIf);

    auto *charts = new QHBoxLayout;
    m_history = new ChartView(content());
    m_costs = new ChartView(content());
    m_history->setMinimumHeight(300);
    m_costs->setMinimumHeight(300);
    charts->addWidget(m_history, 1);
    charts->addWidget(m_costs, 1);
    addLayout(charts);

    addHeading(tr("Segments"));
    auto *segments = new FigureTable(tr("Unit economics by segment"), content());
    using S = SegmentTableModel;
    segments->setFigureModel(m_segments, {S::Name, S::NewCustomers, S::Cac, S::Ltv, S::LtvCac,
                                          S::Band, S::Payback, S::PaybackTarget});
    addWidget(segments);

    addHeading(tr("The company envelope"));
    m_envelope = addText();
    connect(&m_workspace, &Workspace::changed, this, &GuardrailPage::refresh);
    refresh();
}

void GuardrailPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &m = m_workspace.metrics();
    const FigureFormat f(m.currency);
    m_summary->setText(
        tr("The guardrail: a channel's CAC at most %1 of the gross profit a customer brings (on "
           "the lifetime basis, LTV/CAC of at least %2). Unit window %3.")
            .arg(f.percent(m.company.guardrailPct, 0), f.number(1 / m.company.guardrailPct),
                 f.monthRange(m.unitStart, m.unitEnd)));
    m_channels->setFigures(m, m_workspace.settings());
    m_segments->setFigures(m);
    m_history->setChart(Charts::guardrailHistory(m));
    m_costs->setChart(Charts::costByCategory(m));
    m_whatIf->refresh();
    const UnitFigures &u = m.company.unit;
    m_envelope->setText(
        tr("All acquisition cost in the unit window: %1, against %2 of gross profit earned in the "
           "same months: %3. That is a spend ratio over the window, not the guardrail: the "
           "guardrail (%4) weighs one customer's CAC against the gross profit that customer "
           "brings. Company CAC %5 over %6 new customers; LTV %7; LTV/CAC %8; payback %9 "
           "months.")
            .arg(f.money(u.cost), f.money(m.company.grossProfit),
                 f.percent(m.company.acquisitionPctGp), f.percent(m.company.guardrailPct, 0),
                 f.money(u.cac), QString::number(u.newCustomers), f.money(u.ltv), f.ratio(u.ltvCac),
                 f.number(u.paybackMonths)));
    m_envelope->setToolTip(m.company.acquisitionPctGp.has()
                               ? tr("Total cost in U / gross profit in U")
                               : m.company.acquisitionPctGp.reason());
}

} // namespace guardrail
