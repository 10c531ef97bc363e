// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

class QLabel;
class QTableView;

namespace guardrail {

class JourneyMap;
class JourneyModel;
class ListEditor;
class Workspace;

/**
 * The customer journey map marketing and sales agree on, drawn first (stages, owners, the rate
 * of each step against its target, the constraint), then the five stages with owner, target
 * and conversion criteria in a table beside the measured figures, and the selected stage's
 * touchpoints and drop-off triggers below it. Every edit is saved at once and undoable.
 */
class JourneyPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit JourneyPage(Workspace &workspace, QWidget *parent = nullptr);
    JourneyModel *model() const { return m_model; }
    void selectStage(int stage);
    ListEditor *touchpoints() const { return m_touchpoints; }
    ListEditor *dropOffs() const { return m_dropOffs; }
    JourneyMap *map() const { return m_map; }

private:
    void showStage();
    /** Rows as tall as their wrapped text, the table as tall as its rows: the page scrolls. */
    void fitTable();

    Workspace &m_workspace;
    JourneyModel *m_model;
    JourneyMap *m_map;
    QTableView *m_table;
    QLabel *m_stageTitle;
    ListEditor *m_touchpoints;
    ListEditor *m_dropOffs;
    QLabel *m_problem;
    int m_stage = 0;
};

} // namespace guardrail
