// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealsModel.h"

#include "Tone.h"

#include <cmath>
#include <limits>

namespace guardrail {

DealsModel::DealsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DealsModel::setDeals(const Snapshot &s, const std::vector<int> &leads,
                          const QHash<qint64, QString> &crmIds, EpochDay asOf,
                          const QString &currency)
{
    beginResetModel();
    m_format = FigureFormat(currency);
    m_deals.clear();
    const auto by = [asOf](EpochSeconds t) { return t != kNever && iso::dayOf(t) <= asOf; };
    for (const int i : leads) {
        const Lead &l = s.leads.at(size_t(i));
        // Where it stands at A: a later date is not known yet.
        const int stage = by(l.lostAt)  ? 4
                          : by(l.wonAt) ? 3
                          : by(l.sqlAt) ? 2
                          : by(l.mqlAt) ? 1
                                        : 0;
        const EpochSeconds closed = stage == 4 ? l.lostAt : stage == 3 ? l.wonAt : kNever;
        m_deals << Deal{crmIds.value(l.id),
                        s.owners.value(l.owner),
                        s.channels.value(l.channel),
                        stage,
                        l.amount,
                        l.createdAt,
                        by(l.sqlAt) ? l.sqlAt : kNever,
                        closed};
    }
    endResetModel();
}

double DealsModel::amountTotal() const
{
    double sum = 0;
    for (const Deal &d : m_deals)
        if (!std::isnan(d.amount))
            sum += d.amount;
    return sum;
}

int DealsModel::withoutAmount() const
{
    int n = 0;
    for (const Deal &d : m_deals)
        n += std::isnan(d.amount) ? 1 : 0;
    return n;
}

int DealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int DealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    static const char *const names[] = {"CRM id", "Owner",   "Channel",  "Stage",
                                        "Amount", "Created", "SQL date", "Closed"};
    return tr(names[section]);
}

QString DealsModel::text(const Deal &d, int column) const
{
    const auto date = [this](EpochSeconds t) {
        return t == kNever ? FigureFormat::dash() : m_format.date(iso::dayOf(t));
    };
    switch (column) {
    case CrmId:
        return d.crmId.isEmpty() ? FigureFormat::dash() : d.crmId;
    case Owner:
        return d.owner.isEmpty() ? FigureFormat::dash() : d.owner;
    case Channel:
        return d.channel;
    case Stage: {
        static const char *const stages[] = {"Lead", "MQL", "Open opportunity", "✓ Won", "✗ Lost"};
        return tr(stages[d.stage]);
    }
    case Amount:
        return std::isnan(d.amount) ? FigureFormat::dash() : m_format.money(d.amount);
    case Created:
        return date(d.created);
    case SqlDate:
        return date(d.sql);
    case Closed:
        return date(d.closed);
    }
    return {};
}

QVariant DealsModel::sortKey(const Deal &d, int column) const
{
    const auto when = [](EpochSeconds t) { return qlonglong(t); };
    switch (column) {
    case CrmId:
        return d.crmId;
    case Owner:
        return d.owner.toLower();
    case Channel:
        return d.channel.toLower();
    case Stage:
        return d.stage;
    case Amount:
        return std::isnan(d.amount) ? -std::numeric_limits<double>::infinity() : d.amount;
    case Created:
        return when(d.created);
    case SqlDate:
        return when(d.sql);
    case Closed:
        return when(d.closed);
    }
    return {};
}

QVariant DealsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_deals.size())
        return {};
    const Deal &d = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(d, index.column());
    case SortRole:
        return sortKey(d, index.column());
    case kToneRole:
        if (index.column() == Stage && d.stage >= 3)
            return int(d.stage == 3 ? Tone::Good : Tone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace guardrail
