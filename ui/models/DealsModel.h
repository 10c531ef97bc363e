// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace guardrail {

/**
 * Leads behind a figure (DrillDown): CRM id, owner, channel, where each stands as of the as-of
 * date, amount and dates. SortRole holds the raw value; a missing amount, owner, CRM id or
 * date shows "—", never 0.
 */
class DealsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CrmId, Owner, Channel, Stage, Amount, Created, SqlDate, Closed, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit DealsModel(QObject *parent = nullptr);

    void setDeals(const Snapshot &snapshot, const std::vector<int> &leads,
                  const QHash<qint64, QString> &crmIds, EpochDay asOf, const QString &currency);
    /** The sum of the known amounts, and how many leads have none. */
    double amountTotal() const;
    int withoutAmount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Deal
    {
        QString crmId, owner, channel;
        int stage = 0; // 0 lead, 1 MQL, 2 open opportunity, 3 won, 4 lost
        double amount = 0;
        EpochSeconds created = kNever, sql = kNever, closed = kNever;
    };
    QString text(const Deal &d, int column) const;
    QVariant sortKey(const Deal &d, int column) const;

    QList<Deal> m_deals;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
