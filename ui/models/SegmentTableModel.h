// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "Tone.h"
#include "metrics/Metrics.h"

#include <QAbstractTableModel>

namespace guardrail {

/** LTV, LTV/CAC with its band and payback against target, one row per segment. */
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        NewCustomers,
        Cac,
        Arpa,
        MonthlyChurn,
        GrossMargin,
        Ltv,
        LtvCac,
        Band,
        Payback,
        PaybackTarget,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit SegmentTableModel(QObject *parent = nullptr);
    void setFigures(const Metrics &metrics);
    static QString bandText(const Figure &ltvCac);
    /** Losing money bad, below target a warning, healthy and exceptional good. */
    static Tone bandTone(const Figure &ltvCac);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const SegmentFigures &s, int column) const;
    QString tooltip(const SegmentFigures &s, int column) const;

    QList<SegmentFigures> m_segments;
    FigureFormat m_format{QStringLiteral("USD")};
};

} // namespace guardrail
