// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

#include <QList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;

namespace guardrail {

class FigureTable;
class Workspace;

/**
 * The lead-volume planner: a revenue goal and a horizon, with optional overrides of churn,
 * win rate, conversion and deal size, turned into customers, SQLs, MQLs and leads in total and
 * per week, and the takt.
 */
class PlannerPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit PlannerPage(Workspace &workspace, QWidget *parent = nullptr);

    void setTarget(double arr, int horizonMonths);
    QStandardItemModel *result() const { return m_result; }
    QString takt() const;

private:
    struct Override
    {
        QCheckBox *use;
        QDoubleSpinBox *value;
    };
    void refresh();
    void plan();

    Workspace &m_workspace;
    QDoubleSpinBox *m_target;
    QSpinBox *m_horizon;
    QList<Override> m_overrides;
    QLabel *m_context;
    QStandardItemModel *m_result;
    FigureTable *m_table;
    QLabel *m_takt;
    bool m_targetTouched = false;
};

} // namespace guardrail
