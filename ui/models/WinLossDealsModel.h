// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace guardrail {

/**
 * The won and lost deals of one win/loss group (WinLossFigures::Group::deals), lost first then
 * by close date, newest first: what a manager opens to see why a group is under target.
 * SortRole holds the raw value; a missing amount, owner or CRM id shows "—", never 0.
 */
class WinLossDealsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CrmId, Owner, Outcome, Amount, SqlDate, ClosedDate, LostReason, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit WinLossDealsModel(QObject *parent = nullptr);

    /** deals: snapshot indexes; crmIds: the CRM's lead id by row id (LeadDirectory::ids). */
    void setDeals(const Snapshot &snapshot, const std::vector<int> &deals,
                  const QHash<qint64, QString> &crmIds, const QString &currency);
    void clear();
    int wonCount() const;
    int lostCount() const { return rowCount() - wonCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Deal
    {
        QString crmId, owner, lostReason; // owner empty when the CRM names none
        bool won = false;
        double amount = 0; // NaN when the CRM has none
        EpochDay sql = 0, closed = 0;
    };
    QString text(const Deal &d, int column) const;
    QVariant sortKey(const Deal &d, int column) const;
    QString date(EpochDay day) const;

    QList<Deal> m_deals;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
