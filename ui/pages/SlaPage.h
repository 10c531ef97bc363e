// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Sla.h"
#include "widgets/ScrollPage.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace guardrail {

class FigureTable;
class HandoffModel;
class SlaGroupModel;
class Workspace;

/**
 * The sales-and-marketing SLA, versioned: the qualified-lead definition, the opportunity
 * criteria, the handoff steps and the response-time commitment. Every saved change is a new
 * version effective today (undo removes it); beside the commitment, its measured compliance
 * and the MQLs that missed it; below, the history of versions.
 */
class SlaPage : public ScrollPage
{
    Q_OBJECT
public:
    explicit SlaPage(Workspace &workspace, QWidget *parent = nullptr);

    /** The version in force now (the latest), or a blank one. */
    Sla current() const;
    /** Stores `next` as a new version effective today, as one undoable edit. */
    void saveVersion(Sla next, const QString &what);
    QStandardItemModel *misses() const { return m_misses; }
    QStandardItemModel *history() const { return m_history; }
    SlaGroupModel *byOwner() const { return m_byOwner; }
    SlaGroupModel *byChannel() const { return m_byChannel; }

private:
    void refresh();

    Workspace &m_workspace;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_icp;
    QLineEdit *m_engagement;
    QLineEdit *m_opportunity;
    QDoubleSpinBox *m_responseHours;
    HandoffModel *m_handoff;
    QTableView *m_handoffView;
    QLabel *m_version;
    QLabel *m_compliance;
    QStandardItemModel *m_misses;
    QStandardItemModel *m_history;
    FigureTable *m_missTable;
    FigureTable *m_historyTable;
    SlaGroupModel *m_byOwner, *m_byChannel;
    FigureTable *m_byOwnerTable, *m_byChannelTable;
    bool m_loading = false;
};

} // namespace guardrail
