// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace guardrail {

class Workspace;

/**
 * Per-segment settings (DESIGN section 3): gross margin, payback target, and the ARPA and
 * annual churn assumed where the data has no revenue. An empty cell is the default. Fractions
 * are typed and shown as percentages; every edit is validated and undoable.
 */
class SegmentSettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, GrossMargin, PaybackTarget, AssumedArpa, AssumedChurn, ColumnCount };

    explicit SegmentSettingsModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void refused(const QString &message);

private:
    static QString key(const QString &segment, int column);
    Workspace &m_workspace;
    QStringList m_segments;
};

} // namespace guardrail
