// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

class QLabel;

namespace guardrail {

class ChannelTableModel;
class ChartView;
class FigureTable;
class SegmentTableModel;
class WhatIfPanel;
class Workspace;

/**
 * What the owner checks for breaches: every channel's CAC against the guardrail with its
 * headroom, months in breach, max CAC and max monthly spend; the 12-month history against the
 * line; cost by category; the segments; the company envelope.
 */
class GuardrailPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit GuardrailPage(Workspace &workspace, QWidget *parent = nullptr);
    FigureTable *channelTable() const { return m_channelTable; }
    FigureTable *spendTable() const { return m_spendTable; }
    WhatIfPanel *whatIf() const { return m_whatIf; }

private:
    void refresh();

    Workspace &m_workspace;
    QLabel *m_summary;
    ChannelTableModel *m_channels;
    FigureTable *m_channelTable;
    FigureTable *m_spendTable;
    WhatIfPanel *m_whatIf;
    ChartView *m_history;
    ChartView *m_costs;
    SegmentTableModel *m_segments;
    QLabel *m_envelope;
};

} // namespace guardrail
