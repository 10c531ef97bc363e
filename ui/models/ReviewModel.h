// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"

#include <QAbstractTableModel>

namespace guardrail {

class Workspace;

/** The review log, newest first, with the headline figures each review saw. */
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Held, Kind, Attendees, Notes, Figures, ColumnCount };

    explicit ReviewModel(Workspace &workspace, QObject *parent = nullptr);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace &m_workspace;
    QList<Review> m_rows;
};

} // namespace guardrail
