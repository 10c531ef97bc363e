// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace guardrail {

/**
 * A read-only table of figures: sortable on the models' raw numbers (Qt::UserRole), showing
 * only the columns asked for, as tall as its rows so a page scrolls as one.
 */
class FigureTable : public QTableView
{
    Q_OBJECT
public:
    explicit FigureTable(const QString &accessibleName, QWidget *parent = nullptr);
    /** Shows model's columns in the order given (all when empty); sortable when asked. */
    void setFigureModel(QAbstractItemModel *model, const QList<int> &columns = {},
                        bool sortable = true);
    /** Fits the height to the rows, after the model changed. */
    void fitHeight();

Q_SIGNALS:
    /** A row was double-clicked or Enter pressed on it: its row in the source model. */
    void rowActivated(int sourceRow);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Columns as wide as their contents, the spare width shared out: nothing is cut short. */
    void fitColumns();
    /** Narrows the widest of the shown columns, taking used pixels, so they fit and wrap. */
    void capWidestColumns(const QList<int> &shown, int used);

    QSortFilterProxyModel *m_proxy;
};

} // namespace guardrail
