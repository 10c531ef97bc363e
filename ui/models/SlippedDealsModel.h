// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Metrics.h"
#include "metrics/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace guardrail {

/**
 * The open deals whose expected close date has passed (metrics().forecast.slipped), by owner
 * then expected close date, oldest first: the hygiene list the CRO walks through with each
 * owner. Shown on the dashboard and listed in both packs. SortRole holds the raw value; a deal
 * without an amount or an owner shows "—", never 0.
 */
class SlippedDealsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Owner, CrmId, Channel, Amount, ExpectedClose, DaysSlipped, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit SlippedDealsModel(QObject *parent = nullptr);

    /** crmIds: the CRM's lead id by lead row id (Workspace::crmIds()). */
    void setDeals(const Snapshot &snapshot, const Metrics &metrics,
                  const QHash<qint64, QString> &crmIds);
    /** Shows only the first rows (the dashboard's short list); -1 shows them all. */
    void setRowLimit(int limit);
    int dealCount() const { return static_cast<int>(m_deals.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Deal
    {
        QString owner; // empty when the CRM names none
        QString crmId;
        QString channel;
        double amount = 0; // NaN when the CRM has none
        EpochDay expected = 0;
        int daysSlipped = 0; // A − the expected close date
    };
    QString text(const Deal &d, int column) const;
    QVariant sortKey(const Deal &d, int column) const;

    QList<Deal> m_deals;
    int m_limit = -1;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
