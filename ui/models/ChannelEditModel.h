// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ChannelTable.h"

#include <QAbstractTableModel>

namespace guardrail {

class Workspace;

/** The channels as the user edits them: rename in place, tick to pause; every edit undoable. */
class ChannelEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Paused, ColumnCount };

    explicit ChannelEditModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();
    const ChannelRow &channel(int row) const { return m_rows.at(row); }
    /** Merges the channel of row into the channel named `into`, as one undoable edit. */
    void merge(int row, qint64 into);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void refused(const QString &message);

private:
    Workspace &m_workspace;
    QList<ChannelRow> m_rows;
};

} // namespace guardrail
