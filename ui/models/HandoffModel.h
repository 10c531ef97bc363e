// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Sla.h"

#include <QAbstractTableModel>

namespace guardrail {

/** The handoff protocol's ordered steps (step, owner, hours), edited in place. */
class HandoffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Owner, Hours, ColumnCount };

    explicit HandoffModel(QObject *parent = nullptr);
    void setSteps(const QList<HandoffStep> &steps);
    const QList<HandoffStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /** The whole new list after an edit in place. */
    void edited(const QList<HandoffStep> &steps);

private:
    QList<HandoffStep> m_steps;
};

} // namespace guardrail
