// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossModel.h"

#include "Tone.h"
#include "widgets/WinRateChart.h"

#include <QStringList>

#include <limits>

namespace guardrail {

namespace {

// A figure without a value sorts first, below every number.
QVariant sortValue(const Figure &f)
{
    return f.has() ? f.value() : -std::numeric_limits<double>::infinity();
}

} // namespace

WinLossModel::WinLossModel(QObject *parent) : QAbstractTableModel(parent) {}

void WinLossModel::setFigures(const WinLossFigures &figures, const QString &currency)
{
    beginResetModel();
    m_figures = figures;
    m_format = FigureFormat(currency);
    endResetModel();
}

void WinLossModel::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    beginResetModel();
    m_dimension = dimension;
    endResetModel();
}

const QList<WinLossFigures::Group> &WinLossModel::groups() const
{
    switch (m_dimension) {
    case Dimension::Channel:
        return m_figures.byChannel;
    case Dimension::Segment:
        return m_figures.bySegment;
    case Dimension::Offer:
        return m_figures.byOffer;
    case Dimension::Owner:
        return m_figures.byOwner;
    case Dimension::IcpMatch:
        break;
    }
    return m_figures.byIcpMatch;
}

int WinLossModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(groups().size());
}

int WinLossModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinLossModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    if (section == Name) { // the dimension grouped by, not a generic "Group"
        static const char *const dimensions[] = {"Channel", "Segment", "Offer", "Owner",
                                                 "ICP match"};
        return tr(dimensions[int(m_dimension)]);
    }
    static const char *const names[] = {
        "Group",           "Won",        "Lost",          "Win rate",
        "Gap to target",   "vs company", "Avg deal size", "Time to close (days)",
        "Top lost reasons"};
    return tr(names[section]);
}

QVariant WinLossModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const WinLossFigures::Group &g = groups().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(g, index.column());
    case Qt::ToolTipRole:
        return toolTip(g, index.column());
    case SortRole:
        return sortKey(g, index.column());
    case kToneRole: // as the chart colours the bar
        if (index.column() == WinRate || index.column() == GapToTarget)
            return int(WinRateChart::toneFor(g.gapToTarget));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name || index.column() == TopLostReasons
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString WinLossModel::points(const Figure &f) const
{
    return f.has() ? m_format.percentPointChange(f.value()) : FigureFormat::dash();
}

QString WinLossModel::text(const WinLossFigures::Group &g, int column) const
{
    switch (column) {
    case Name:
        if (m_dimension == Dimension::IcpMatch) // the engine's group names, said as a CRO would
            return g.name == u"yes" ? tr("ICP match") : g.name == u"no" ? tr("Not ICP") : g.name;
        return g.name;
    case Won:
        return m_format.number(g.won, 0);
    case Lost:
        return m_format.number(g.lost, 0);
    case WinRate:
        return m_format.percent(g.winRate);
    case GapToTarget: { // the symbol beside the shade: ✗ far under, ● under, ✓ at or above
        const QString symbol = toneSymbol(WinRateChart::toneFor(g.gapToTarget));
        return symbol.isEmpty() ? points(g.gapToTarget) : symbol + u' ' + points(g.gapToTarget);
    }
    case VsCompany:
        return points(g.vsCompany);
    case AvgDealSize:
        return m_format.money(g.avgDealSize);
    case TimeToClose:
        return m_format.number(g.timeToCloseDays);
    case TopLostReasons: {
        QStringList parts;
        for (const WinLossFigures::Reason &r : g.topLostReasons)
            parts << tr("%1 (%2)").arg(r.reason, m_format.number(r.count, 0));
        return parts.isEmpty() ? FigureFormat::dash() : parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant WinLossModel::sortKey(const WinLossFigures::Group &g, int column) const
{
    switch (column) {
    case Name:
        return g.name.toLower();
    case Won:
        return g.won;
    case Lost:
        return g.lost;
    case WinRate:
        return sortValue(g.winRate);
    case GapToTarget:
        return sortValue(g.gapToTarget);
    case VsCompany:
        return sortValue(g.vsCompany);
    case AvgDealSize:
        return sortValue(g.avgDealSize);
    case TimeToClose:
        return sortValue(g.timeToCloseDays);
    case TopLostReasons:
        return g.topLostReasons.isEmpty() ? 0 : g.topLostReasons.front().count;
    }
    return {};
}

QString WinLossModel::toolTip(const WinLossFigures::Group &g, int column) const
{
    switch (column) {
    case WinRate:
        return FigureFormat::explain(g.winRate, tr("Win rate = won ÷ (won + lost)"));
    case GapToTarget:
        return FigureFormat::explain(g.gapToTarget,
                                     tr("Gap to target = target win rate − win rate"));
    case VsCompany:
        return FigureFormat::explain(g.vsCompany, tr("vs company = win rate − the company's"));
    case AvgDealSize:
        return FigureFormat::explain(g.avgDealSize, tr("Average amount of the won deals"));
    case TimeToClose:
        return FigureFormat::explain(g.timeToCloseDays,
                                     tr("Average days from SQL to won, over the won deals"));
    case TopLostReasons: // the cell is often cut short
        return g.topLostReasons.isEmpty() ? tr("No lost deal in the group") : text(g, column);
    default:
        return {};
    }
}

} // namespace guardrail
