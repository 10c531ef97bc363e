// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace guardrail {

/**
 * The import wizard's stage step: every distinct stage label of the file with its row count and
 * what the rules read it as (the CRM's flags, the label rule, the preset's open stages), each
 * assignable to won, lost, open or skip. Only the labels the user reassigns go into the outcome
 * map, so the CRM's own flags keep deciding the rest.
 */
class OutcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OutcomePage(QWidget *parent = nullptr);

    /** Fills the table from a dry run's labels; remembered is an earlier outcome map. */
    void showLabels(const QList<StageLabel> &labels, const QString &remembered);
    /** `LABEL=won;...` for the labels reassigned, for ImportOptions::outcomeMap. */
    QString outcomeMap() const;
    /** Assigns one label (tests): "won", "lost", "open", "skip" or "" for as read. */
    void assign(const QString &label, const QString &outcome);

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace guardrail
