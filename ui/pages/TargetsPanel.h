// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Iso8601.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace guardrail {

class TargetModel;
class Workspace;

/**
 * The Planner's "Bookings targets" group: the monthly targets that the dashboard's "The number"
 * sums over the fiscal quarter, edited in place, and a button that gives the rest of the
 * fiscal year the selected month's target in one undoable step.
 */
class TargetsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit TargetsPanel(Workspace &workspace, QWidget *parent = nullptr);

    TargetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *fillButton() const { return m_fill; }
    /** The last refusal shown under the table; empty after a recompute. */
    QString problem() const;
    void selectMonth(MonthIndex month);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpTable();
    void fill();
    void reloaded();
    void updateFill();
    int selectedRow() const;

    Workspace &m_workspace;
    TargetModel *m_model;
    QTableView *m_table;
    QPushButton *m_fill;
    QLabel *m_problem;
    std::optional<MonthIndex> m_selected; // kept across the reset of each recompute
};

} // namespace guardrail
