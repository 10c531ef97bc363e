// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfModel.h"

#include "FigureFormat.h"
#include "models/ChannelTableModel.h"

#include <cmath>

namespace guardrail {

WhatIfModel::WhatIfModel(QObject *parent) : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Figure"), tr("Before"), tr("After")});
}

QString WhatIfModel::lossText(const WhatIf::Result &r, const FigureFormat &f)
{
    if (!r.monthlySpendSaved)
        return {};
    // The customers lost as the difference of the two rows printed above (each to a tenth), so
    // the sentence and the table agree: 29.8 − 24.1 is 5.7, even when the loss is 5.75.
    double lost = r.monthlyNewCustomersLost.value_or(0);
    if (lost > 0) {
        const double months =
            static_cast<double>(std::lround((r.before.newCustomers - r.after.newCustomers) / lost));
        const auto tenth = [](double v) { return std::round(v * 10) / 10; };
        if (months > 0)
            lost = tenth(r.before.newCustomers / months) - tenth(r.after.newCustomers / months);
    }
    return tr("A month, the pause saves %1 of spend and loses %2 new customers and %3 of "
              "bookings (the channel's in the unit window, divided by its months).")
        .arg(f.money(*r.monthlySpendSaved), f.number(lost),
             f.money(r.monthlyBookingsLost.value_or(0)));
}

void WhatIfModel::setResult(const WhatIf::Result &r, int months, const FigureFormat &f)
{
    removeRows(0, rowCount());
    if (!r.refusal.isEmpty())
        return;
    const WhatIf::Side &b = r.before, &a = r.after;
    addRow(tr("Company CAC"), f.money(b.cac), f.money(a.cac),
           tr("All acquisition cost in the unit window / its new customers"));
    addRow(tr("Acquisition % of gross profit"), f.percent(b.acquisitionPctGp),
           f.percent(a.acquisitionPctGp), tr("All acquisition cost in U / gross profit in U"));
    addRow(tr("New customers a month"), f.number(b.newCustomers / months),
           f.number(a.newCustomers / months),
           tr("New customers in the unit window / its months (%1)").arg(months));
    addStatusRows(r);
}

void WhatIfModel::addRow(const QString &name, const QString &before, const QString &after,
                         const QString &tooltip)
{
    QList<QStandardItem *> row{new QStandardItem(name), new QStandardItem(before),
                               new QStandardItem(after)};
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setToolTip(tooltip);
    }
    row[Before]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row[After]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    appendRow(row);
}

void WhatIfModel::addStatusRows(const WhatIf::Result &r)
{
    for (const WhatIf::Channel &b : r.before.channels) {
        const WhatIf::Channel *a = nullptr;
        for (const WhatIf::Channel &x : r.after.channels)
            if (x.name == b.name)
                a = &x;
        addRow(tr("%1: status").arg(b.name), ChannelTableModel::statusText(b.status),
               a ? ChannelTableModel::statusText(a->status) : tr("paused"),
               tr("The guardrail status, as in the channel table"));
        const int last = rowCount() - 1;
        item(last, Before)->setData(int(toneOf(b.status)), kToneRole);
        if (a)
            item(last, After)->setData(int(toneOf(a->status)), kToneRole);
    }
}

} // namespace guardrail
