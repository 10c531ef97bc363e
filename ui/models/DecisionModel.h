// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "domain/Review.h"

#include <QAbstractTableModel>

namespace guardrail {

class Workspace;

/**
 * The decision log: what was decided, by whom, the effect it expects (a figure, a direction, a
 * value, a date) and, once that date has passed, the figure's actual value beside it.
 * Decisions past their review date are flagged by text and symbol.
 */
class DecisionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Decided,
        Summary,
        Type,
        Touches,
        Owner,
        ReviewOn,
        Expected,
        Actual,
        Status,
        ColumnCount
    };

    explicit DecisionModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();
    const Decision &decision(int row) const { return m_rows.at(row); }
    /** A figure's value as the pages show it: rates as %, money in the currency. */
    static QString formatValue(const QString &path, double value, const QString &currency);
    /** Whether the figure at a metric path is money (shown and entered in whole units). */
    static bool isMoney(const QString &path);
    /** The figures captured with a decision or a review, for a reader: "CAC $4,867; …". */
    static QString formatFigures(const QString &json, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace &m_workspace;
    QList<Decision> m_rows;
};

} // namespace guardrail
