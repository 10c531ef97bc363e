// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "domain/Settings.h"
#include "metrics/Metrics.h"

#include <QAbstractTableModel>

namespace guardrail {

/**
 * The CAC-versus-guardrail table: one row per channel, breaches first (highest CAC as % of
 * gross profit first). Display text is formatted as everywhere else; the tooltip gives the
 * formula with its inputs, or the reason a figure has no value; SortRole holds the raw number.
 */
class ChannelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        NewCustomers,
        Cost,
        Cac,
        GpPerCustomer,
        CacPctGp,
        GuardrailPct,
        Headroom,
        MonthsInBreach,
        MaxCac,
        MaxMonthlySpend,
        MonthlySpend,
        Ltv,
        LtvCac,
        Payback,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ChannelTableModel(QObject *parent = nullptr);

    void setFigures(const Metrics &metrics, const Settings &settings);
    const ChannelFigures &channel(int row) const { return *m_rows.at(row); }
    static QString statusText(GuardrailStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const ChannelFigures &c, int column) const;
    QVariant tone(const ChannelFigures &c, int column) const;
    QString tooltip(const ChannelFigures &c, int column) const;
    QVariant sortKey(const ChannelFigures &c, int column) const;

    Metrics m_metrics;
    Settings m_settings;
    FigureFormat m_format{QStringLiteral("USD")};
    QList<const ChannelFigures *> m_rows;
};

} // namespace guardrail
