// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossDealsModel.h"

#include "metrics/WinLoss.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace guardrail {

WinLossDealsModel::WinLossDealsModel(QObject *parent) : QAbstractTableModel(parent) {}

void WinLossDealsModel::setDeals(const Snapshot &snapshot, const std::vector<int> &deals,
                                 const QHash<qint64, QString> &crmIds, const QString &currency)
{
    beginResetModel();
    m_format = FigureFormat(currency);
    m_deals.clear();
    for (const int i : deals) {
        const Lead &l = snapshot.leads.at(size_t(i));
        // The engine counts a deal lost when it was lost in the window, even if also won.
        const bool won = l.lostAt == kNever;
        m_deals << Deal{crmIds.value(l.id),
                        snapshot.owners.value(l.owner),
                        won                ? QString()
                        : l.lostReason < 0 ? WinLoss::noneGiven()
                                           : snapshot.lostReasons.value(l.lostReason),
                        won,
                        l.amount,
                        iso::dayOf(l.sqlAt),
                        iso::dayOf(won ? l.wonAt : l.lostAt)};
    }
    std::stable_sort(m_deals.begin(), m_deals.end(), [](const Deal &a, const Deal &b) {
        if (a.won != b.won)
            return b.won;
        return a.closed > b.closed;
    });
    endResetModel();
}

void WinLossDealsModel::clear()
{
    beginResetModel();
    m_deals.clear();
    endResetModel();
}

int WinLossDealsModel::wonCount() const
{
    return static_cast<int>(
        std::count_if(m_deals.begin(), m_deals.end(), [](const Deal &d) { return d.won; }));
}

int WinLossDealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int WinLossDealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinLossDealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    static const char *const names[] = {"CRM id",   "Owner",       "Outcome",    "Amount",
                                        "SQL date", "Closed date", "Lost reason"};
    return tr(names[section]);
}

QVariant WinLossDealsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Deal &d = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Owner && d.owner.isEmpty())
            return tr("The CRM names no owner for this deal.");
        if (index.column() == Amount && std::isnan(d.amount))
            return tr("The CRM has no amount for this deal.");
        return {};
    case SortRole:
        return sortKey(d, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString WinLossDealsModel::date(EpochDay day) const
{
    return m_format.date(day);
}

QString WinLossDealsModel::text(const Deal &d, int column) const
{
    switch (column) {
    case CrmId:
        return d.crmId.isEmpty() ? FigureFormat::dash() : d.crmId;
    case Owner:
        return d.owner.isEmpty() ? FigureFormat::dash() : d.owner;
    case Outcome:
        return d.won ? tr("won") : tr("lost");
    case Amount:
        return std::isnan(d.amount) ? FigureFormat::dash() : m_format.money(d.amount);
    case SqlDate:
        return date(d.sql);
    case ClosedDate:
        return date(d.closed);
    case LostReason:
        return d.won ? FigureFormat::dash() : d.lostReason;
    }
    return {};
}

QVariant WinLossDealsModel::sortKey(const Deal &d, int column) const
{
    switch (column) {
    case CrmId:
        return d.crmId;
    case Owner:
        return d.owner.toLower();
    case Outcome:
        return d.won ? 1 : 0;
    case Amount:
        return std::isnan(d.amount) ? -std::numeric_limits<double>::infinity() : d.amount;
    case SqlDate:
        return d.sql;
    case ClosedDate:
        return d.closed;
    case LostReason:
        return d.lostReason.toLower();
    }
    return {};
}

} // namespace guardrail
