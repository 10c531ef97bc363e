// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace guardrail {

class Workspace;

/** The weekly view: the 90-second brief, the headline KPIs and the funnel against target. */
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

private:
    void refresh();

    Workspace &m_workspace;
    QLabel *m_brief;
    QLabel *m_kpis;
    QTableWidget *m_funnel;
    QLabel *m_volume;
};

} // namespace guardrail
