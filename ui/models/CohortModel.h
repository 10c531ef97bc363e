// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/CohortRetention.h"

#include <QAbstractTableModel>

namespace guardrail {

/** The cohort retention table: a row per month of wins, a column per month since. */
class CohortModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure { Logo, Revenue };

    explicit CohortModel(QObject *parent = nullptr);
    void setCohorts(const QList<CohortRetention::Cohort> &cohorts, const QString &currency);
    void setMeasure(Measure measure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CohortRetention::Cohort> m_cohorts;
    Measure m_measure = Measure::Logo;
    QString m_currency = QStringLiteral("USD");
};

} // namespace guardrail
