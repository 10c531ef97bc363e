// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaGroupModel.h"

#include "Tone.h"

namespace guardrail {

SlaGroupModel::SlaGroupModel(const QString &groupHeader, QObject *parent)
    : QAbstractTableModel(parent), m_groupHeader(groupHeader)
{}

void SlaGroupModel::setGroups(const QList<SlaGroup> &groups, double target, const QString &currency)
{
    beginResetModel();
    m_groups = groups;
    m_target = target;
    m_format = FigureFormat(currency);
    endResetModel();
}

int SlaGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int SlaGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_groupHeader;
    case Due:
        return tr("MQLs due");
    case Met:
        return tr("In time");
    case Compliance:
        return tr("Compliance");
    case AgainstTarget:
        return tr("Against %1").arg(m_format.percent(m_target, 0));
    }
    return {};
}

QString SlaGroupModel::text(const SlaGroup &g, int column) const
{
    switch (column) {
    case Name:
        return g.name;
    case Due:
        return m_format.number(g.due, 0);
    case Met:
        return m_format.number(g.met, 0);
    case Compliance:
        return m_format.percent(g.compliance);
    case AgainstTarget: {
        if (!g.compliance.has())
            return FigureFormat::dash();
        const double gap = g.compliance.value() - m_target;
        return gap >= 0 ? tr("✓ %1").arg(m_format.percentPointChange(gap))
                        : (gap >= -kNearPoints ? tr("● %1") : tr("✗ %1"))
                              .arg(m_format.percentPointChange(gap));
    }
    }
    return {};
}

QVariant SlaGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const SlaGroup &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(g, index.column());
    case Qt::UserRole: // sorting
        if (index.column() == Name)
            return g.name.toLower();
        if (index.column() == Due)
            return g.due;
        if (index.column() == Met)
            return g.met;
        return g.compliance.valueOr(-1);
    case kToneRole:
        if ((index.column() == Compliance || index.column() == AgainstTarget) && g.compliance.has())
            return int(toneAgainst(g.compliance.value(), m_target, kNearPoints));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Compliance)
            return FigureFormat::explain(
                g.compliance,
                tr("MQLs answered in time / MQLs due = %1 / %2").arg(g.met).arg(g.due));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace guardrail
