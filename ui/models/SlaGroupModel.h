// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Metrics.h"

#include <QAbstractTableModel>

namespace guardrail {

/**
 * SLA response compliance by owner or by channel (metrics().sla) against
 * sla_compliance_target: MQLs due, met in time, compliance, and a status word with its tone
 * (at or above target; within 5 points under; further under).
 */
class SlaGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Due, Met, Compliance, AgainstTarget, ColumnCount };
    static constexpr double kNearPoints = 0.05;

    SlaGroupModel(const QString &groupHeader, QObject *parent = nullptr);
    void setGroups(const QList<SlaGroup> &groups, double target, const QString &currency);
    const QList<SlaGroup> &groups() const { return m_groups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const SlaGroup &g, int column) const;

    QString m_groupHeader;
    QList<SlaGroup> m_groups;
    double m_target = 0.9;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
