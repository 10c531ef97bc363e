// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace guardrail {

class Workspace;

/**
 * Log a decision: what was decided, on what, by whom, when to review it and the effect it
 * expects. Used by the Reviews page (empty) and the what-if panel (pre-filled); log() saves
 * it as one undoable edit with the figures of the moment.
 */
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionDialog(Workspace &workspace, QWidget *parent = nullptr);

    /** Fills the fields from a draft; an empty expectedMetric leaves "(none)". */
    void setDecision(const Decision &draft);
    /** The decision as the fields say it (no id, no figures yet). */
    Decision decision() const;

    /**
     * Logs decision as one undoable edit, with the figures it touches at this moment and, from
     * the what-if panel, the scenario behind it (kept under WhatIfRecord::key()).
     */
    static void log(Workspace &workspace, Decision decision, const QJsonObject &scenario = {});

private:
    void build();

    Workspace &m_workspace;
    QDateEdit *m_decided, *m_review, *m_by;
    QComboBox *m_type, *m_touches, *m_metric, *m_direction;
    QLineEdit *m_summary, *m_owner;
    QPlainTextEdit *m_rationale;
    QDoubleSpinBox *m_value;
};

} // namespace guardrail
