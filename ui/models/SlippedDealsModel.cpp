// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlippedDealsModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace guardrail {

SlippedDealsModel::SlippedDealsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SlippedDealsModel::setDeals(const Snapshot &snapshot, const Metrics &metrics,
                                 const QHash<qint64, QString> &crmIds)
{
    beginResetModel();
    m_format = FigureFormat(metrics.currency);
    m_deals.clear();
    const EpochDay asOf = iso::fromDate(metrics.asOf);
    for (const int i : metrics.forecast.slipped) {
        const Lead &l = snapshot.leads[size_t(i)];
        const EpochDay expected = iso::dayOf(l.expectedCloseAt);
        m_deals << Deal{snapshot.owners.value(l.owner),
                        crmIds.value(l.id),
                        snapshot.channels.value(l.channel),
                        l.amount,
                        expected,
                        asOf - expected};
    }
    // The engine's order is oldest expected date first; a stable sort by owner keeps it within
    // each owner. Deals without an owner come last, where nobody has to claim them first.
    std::stable_sort(m_deals.begin(), m_deals.end(), [](const Deal &a, const Deal &b) {
        if (a.owner.isEmpty() != b.owner.isEmpty())
            return b.owner.isEmpty();
        return a.owner.compare(b.owner, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

void SlippedDealsModel::setRowLimit(int limit)
{
    if (limit == m_limit)
        return;
    beginResetModel();
    m_limit = limit;
    endResetModel();
}

int SlippedDealsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_limit < 0 ? dealCount() : std::min(m_limit, dealCount());
}

int SlippedDealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlippedDealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Owner",  "CRM id",         "Channel",
                                        "Amount", "Expected close", "Days slipped"};
    return tr(names[section]);
}

QVariant SlippedDealsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
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
            return tr("The CRM has no amount for this deal: it counts for nothing in the "
                      "slipped value.");
        if (index.column() == DaysSlipped)
            return tr("Days from the expected close date to the as-of date.");
        return {};
    case SortRole:
        return sortKey(d, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString SlippedDealsModel::text(const Deal &d, int column) const
{
    switch (column) {
    case Owner:
        return d.owner.isEmpty() ? FigureFormat::dash() : d.owner;
    case CrmId:
        return d.crmId.isEmpty() ? FigureFormat::dash() : d.crmId;
    case Channel:
        return d.channel;
    case Amount:
        return std::isnan(d.amount) ? FigureFormat::dash() : m_format.money(d.amount);
    case ExpectedClose:
        return m_format.date(d.expected);
    case DaysSlipped:
        return m_format.number(d.daysSlipped, 0);
    }
    return {};
}

QVariant SlippedDealsModel::sortKey(const Deal &d, int column) const
{
    switch (column) {
    case Owner:
        return d.owner.toLower();
    case CrmId:
        return d.crmId;
    case Channel:
        return d.channel.toLower();
    case Amount:
        return std::isnan(d.amount) ? -std::numeric_limits<double>::infinity() : d.amount;
    case ExpectedClose:
        return d.expected;
    case DaysSlipped:
        return d.daysSlipped;
    }
    return {};
}

} // namespace guardrail
