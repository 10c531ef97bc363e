// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/DrillDownDialog.h"
#include "widgets/ScrollPage.h"

#include <QList>

#include "metrics/Metrics.h"

class QComboBox;
class QLabel;

namespace guardrail {

class ChannelTableModel;
class ChartView;
class FigureTable;
class FunnelChart;
class FunnelModel;
class KpiTile;
class NumberPanel;
class Workspace;

/**
 * What the CRO opens every week: the 90-second brief, the number (the quarter's bookings,
 * forecast and coverage against target, with the slipped deals), CAC versus guardrail (breaches
 * first), the leading indicators against a week earlier, conversion by stage with the constraint
 * beside the funnel drawn,
 * 13-week trends with decisions marked, and the milestone score. The segment filter narrows the
 * indicators, the conversion and the trends to one segment; the rest stays the company's.
 */
class DashboardPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

    QString briefText() const;
    FigureTable *channelTable() const { return m_channelTable; }
    const QList<KpiTile *> &tiles() const { return m_tiles; }
    NumberPanel *numberPanel() const { return m_number; }
    QComboBox *segmentFilter() const { return m_segment; }
    FunnelModel *funnelModel() const { return m_funnel; }

private:
    void addChannels();
    void addIndicators();
    void addConversion();
    void refresh();
    /** The figures the segment filter narrows: the tiles, the conversion table, the trends. */
    void showFunnel();
    void showIndicators(const Metrics &m);
    /** The segment chosen, as an index into the snapshot's segments; -1 for all. */
    int segment() const;
    void drillDown(DrillDownDialog::Kind kind, const QString &name);

    Workspace &m_workspace;
    QLabel *m_brief;
    NumberPanel *m_number;
    QComboBox *m_segment;
    QList<KpiTile *> m_tiles;
    QLabel *m_volume;
    ChannelTableModel *m_channels;
    FigureTable *m_channelTable;
    FunnelModel *m_funnel;
    FigureTable *m_funnelTable;
    FunnelChart *m_funnelChart;
    QList<ChartView *> m_trends;
    QLabel *m_decisions;
    QLabel *m_rerate = nullptr;
    QLabel *m_milestone;
};

} // namespace guardrail
