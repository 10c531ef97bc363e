// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

class QComboBox;

namespace guardrail {

class ChannelTableModel;
class CohortModel;
class FigureTable;
class SegmentTableModel;
class Workspace;

/** LTV, LTV/CAC with its band and payback, by segment and by channel; cohort retention. */
class LtvPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit LtvPage(Workspace &workspace, QWidget *parent = nullptr);
    CohortModel *cohorts() const { return m_cohorts; }

private:
    void refresh();

    Workspace &m_workspace;
    SegmentTableModel *m_segments;
    ChannelTableModel *m_channels;
    CohortModel *m_cohorts;
    FigureTable *m_cohortTable;
    QComboBox *m_measure;
};

} // namespace guardrail
