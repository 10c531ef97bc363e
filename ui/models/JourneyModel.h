// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JourneyStage.h"

#include <QAbstractTableModel>

namespace guardrail {

class Workspace;

/**
 * The journey map, one row per stage: owner, target and conversion criteria to edit (each edit
 * undoable and saved at once), beside the measured rate, the gap, the median days in the
 * stage, a 13-week trend and the constraint, marked by text and a symbol.
 */
class JourneyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Stage,
        Owner,
        Target,
        Measured,
        Gap,
        MedianDays,
        Trend,
        Constraint,
        Criteria,
        ColumnCount
    };

    explicit JourneyModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();
    /** Saves one stage's text and lists as an undoable edit. */
    void saveStage(const JourneyStage &stage, const QString &what);
    const JourneyStage &stage(int row) const;
    static QStringList owners();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void refused(const QString &message);

private:
    QString sparkline(int step) const;
    Workspace &m_workspace;
};

} // namespace guardrail
