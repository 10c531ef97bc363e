// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace guardrail {

FigureTable::FigureTable(const QString &accessibleName, QWidget *parent)
    : QTableView(parent), m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(accessibleName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_proxy->setSortRole(Qt::UserRole);
}

void FigureTable::setFigureModel(QAbstractItemModel *model, const QList<int> &columns,
                                 bool sortable)
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setSortingEnabled(sortable);
    if (sortable)
        sortByColumn(-1, Qt::AscendingOrder); // the model's own order first: breaches first
    QHeaderView *header = horizontalHeader();
    if (!columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            setColumnHidden(c, !columns.contains(c));
        for (int i = 0; i < columns.size(); ++i)
            header->moveSection(header->visualIndex(columns[i]), i);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &FigureTable::fitHeight);
    fitHeight();
}

void FigureTable::fitHeight()
{
    resizeRowsToContents();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
    for (int r = 0; r < model()->rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(height);
}

} // namespace guardrail
