// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <vector>

class QLabel;
class QStandardItemModel;

namespace guardrail {

class DealsModel;
class FigureTable;
class Workspace;

/**
 * What is behind a row: double-click a channel, a segment or a funnel step and see its deals
 * (CRM id, owner, channel, stage, amount, dates) and, for a channel, its own spend by month and
 * category over the unit window. Read-only; Escape closes it.
 */
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Channel, Segment, Step };

    /**
     * name: the channel or segment; for a step, its index (0–3) as text, and the segment (an
     * index into the snapshot's segments, -1 for all) whose cohort it shows.
     */
    DrillDownDialog(Workspace &workspace, Kind kind, const QString &name, QWidget *parent = nullptr,
                    int segment = -1);

    DealsModel *deals() const { return m_deals; }
    QStandardItemModel *spend() const { return m_spend; }
    QString summary() const;

private:
    void showDeals(const std::vector<int> &leads, const QString &what);
    void showSpend(const QString &channel);

    Workspace &m_workspace;
    DealsModel *m_deals;
    QStandardItemModel *m_spend = nullptr;
    QLabel *m_summary;
};

} // namespace guardrail
