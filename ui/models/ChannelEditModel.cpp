// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelEditModel.h"

#include "Workspace.h"
#include "store/Database.h"

#include <memory>

namespace guardrail {

ChannelEditModel::ChannelEditModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &ChannelEditModel::reload);
    reload();
}

void ChannelEditModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (Database *db = m_workspace.database())
        m_workspace.attempt(tr("Reading the channels"), [&] { m_rows = ChannelTable(*db).all(); });
    endResetModel();
}

int ChannelEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChannelEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Channel") : tr("Paused");
}

Qt::ItemFlags ChannelEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_workspace.isReadOnly())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable; // a read-only file offers no edit
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (index.column() == Name ? Qt::ItemIsEditable : Qt::ItemIsUserCheckable);
}

QVariant ChannelEditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChannelRow &c = m_rows.at(index.row());
    if (index.column() == Name && (role == Qt::DisplayRole || role == Qt::EditRole))
        return c.name;
    if (index.column() == Paused && role == Qt::CheckStateRole)
        return c.paused ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Paused && role == Qt::DisplayRole)
        return c.paused ? tr("paused") : QString();
    return {};
}

bool ChannelEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const ChannelRow c = m_rows.at(index.row());
    Database *db = m_workspace.database();
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == c.name)
            return false;
        QString error;
        if (!m_workspace.attempt(tr("Checking the name"),
                                 [&] { error = ChannelTable(*db).checkName(c.id, name); }))
            return false;
        if (!error.isEmpty()) {
            Q_EMIT refused(error);
            return false;
        }
        m_workspace.edit(
            tr("Rename %1 to %2").arg(c.name, name),
            [db, id = c.id, name] { ChannelTable(*db).rename(id, name); },
            [db, id = c.id, old = c.name] { ChannelTable(*db).rename(id, old); });
        return true;
    }
    if (index.column() == Paused && role == Qt::CheckStateRole) {
        const bool paused = value.toInt() == Qt::Checked;
        m_workspace.edit(
            paused ? tr("Pause %1").arg(c.name) : tr("Resume %1").arg(c.name),
            [db, id = c.id, paused] { ChannelTable(*db).setPaused(id, paused); },
            [db, id = c.id, paused] { ChannelTable(*db).setPaused(id, !paused); });
        return true;
    }
    return false;
}

void ChannelEditModel::merge(int row, qint64 into)
{
    const ChannelRow from = m_rows.at(row);
    Database *db = m_workspace.database();
    auto record = std::make_shared<ChannelMerge>();
    QString intoName;
    for (const ChannelRow &c : std::as_const(m_rows))
        if (c.id == into)
            intoName = c.name;
    m_workspace.edit(
        tr("Merge %1 into %2").arg(from.name, intoName),
        [db, record, id = from.id, into] { *record = ChannelTable(*db).merge(id, into); },
        [db, record] { ChannelTable(*db).unmerge(*record); });
}

} // namespace guardrail
