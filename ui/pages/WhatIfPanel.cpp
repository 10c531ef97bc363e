// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfPanel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/DecisionDialog.h"
#include "metrics/Brief.h"
#include "metrics/WhatIfRecord.h"
#include "models/WhatIfModel.h"
#include "widgets/BulletBar.h"
#include "widgets/FigureTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace guardrail {
namespace {

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WhatIfPanel::WhatIfPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_form(new QFormLayout),
      m_scenario(new QComboBox(this)), m_pause(new QComboBox(this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_amount(new QDoubleSpinBox(this)), m_model(new WhatIfModel(this)),
      m_table(new FigureTable(tr("What if: before and after"), this)), m_losses(note(this)),
      m_assumption(note(this)), m_refusal(note(this)),
      m_log(new QPushButton(tr("&Log as decision…"), this))
{
    setAccessibleName(tr("What if"));
    m_scenario->addItem(tr("Pause a channel"), Pause);
    m_scenario->addItem(tr("Shift spend between two"), Shift);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(0);
    m_amount->setSingleStep(1000);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setToolTip(tr("Moved every month of the unit window, in the company currency"));
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->addRow(tr("&Scenario:"), m_scenario);
    m_form->addRow(tr("&Pause:"), m_pause);
    m_form->addRow(tr("Shift &from:"), m_from);
    m_form->addRow(tr("Shift &to:"), m_to);
    m_form->addRow(tr("&Amount a month:"), m_amount);
    m_table->setFigureModel(m_model, {}, false);
    m_refusal->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_table);
    layout->addWidget(m_losses);
    layout->addWidget(m_assumption);
    layout->addWidget(m_log, 0, Qt::AlignLeft);
    m_workspace.addEditControls({m_log});
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &WhatIfPanel::compute);
    for (QComboBox *box : {m_pause, m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &WhatIfPanel::compute);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &WhatIfPanel::compute);
    connect(m_log, &QPushButton::clicked, this, &WhatIfPanel::logAsDecision);
}

void WhatIfPanel::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    fillChannels();
    compute();
}

QString WhatIfPanel::defaultPause() const
{
    // The channel in breach furthest over the line; else the one closest to it.
    const Metrics &m = m_workspace.metrics();
    const ChannelFigures *worst = nullptr;
    for (const ChannelFigures &c : m.channels)
        if (c.status == GuardrailStatus::Breach &&
            (!worst || c.cacPctGp.valueOr(-1) > worst->cacPctGp.valueOr(-1)))
            worst = &c;
    if (worst)
        return worst->name;
    return m.closestToLine.value_or(m.channels.isEmpty() ? QString() : m.channels.front().name);
}

void WhatIfPanel::fillChannels()
{
    const Metrics &m = m_workspace.metrics();
    const bool first = m_pause->count() == 0;
    const QString pause = first ? defaultPause() : m_pause->currentText();
    const QString from = first ? pause : m_from->currentText();
    // The cheapest channel (lowest CAC % of GP) is where shifted spend goes by default.
    QString to = m_to->currentText();
    if (first) {
        double best = 0;
        for (const ChannelFigures &c : m.channels)
            if (c.name != from && c.cacPctGp.has() && (to.isEmpty() || c.cacPctGp.value() < best)) {
                to = c.name;
                best = c.cacPctGp.value();
            }
    }
    for (QComboBox *box : {m_pause, m_from, m_to}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const ChannelFigures &c : m.channels)
            box->addItem(c.name);
    }
    const auto select = [](QComboBox *box, const QString &name) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(std::max(0, box->findText(name)));
    };
    select(m_pause, pause);
    select(m_from, from);
    select(m_to, to);
    const QSignalBlocker block(m_amount);
    const auto [prefix, suffix] = FigureFormat::moneyAffixes(m.currency);
    m_amount->setPrefix(prefix);
    m_amount->setSuffix(suffix);
    if (first)
        for (const ChannelFigures &c : m.channels)
            if (c.name == from) // half of what the source spends a month, in round thousands
                m_amount->setValue(std::round(c.monthlySpend / 2000) * 1000);
}

