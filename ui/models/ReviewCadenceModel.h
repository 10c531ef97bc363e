// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ReviewCadence.h"

#include <QAbstractTableModel>

namespace guardrail {

/** Each review cadence as of A: last held, next due, and whether it is overdue. */
class ReviewCadenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Cadence, Every, LastHeld, NextDue, Status, ColumnCount };

    explicit ReviewCadenceModel(QObject *parent = nullptr);
    void setCadence(const QList<CadenceStatus> &cadence, const QDate &asOf);
    const CadenceStatus &cadence(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "✓ due in 5 days", "● due today", "✗ overdue by 23 days", "✗ never held, due …". */
    static QString statusText(const CadenceStatus &c, const QDate &asOf);

private:
    QList<CadenceStatus> m_rows;
    QDate m_asOf;
};

} // namespace guardrail
