// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannerPage.h"

#include "Tone.h"

#include "FigureFormat.h"
#include "TargetsPanel.h"
#include "Workspace.h"
#include "metrics/Brief.h"
#include "widgets/BulletBar.h"
#include "widgets/FigureTable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

#include <cmath>

namespace guardrail {
namespace {

constexpr int kDealSize = 4; // the override in money; the others are percentages

QStandardItem *figureItem(const QString &text, const QString &tooltip = {})
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(tooltip);
    return item;
}

} // namespace

PlannerPage::PlannerPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Lead-volume planner"), parent), m_workspace(workspace),
      m_target(new QDoubleSpinBox(this)), m_horizon(new QSpinBox(this)),
      m_result(new QStandardItemModel(0, ResultColumns, this))
{
    addText(tr("How many customers, SQLs, MQLs and leads a revenue goal needs, after the churn "
               "of today's revenue, at today's conversion rates — or at the rates you set."),
            true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_target->setRange(0, 1e12);
    m_target->setDecimals(0);
    m_target->setSingleStep(100000);
    m_target->setGroupSeparatorShown(true);
    m_target->setAccessibleName(tr("Target ARR"));
    m_target->setMinimumWidth(220);
    m_horizon->setMinimumWidth(220);
    m_horizon->setRange(1, 60);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setAccessibleName(tr("Horizon"));
    form->addRow(tr("&Target ARR:"), m_target);
    form->addRow(tr("&Horizon:"), m_horizon);
    addLayout(form);
    addOverrides();

    addHeading(tr("What the goal needs, and the pace now"));
    m_context = addText({}, true);
    m_result->setHorizontalHeaderLabels(
        {tr("Stage"), tr("In total"), tr("Per week"), tr("Now a week"), tr("Gap a week")});
    m_table = new FigureTable(tr("Volumes needed"), content());
    m_table->setFigureModel(m_result, {}, false);
    m_table->setMaximumWidth(900); // the figures stay next to their stage on a wide window
    addWidget(m_table);
    m_pace = addText();
    m_pace->setAccessibleName(tr("Pace"));
    m_takt = addText();
    QFont big = m_takt->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_takt->setFont(big);

    m_targets = new TargetsPanel(m_workspace, content());
    addWidget(m_targets);

    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this] {
        m_targetTouched = true;
        plan();
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, &PlannerPage::plan);
    connect(&m_workspace, &Workspace::changed, this, &PlannerPage::refresh);
    refresh();
}

void PlannerPage::addOverrides()
{
    addHeading(tr("Overrides (unticked: the measured value)"));
    // A grid whose last column takes the spare width: each value stays beside its name.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    const auto add = [&](const QString &name, int decimals, double max) {
        Override o{new QCheckBox(name, content()), new QDoubleSpinBox(content())};
        o.value->setRange(0, max);
        o.value->setDecimals(decimals);
        o.value->setGroupSeparatorShown(true);
        o.value->setMinimumWidth(140);
        o.value->setEnabled(false);
        o.value->setAccessibleName(name);
        connect(o.use, &QCheckBox::toggled, o.value, &QWidget::setEnabled);
        connect(o.use, &QCheckBox::toggled, this, &PlannerPage::plan);
        connect(o.value, &QDoubleSpinBox::valueChanged, this, &PlannerPage::plan);
        const int row = static_cast<int>(m_overrides.size());
        grid->addWidget(o.use, row, 0);
        grid->addWidget(o.value, row, 1);
        m_overrides << o;
    };
    add(tr("Monthly churn"), 2, 100); // 1.55% reads as it is, not as 1.6%
    add(tr("Win rate"), 1, 100);
    add(tr("MQL → SQL rate"), 1, 100);
    add(tr("Awareness → MQL rate"), 1, 100);
    add(tr("Average deal size"), 0, 1e9);
    for (int i = 0; i < kDealSize; ++i)
        m_overrides[i].value->setSuffix(QStringLiteral("%")); // 1.55%, as the pages spell it
    addLayout(grid);
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

QString PlannerPage::pace() const
{
    return m_pace->text();
}

void PlannerPage::changeEvent(QEvent *event)
{
    ScrollPage::changeEvent(event);
    // View > Dark palette: the shades follow the new palette.
    if (event->type() == QEvent::PaletteChange && m_pace)
        plan();
}

