// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ScrollPage.h"

class QComboBox;
class QLabel;
class QModelIndex;
class QStandardItemModel;

namespace guardrail {

class FigureTable;
class WinLossDealsModel;
class WinLossModel;
class WinRateChart;
class Workspace;

/**
 * Win/loss gap analysis: win rate by channel, segment, offer, owner or ICP match against the
 * target and the company, the company-wide lost reasons, and a group's won and lost deals.
 */
class WinLossPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit WinLossPage(Workspace &workspace, QWidget *parent = nullptr);

    QComboBox *dimensionPicker() const { return m_dimension; }
    WinRateChart *chart() const { return m_chart; }
    FigureTable *groupTable() const { return m_groupTable; }
    FigureTable *dealsTable() const { return m_dealsTable; }
    WinLossModel *groups() const { return m_groups; }
    WinLossDealsModel *deals() const { return m_deals; }
    QStandardItemModel *reasons() const { return m_reasons; }
    /** Shows the won and lost deals of the model's group at row (-1: none). */
    void showDeals(int row);

private:
    void buildGroups();
    void buildDeals();
    void refresh();
    void dimensionChanged();
    void updateChart();
    void updateReasons();
    void groupActivated(const QModelIndex &viewIndex);

    Workspace &m_workspace;
    WinLossModel *m_groups;
    WinLossDealsModel *m_deals;
    QStandardItemModel *m_reasons;
    QComboBox *m_dimension = nullptr;
    WinRateChart *m_chart = nullptr;
    FigureTable *m_groupTable = nullptr;
    FigureTable *m_reasonsTable = nullptr;
    FigureTable *m_dealsTable = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_dealsTitle = nullptr;
    QString m_shownGroup; // the group whose deals are listed, kept across a recompute
};

} // namespace guardrail
