// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/WinLoss.h"

#include <QAbstractTableModel>

namespace guardrail {

/**
 * The win/loss groups of one dimension (metrics().winLoss): won, lost, win rate against the
 * target and the company, deal size, time to close and the top lost reasons. SortRole holds
 * the raw value; a figure without a value shows "—" with its reason in the tooltip, never 0.
 */
class WinLossModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Dimension { Channel, Segment, Offer, Owner, IcpMatch };
    enum Column {
        Name,
        Won,
        Lost,
        WinRate,
        GapToTarget,
        VsCompany,
        AvgDealSize,
        TimeToClose,
        TopLostReasons,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit WinLossModel(QObject *parent = nullptr);

    void setFigures(const WinLossFigures &figures, const QString &currency);
    void setDimension(Dimension dimension);
    Dimension dimension() const { return m_dimension; }
    const QList<WinLossFigures::Group> &groups() const;
    const WinLossFigures &figures() const { return m_figures; }
    const FigureFormat &format() const { return m_format; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** A change in points ("−8.0 pts"), or "—" when the figure has none. */
    QString points(const Figure &f) const;

private:
    QString text(const WinLossFigures::Group &g, int column) const;
    QVariant sortKey(const WinLossFigures::Group &g, int column) const;
    QString toolTip(const WinLossFigures::Group &g, int column) const;

    WinLossFigures m_figures;
    Dimension m_dimension = Dimension::Channel;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
