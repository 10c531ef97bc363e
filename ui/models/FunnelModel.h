// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Metrics.h"

#include <QAbstractTableModel>

namespace guardrail {

/** Conversion by stage against target, the constraint marked by text and a symbol. */
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Rate, Target, Gap, Basis, Constraint, ColumnCount };

    explicit FunnelModel(QObject *parent = nullptr);
    void setFigures(const Metrics &metrics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    FunnelFigures m_funnel;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
