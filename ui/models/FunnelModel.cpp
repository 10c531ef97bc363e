// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelModel.h"

#include "Tone.h"

#include "domain/JourneyStage.h"

#include <QFont>

namespace guardrail {

FunnelModel::FunnelModel(QObject *parent) : QAbstractTableModel(parent) {}

void FunnelModel::setFigures(const Metrics &metrics)
{
    beginResetModel();
    m_funnel = metrics.funnel;
    m_format = FigureFormat(metrics.currency);
    endResetModel();
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Step", "Rate", "Target", "Gap", "Basis", "Constraint"};
    return tr(names[section]);
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= 4)
        return {};
    const StageRate &s = m_funnel.stages[static_cast<size_t>(index.row())];
    const bool constraint = m_funnel.constraint == index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Step:
            return QStringLiteral("%1 → %2").arg(stageName(s.from), stageName(s.from + 1));
        case Rate:
            return m_format.percent(s.rate);
        case Target:
            return m_format.percent(s.target);
        case Gap:
            // A difference of two rates, in points, as the win/loss gaps: "+8.5 pts" short.
            return s.gap.has() ? m_format.percentPointChange(s.gap.value()) : FigureFormat::dash();
        case Basis:
            return s.periodBasis ? tr("period totals") : tr("cohort");
        case Constraint:
            return constraint ? tr("◀ the constraint") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Rate:
            return FigureFormat::explain(
                s.rate,
                s.from == 3 ? tr("Customers active the month before the unit window still "
                                 "active in its last month / customers active the month "
                                 "before")
                : s.from == 2
                    ? tr("Of the SQLs of the funnel window, the share won by the as-of date; open "
                         "SQLs count too, so this is not the win rate (won ÷ closed)")
                    : tr("Of the leads that reached %1 in the funnel window, the share that "
                         "reached %2 by the as-of date")
                          .arg(stageName(s.from), stageName(s.from + 1)));
        case Gap:
            return FigureFormat::explain(s.gap, tr("Target − rate"));
        case Constraint:
            return constraint ? tr("The step with the lowest rate ÷ target") : QString();
        }
        return {};
    case Qt::FontRole:
        if (constraint) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case kToneRole: // the rate against its target: at or above, within a tenth under, further
        if ((index.column() == Rate || index.column() == Gap) && toneOfStep(s) != Tone::Neutral)
            return int(toneOfStep(s));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Rate && index.column() <= Gap
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace guardrail
