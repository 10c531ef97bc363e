// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelTablePage.h"

#include "Workspace.h"
#include "metrics/Brief.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guardrail {

ChannelTablePage::ChannelTablePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Status"), tr("CAC"), tr("GP per customer"), tr("CAC % of GP"),
         tr("Headroom"), tr("Months in breach"), tr("LTV/CAC"), tr("Payback (months)")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("CAC versus guardrail by channel"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    connect(&m_workspace, &Workspace::changed, this, &ChannelTablePage::refresh);
    refresh();
}

void ChannelTablePage::refresh()
{
    if (!m_workspace.isOpen())
        return;
    const Metrics &m = m_workspace.metrics();
    const QLocale locale;
    m_summary->setText(
        tr("Guardrail: CAC at most %1 of the gross profit a customer brings (on the lifetime basis "
           "that is LTV/CAC of at least %2). Unit window %3 to %4.")
            .arg(Brief::percent(m.company.guardrailPct),
                 locale.toString(1 / m.company.guardrailPct, 'f', 1), iso::formatMonth(m.unitStart),
                 iso::formatMonth(m.unitEnd)));
    QList<const ChannelFigures *> rows;
    for (const ChannelFigures &c : m.channels)
        rows << &c;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ChannelFigures *a, const ChannelFigures *b) {
                         return a->cacPctGp.valueOr(-1) > b->cacPctGp.valueOr(-1);
                     });
    m_table->setRowCount(static_cast<int>(rows.size()));
    const auto money = [&](const Figure &f) {
        return f.has() ? locale.toCurrencyString(f.value(), Brief::currencySymbol(m.currency), 0)
                       : QStringLiteral("—");
    };
    const auto number = [&](const Figure &f) {
        return f.has() ? locale.toString(f.value(), 'f', 1) : QStringLiteral("—");
    };
    for (int r = 0; r < rows.size(); ++r) {
        const ChannelFigures &c = *rows[r];
        const QString status =
            c.status == GuardrailStatus::Breach ? tr("▲ breach")
            : c.status == GuardrailStatus::Near ? tr("● near")
            : c.status == GuardrailStatus::Inside
                ? tr("✓ inside")
                : statusName(c.status).replace(QLatin1Char('_'), QLatin1Char(' '));
        const QList<std::pair<QString, QString>> cells = {
            {c.name, QString()},
            {status, QString()},
            {money(c.unit.cac), c.unit.cac.reason()},
            {money(c.gpPerCustomer), c.gpPerCustomer.reason()},
            {c.cacPctGp.has() ? Brief::percent(c.cacPctGp.value(), 1) : QStringLiteral("—"),
             c.cacPctGp.reason()},
            {money(c.headroom), c.headroom.reason()},
            {QString::number(c.monthsInBreach), QString()},
            {number(c.unit.ltvCac), c.unit.ltvCac.reason()},
            {number(c.unit.paybackMonths), c.unit.paybackMonths.reason()}};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col].first);
            item->setToolTip(cells[col].second);
            if (col > 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
}

} // namespace guardrail
