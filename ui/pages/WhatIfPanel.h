// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "metrics/WhatIf.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace guardrail {

class FigureFormat;
class FigureTable;
class WhatIfModel;
class Workspace;

/**
 * "What if…": pause a channel or shift spend between two, and see company CAC, acquisition
 * as % of gross profit, new customers a month and every channel's status before and after, on
 * the engine's own arithmetic (WhatIf). The scenario can be logged as a decision.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    enum Scenario { Pause, Shift };

    explicit WhatIfPanel(Workspace &workspace, QWidget *parent = nullptr);

    /** Refills the channel choices from the figures and computes again. */
    void refresh();
    /** The decision the scenario would be logged as: summary, rationale, expected CAC. */
    Decision draft() const;
    /** Opens the decision dialog pre-filled with draft(), and logs it when accepted. */
    void logAsDecision();

    const WhatIf::Result &result() const { return m_result; }
    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *pauseBox() const { return m_pause; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    WhatIfModel *resultModel() const { return m_model; }
    QLabel *refusalLabel() const { return m_refusal; }
    QPushButton *logButton() const { return m_log; }

private:
    void fillChannels();
    QString defaultPause() const;
    void compute();
    void showResult();
    QString rationale() const;

    Workspace &m_workspace;
    QFormLayout *m_form;
    QComboBox *m_scenario, *m_pause, *m_from, *m_to;
    QDoubleSpinBox *m_amount;
    WhatIfModel *m_model;
    FigureTable *m_table;
    QLabel *m_losses, *m_assumption, *m_refusal;
    QPushButton *m_log;
    WhatIf::Result m_result;
};

} // namespace guardrail
