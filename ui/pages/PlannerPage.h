// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

#include "metrics/LeadPlanner.h"

#include <QList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStandardItem;
class QStandardItemModel;

namespace guardrail {

class FigureFormat;
class FigureTable;
class TargetsPanel;
class Workspace;

/**
 * The lead-volume planner: a revenue goal and a horizon, with optional overrides of churn,
 * win rate, conversion and deal size, turned into customers, SQLs, MQLs and leads in total and
 * per week, and the takt; the pace of the last 13 weeks against that need, stage by stage; and
 * the monthly bookings targets that the dashboard's "The number" sums.
 */
class PlannerPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit PlannerPage(Workspace &workspace, QWidget *parent = nullptr);

    void setTarget(double arr, int horizonMonths);
    enum ResultColumn { Stage, Total, PerWeek, NowPerWeek, GapPerWeek, ResultColumns };
    QStandardItemModel *result() const { return m_result; }
    QString takt() const;
    /** Which stage is short of the pace the goal needs, and by how much a week. */
    QString pace() const;
    TargetsPanel *targets() const { return m_targets; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Override
    {
        QCheckBox *use;
        QDoubleSpinBox *value;
    };
    void addOverrides();
    void refresh();
    void plan();
    void showVolumes(const LeadPlanner::Plan &plan, const FigureFormat &format);
    static QStandardItem *gapItem(const Figure &gap, bool furthest, const FigureFormat &format);
    void showTakt(const LeadPlanner::Plan &plan, const FigureFormat &format);
    void showMeasured();

    Workspace &m_workspace;
    QDoubleSpinBox *m_target;
    QSpinBox *m_horizon;
    QList<Override> m_overrides;
    QLabel *m_context = nullptr;
    QStandardItemModel *m_result = nullptr;
    FigureTable *m_table = nullptr;
    QLabel *m_pace = nullptr;
    QLabel *m_takt = nullptr;
    TargetsPanel *m_targets = nullptr;
    bool m_targetTouched = false;
};

} // namespace guardrail
