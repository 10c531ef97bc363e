// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffModel.h"

#include <QLocale>

namespace guardrail {

HandoffModel::HandoffModel(QObject *parent) : QAbstractTableModel(parent) {}

void HandoffModel::setSteps(const QList<HandoffStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int HandoffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int HandoffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HandoffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char *const names[] = {"Step", "Owner", "Hours allowed"};
    return tr(names[section]);
}

Qt::ItemFlags HandoffModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                           : Qt::NoItemFlags;
}

QVariant HandoffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const HandoffStep &s = m_steps.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Step:
            return s.step;
        case Owner:
            return s.owner;
        case Hours:
            return role == Qt::EditRole ? QVariant(s.hours) : QVariant(QLocale().toString(s.hours));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Hours)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool HandoffModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    QList<HandoffStep> steps = m_steps;
    HandoffStep &s = steps[index.row()];
    switch (index.column()) {
    case Step:
        s.step = value.toString().trimmed();
        break;
    case Owner:
        s.owner = value.toString().trimmed();
        break;
    case Hours: {
        bool ok = false;
        const double hours = value.toDouble(&ok);
        if (!ok || hours < 0)
            return false;
        s.hours = hours;
        break;
    }
    }
    Q_EMIT edited(steps); // the page stores a new SLA version; the model reloads from it
    return true;
}

} // namespace guardrail
