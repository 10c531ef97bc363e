// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/CohortRetention.h"

#include <QAbstractTableModel>
#include <QColor>

#include <utility>

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

    /** The lowest and highest value of the measure shown, for the shading. */
    std::pair<double, double> range() const;
    /** A cell's shade: deeper the further below the table's highest value. */
    QColor shadeOf(double value) const;

private:
    QList<CohortRetention::Cohort> m_cohorts;
    Measure m_measure = Measure::Logo;
    QString m_currency = QStringLiteral("USD");
    std::pair<double, double> m_range{1, 0}; // range() of what is shown
};

} // namespace guardrail
