// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannerPage.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "metrics/Brief.h"
#include "metrics/LeadPlanner.h"
#include "widgets/FigureTable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

#include <cmath>

namespace guardrail {

PlannerPage::PlannerPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Lead-volume planner"), parent), m_workspace(workspace),
      m_target(new QDoubleSpinBox(this)), m_horizon(new QSpinBox(this)),
      m_result(new QStandardItemModel(0, 3, this))
{
    addText(tr("How many customers, SQLs, MQLs and leads a revenue goal needs, after the churn "
               "of today's revenue, at today's conversion rates — or at the rates you set."),
            true);
    auto *form = new QFormLayout;
    m_target->setRange(0, 1e12);
    m_target->setDecimals(0);
    m_target->setSingleStep(100000);
    m_target->setGroupSeparatorShown(true);
    m_target->setAccessibleName(tr("Target ARR"));
    m_target->setMaximumWidth(260);
    m_horizon->setMaximumWidth(260);
    m_horizon->setRange(1, 60);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setAccessibleName(tr("Horizon"));
    form->addRow(tr("&Target ARR:"), m_target);
    form->addRow(tr("&Horizon:"), m_horizon);
    addLayout(form);
    addHeading(tr("Overrides (unticked: the measured value)"));
    auto *overrides = new QFormLayout;
    const auto add = [&](const QString &name, const QString &suffix, double max) {
        auto *row = new QHBoxLayout;
        Override o{new QCheckBox(name, content()), new QDoubleSpinBox(content())};
        o.value->setRange(0, max);
        o.value->setDecimals(suffix == u"%" ? 1 : 0);
        o.value->setSuffix(suffix == u"%" ? QStringLiteral(" %") : QString());
        o.value->setEnabled(false);
        o.value->setAccessibleName(name);
        connect(o.use, &QCheckBox::toggled, o.value, &QWidget::setEnabled);
        connect(o.use, &QCheckBox::toggled, this, &PlannerPage::plan);
        connect(o.value, &QDoubleSpinBox::valueChanged, this, &PlannerPage::plan);
        row->addWidget(o.use, 1);
        row->addWidget(o.value);
        overrides->addRow(row);
        m_overrides << o;
    };
    add(tr("Monthly churn"), QStringLiteral("%"), 100);
    add(tr("Win rate"), QStringLiteral("%"), 100);
    add(tr("MQL → SQL rate"), QStringLiteral("%"), 100);
    add(tr("Awareness → MQL rate"), QStringLiteral("%"), 100);
    add(tr("Average deal size"), QString(), 1e9);
    addLayout(overrides);

    addHeading(tr("What the goal needs"));
    m_context = addText({}, true);
    m_result->setHorizontalHeaderLabels({tr("Stage"), tr("In total"), tr("Per week")});
    m_table = new FigureTable(tr("Volumes needed"), content());
    m_table->setFigureModel(m_result, {}, false);
    addWidget(m_table);
    m_takt = addText();
    QFont big = m_takt->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_takt->setFont(big);

    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this] {
        m_targetTouched = true;
        plan();
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, &PlannerPage::plan);
    connect(&m_workspace, &Workspace::changed, this, &PlannerPage::refresh);
    refresh();
}

void PlannerPage::setTarget(double arr, int horizonMonths)
{
    m_horizon->setValue(horizonMonths);
    m_target->setValue(arr);
}

QString PlannerPage::takt() const
{
    return m_takt->text();
}

void PlannerPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    if (!m_targetTouched) { // a sensible first goal: double today's ARR, to the nearest 100k
        const QSignalBlocker block(m_target);
        const double arr = 12 * m_workspace.metrics().company.endMrr;
        m_target->setValue(std::max(1e5, std::round(arr * 2 / 1e5) * 1e5));
    }
    plan();
}

void PlannerPage::plan()
{
    if (!m_workspace.isLoaded())
        return;
    const Metrics &m = m_workspace.metrics();
    const FigureFormat f(m.currency);
    m_target->setPrefix(Brief::currencySymbol(m.currency) + QLatin1Char(' '));
    LeadPlanner::Overrides o;
    std::optional<double> *slots[] = {&o.monthlyChurn, &o.winRate, &o.mqlToSql, &o.awarenessToMql,
                                      &o.avgDealSize};
    for (int i = 0; i < m_overrides.size(); ++i)
        if (m_overrides[i].use->isChecked())
            *slots[i] = i < 4 ? m_overrides[i].value->value() / 100 : m_overrides[i].value->value();
    const LeadPlanner::Plan p = LeadPlanner::plan(m, m_target->value(), m_horizon->value(), o);
    m_context->setText(
        tr("Today's ARR is %1 (12 × the revenue of %2). At %3 monthly churn it keeps %4 over %5 "
           "months, so the goal of %6 needs %7 of new ARR.")
            .arg(f.money(p.currentArr), iso::formatMonth(m.unitEnd), f.percent(p.monthlyChurn, 2),
                 f.money(p.currentArr * std::pow(1 - p.monthlyChurn.valueOr(0), p.horizonMonths)))
            .arg(p.horizonMonths)
            .arg(f.money(p.targetArr), f.money(std::max(0.0, p.neededNewArr))));
    const QStringList stages = {tr("Customers"), tr("SQLs"), tr("MQLs"),
                                p.awarenessBasis ? tr("Awareness volume") : tr("Leads")};
    m_result->setRowCount(0);
    for (int i = 0; i < 4; ++i) {
        auto *name = new QStandardItem(stages[i]);
        auto *total = new QStandardItem(p.total[i].has() ? f.number(p.total[i].value(), 0)
                                                         : FigureFormat::dash());
        auto *week = new QStandardItem(p.perWeek[i].has() ? f.number(p.perWeek[i].value(), 1)
                                                          : FigureFormat::dash());
        for (QStandardItem *item : {total, week}) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!p.total[i].has())
                item->setToolTip(p.total[i].reason());
        }
        m_result->appendRow({name, total, week});
    }
    m_table->fitHeight();
    const QString who = p.awarenessBasis ? tr("visitor") : tr("lead");
    if (!p.taktHours.has())
        m_takt->setText(tr("Takt: %1 (%2).").arg(FigureFormat::dash(), p.taktHours.reason()));
    else if (p.taktHours.value() >= 1)
        m_takt->setText(tr("Takt: one new %1 every %2 working hours (40-hour weeks).")
                            .arg(who, f.number(p.taktHours, 1)));
    else // under an hour, minutes read better than "0.0 hours"
        m_takt->setText(tr("Takt: one new %1 every %2 working minutes (40-hour weeks).")
                            .arg(who, f.number(p.taktHours.value() * 60, 1)));
    // Show the measured values beside the overrides, so the user starts from them.
    const double measured[] = {
        m.company.unit.monthlyChurn.valueOr(0) * 100, m.funnel.kpis.winRate.valueOr(0) * 100,
        m.funnel.stages[1].rate.valueOr(0) * 100, m.funnel.stages[0].rate.valueOr(0) * 100,
        m.funnel.kpis.avgDealSize.valueOr(0)};
    for (int i = 0; i < m_overrides.size(); ++i)
        if (!m_overrides[i].use->isChecked()) {
            const QSignalBlocker block(m_overrides[i].value);
            m_overrides[i].value->setValue(measured[i]);
        }
}

} // namespace guardrail