void WhatIfPanel::compute()
{
    const bool pause = m_scenario->currentData().toInt() == Pause;
    m_form->setRowVisible(m_pause, pause);
    m_form->setRowVisible(m_from, !pause);
    m_form->setRowVisible(m_to, !pause);
    m_form->setRowVisible(m_amount, !pause);
    if (!m_workspace.isLoaded() || m_pause->count() == 0)
        return;
    // Two engine runs at most: fast enough on the GUI thread for files the size of the demo.
    // A large file would want this off the thread, as Workspace does for the figures.
    const Workspace &w = m_workspace;
    m_result =
        pause ? WhatIf::pause(w.snapshot(), w.settings(), w.metrics().asOf, m_pause->currentText())
              : WhatIf::shift(w.snapshot(), w.settings(), w.metrics().asOf, m_amount->value(),
                              m_from->currentText(), m_to->currentText());
    showResult();
}

void WhatIfPanel::showResult()
{
    const FigureFormat f(m_workspace.metrics().currency);
    const bool refused = !m_result.refusal.isEmpty();
    m_refusal->setVisible(refused);
    m_refusal->setText(
        refused ? tr("Cannot compute \"%1\": %2.").arg(m_result.scenario, m_result.refusal)
                : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_table, m_losses, m_assumption, m_log})
        w->setVisible(!refused);
    m_model->setResult(m_result, m_workspace.settings().unitWindowMonths, f);
    if (refused)
        return;
    m_table->fitHeight();
    m_losses->setText(WhatIfModel::lossText(m_result, f));
    m_losses->setVisible(!m_losses->text().isEmpty());
    m_assumption->setText(tr("Assumption: %1.").arg(m_result.assumption));
}

QString WhatIfPanel::rationale() const
{
    const FigureFormat f(m_workspace.metrics().currency);
    const WhatIf::Side &b = m_result.before, &a = m_result.after;
    const int months = m_workspace.settings().unitWindowMonths;
    QString text = tr("What-if, %1: company CAC %2 → %3; acquisition %4 → %5 of gross profit; "
                      "new customers a month %6 → %7.")
                       .arg(m_result.scenario, f.money(b.cac), f.money(a.cac),
                            f.percent(b.acquisitionPctGp), f.percent(a.acquisitionPctGp),
                            f.number(b.newCustomers / months), f.number(a.newCustomers / months));
    if (const QString losses = WhatIfModel::lossText(m_result, f); !losses.isEmpty())
        text += QLatin1Char(' ') + losses;
    return text + QLatin1Char(' ') + tr("Assumption: %1.").arg(m_result.assumption);
}

Decision WhatIfPanel::draft() const
{
    const bool pause = m_result.monthlySpendSaved.has_value();
    Decision d;
    d.decidedOn = m_workspace.asOf();
    d.type = pause ? QStringLiteral("pause_channel") : QStringLiteral("shift_budget");
    d.touches = pause ? m_pause->currentText() : m_from->currentText();
    d.summary = m_result.scenario;
    d.rationale = rationale();
    if (m_result.after.cac.has()) {
        const double before = m_result.before.cac.valueOr(m_result.after.cac.value());
        d.expectedMetric = QStringLiteral("company.cac");
        d.expectedDirection =
            m_result.after.cac.value() > before ? QStringLiteral("up") : QStringLiteral("down");
        d.expectedValue = std::round(m_result.after.cac.value()); // money in whole units
        d.expectedBy = m_workspace.metrics().asOf.addDays(90);
    }
    return d;
}

void WhatIfPanel::logAsDecision()
{
    if (!m_result.refusal.isEmpty() || m_result.scenario.isEmpty())
        return;
    DecisionDialog dialog(m_workspace, this);
    dialog.setDecision(draft());
    if (dialog.exec() == QDialog::Accepted)
        DecisionDialog::log(
            m_workspace, dialog.decision(),
            WhatIfRecord::toJson(m_result, m_workspace.settings().unitWindowMonths));
}

} // namespace guardrail