void PlannerPage::showEvent(QShowEvent *event)
{
    ScrollPage::showEvent(event);
    m_table->fitHeight(); // fitted before the page had its width, it kept a scroll bar's room
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
    const auto [prefix, suffix] = FigureFormat::moneyAffixes(m.currency);
    for (QDoubleSpinBox *money : {m_target, m_overrides[kDealSize].value}) {
        money->setPrefix(prefix);
        money->setSuffix(suffix);
    }
    LeadPlanner::Overrides o;
    std::optional<double> *slots[] = {&o.monthlyChurn, &o.winRate, &o.mqlToSql, &o.awarenessToMql,
                                      &o.avgDealSize};
    for (int i = 0; i < m_overrides.size(); ++i)
        if (m_overrides[i].use->isChecked())
            *slots[i] =
                i < kDealSize ? m_overrides[i].value->value() / 100 : m_overrides[i].value->value();
    const LeadPlanner::Plan p = LeadPlanner::plan(m, m_target->value(), m_horizon->value(), o);
    m_context->setText(
        tr("Today's ARR is %1 (12 × the revenue of %2). At %3 monthly churn it keeps %4 over %5 "
           "months, so the goal of %6 needs %7 of new ARR. Now a week: the average of the 13 "
           "weeks to %8.")
            .arg(f.money(p.currentArr), f.month(m.unitEnd), f.percent(p.monthlyChurn, 2),
                 f.money(p.currentArr * std::pow(1 - p.monthlyChurn.valueOr(0), p.horizonMonths)))
            .arg(p.horizonMonths)
            .arg(f.money(p.targetArr), f.money(std::max(0.0, p.neededNewArr)), f.date(m.asOf)));
    showVolumes(p, f);
    m_pace->setText(LeadPlanner::paceSentence(p, f.locale()));
    showTakt(p, f);
    showMeasured();
}

void PlannerPage::showVolumes(const LeadPlanner::Plan &p, const FigureFormat &f)
{
    const QStringList stages = {tr("Customers"), tr("SQLs"), tr("MQLs"),
                                p.awarenessBasis ? tr("Awareness volume") : tr("Leads")};
    m_result->setRowCount(0);
    for (int i = 0; i < 4; ++i) {
        const auto k = static_cast<size_t>(i);
        const QString why = p.total[k].has() ? QString() : p.total[k].reason();
        QList<QStandardItem *> row = {
            new QStandardItem(stages[i]), figureItem(f.number(p.total[k], 0), why),
            figureItem(f.number(p.perWeek[k], 1), why),
            figureItem(f.number(p.currentPerWeek[k], 1),
                       tr("%1 a week over the last 13 weeks").arg(stages[i])),
            gapItem(p.paceGap[k], i == p.shortest, f)};
        if (p.paceGap[k].has()) { // the pace cells carry the status; the need stays plain
            const Tone tone = p.paceGap[k].value() <= 0 ? Tone::Good
                              : i == p.shortest         ? Tone::Bad
                                                        : Tone::Warning;
            for (const int c : {NowPerWeek, GapPerWeek})
                row[c]->setData(int(tone), kToneRole); // FigureTable shades it
        }
        m_result->appendRow(row);
    }
    m_table->fitHeight();
}

QStandardItem *PlannerPage::gapItem(const Figure &gap, bool furthest, const FigureFormat &f)
{
    if (!gap.has())
        return figureItem(FigureFormat::dash(), gap.reason());
    // A symbol and a word beside the shade: the status never rests on colour alone.
    const double g = gap.value();
    QStandardItem *item =
        g > 0 ? figureItem(
                    tr("%1 %2 short")
                        .arg(furthest ? QStringLiteral("✗") : QStringLiteral("●"), f.number(g, 1)),
                    tr("Needed a week minus now a week; the furthest short (relative to "
                       "its need) is named under the table"))
        : g < 0 ? figureItem(tr("✓ %1 ahead").arg(f.number(-g, 1)))
                : figureItem(tr("✓ on pace"));
    item->setData(g, Qt::UserRole); // the engine's gap, > 0 short
    if (furthest) {                 // the stage the sentence under the table names
        QFont bold;
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

void PlannerPage::showTakt(const LeadPlanner::Plan &p, const FigureFormat &f)
{
    const QString who = p.awarenessBasis ? tr("visitor") : tr("lead");
    if (!p.taktHours.has())
        m_takt->setText(tr("Takt: %1 (%2).").arg(FigureFormat::dash(), p.taktHours.reason()));
    else if (p.taktHours.value() >= 1)
        m_takt->setText(tr("Takt: one new %1 every %2 working hours (40-hour weeks).")
                            .arg(who, f.number(p.taktHours, 1)));
    else // under an hour, minutes read better than "0.0 hours"
        m_takt->setText(tr("Takt: one new %1 every %2 working minutes (40-hour weeks).")
                            .arg(who, f.number(p.taktHours.value() * 60, 1)));
}

void PlannerPage::showMeasured()
{
    // Show the measured values beside the overrides, so the user starts from them.
    const Metrics &m = m_workspace.metrics();
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
