// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"

#include <QAbstractTableModel>

#include <optional>

namespace guardrail {

class Workspace;

/**
 * The monthly bookings targets as the user edits them: every month with a target, plus the
 * months of the current fiscal year without one, so they can be filled in. The engine sums the
 * months of the fiscal quarter into the dashboard's "The number"; every edit is undoable,
 * saved at once and recomputed once. The engine has no bookings figure per month, so none is
 * shown here.
 */
class TargetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Month, Bookings, Quarter, ColumnCount };

    explicit TargetModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();
    MonthIndex month(int row) const { return m_rows.at(row).month; }
    std::optional<double> bookings(int row) const { return m_rows.at(row).bookings; }
    /** The row of a month, -1 when it has none. */
    int rowOf(MonthIndex month) const;
    /** The first month of the fiscal year containing month (fiscal_year_start_month). */
    MonthIndex fiscalYearStart(MonthIndex month) const;
    /** Months after row's in its fiscal year that a fill would change; 0: nothing to fill. */
    int fillableAfter(int row) const;
    /** Gives every later month of row's fiscal year row's target, as one undoable edit. */
    bool fillRestOfYear(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void refused(const QString &message);

private:
    struct Row
    {
        MonthIndex month = 0;
        std::optional<double> bookings;
    };
    /** The target typed into a cell: nullopt for an empty cell, or the refusal's message. */
    struct Parsed
    {
        std::optional<double> bookings;
        QString error;
    };
    Parsed parse(const QString &text) const;
    bool inQuarter(MonthIndex month) const;
    QString monthName(MonthIndex month) const;

    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace guardrail
