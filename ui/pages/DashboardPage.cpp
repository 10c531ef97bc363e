// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "Workspace.h"
#include "domain/JourneyStage.h"
#include "metrics/Brief.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guardrail {
namespace {

QString shown(const Figure &f, const QString &text)
{
    return f.has() ? text : QStringLiteral("—");
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_brief(new QLabel(this)), m_kpis(new QLabel(this)),
      m_funnel(new QTableWidget(4, 5, this)), m_volume(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("The 90-second brief"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    m_brief->setWordWrap(true);
    m_brief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_brief->setAccessibleName(tr("Brief"));
    QFont big = m_brief->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_brief->setFont(big);
    m_kpis->setWordWrap(true);
    m_kpis->setTextFormat(Qt::RichText);
    m_funnel->setHorizontalHeaderLabels({tr("Step"), tr("Rate"), tr("Target"), tr("Gap"), tr("")});
    m_funnel->verticalHeader()->hide();
    m_funnel->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->setAccessibleName(tr("Conversion by stage"));
    m_funnel->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont small = m_volume->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_volume->setFont(small);
    layout->addWidget(title);
    layout->addWidget(m_brief);
    layout->addSpacing(12);
    layout->addWidget(m_kpis);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("<b>Conversion by stage</b> (funnel window)"), this));
    layout->addWidget(m_funnel);
    layout->addWidget(m_volume);
    layout->addStretch();
    connect(&m_workspace, &Workspace::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::refresh()
{
    if (!m_workspace.isOpen())
        return;
    const Metrics &m = m_workspace.metrics();
    m_brief->setText(Brief::text(m, m_workspace.snapshot().decisions));
    const QLocale locale;
    const Kpis &k = m.funnel.kpis;
    const auto money = [&](const Figure &v) {
        return shown(v,
                     locale.toCurrencyString(v.valueOr(0), Brief::currencySymbol(m.currency), 0));
    };
    const auto pct = [&](const Figure &v) { return shown(v, Brief::percent(v.valueOr(0), 1)); };
    m_kpis->setText(
        tr("<table cellspacing=12><tr><td><b>Pipeline velocity</b><br>%1 / day</td>"
           "<td><b>Win rate</b><br>%2</td><td><b>Average deal size</b><br>%3</td>"
           "<td><b>Time to close</b><br>%4 "
           "days</td><td><b>NRR</b><br>%5</td><td><b>GRR</b><br>%6</td>"
           "</tr></table>")
            .arg(money(k.pipelineVelocityPerDay), pct(k.winRate), money(k.avgDealSize),
                 shown(k.timeToCloseDays, locale.toString(k.timeToCloseDays.valueOr(0), 'f', 0)),
                 pct(k.nrr), pct(k.grr)));
    for (int i = 0; i < 4; ++i) {
        const StageRate &s = m.funnel.stages[i];
        const bool constraint = m.funnel.constraint == i;
        const QStringList cells = {
            stageName(s.from) + QStringLiteral(" → ") + stageName(s.from + 1), pct(s.rate),
            Brief::percent(s.target), pct(s.gap), constraint ? tr("◆ constraint") : QString()};
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!s.rate.has() && (c == 1 || c == 3))
                item->setToolTip(s.rate.reason());
            if (constraint) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_funnel->setItem(i, c, item);
        }
    }
    int height = m_funnel->horizontalHeader()->height() + 2 * m_funnel->frameWidth();
    for (int i = 0; i < m_funnel->rowCount(); ++i)
        height += m_funnel->rowHeight(i);
    m_funnel->setFixedHeight(height);
    m_volume->setText(tr("Volume in the funnel window: %1 MQLs · %2 SQLs · %3 wins")
                          .arg(k.mqls)
                          .arg(k.sqls)
                          .arg(k.wins));
}

} // namespace guardrail
