// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionDialog.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "domain/JourneyStage.h"
#include "metrics/MetricPath.h"
#include "metrics/WhatIfRecord.h"
#include "models/DecisionModel.h"
#include "store/Database.h"
#include "store/DecisionLog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

#include <memory>

namespace guardrail {

DecisionDialog::DecisionDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_decided(new QDateEdit(workspace.asOf(), this)),
      m_review(new QDateEdit(workspace.asOf().addDays(42), this)),
      m_by(new QDateEdit(workspace.asOf().addDays(90), this)), m_type(new QComboBox(this)),
      m_touches(new QComboBox(this)), m_metric(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_summary(new QLineEdit(this)),
      m_owner(new QLineEdit(this)), m_rationale(new QPlainTextEdit(this)),
      m_value(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Log a decision"));
    for (const char *t :
         {"pause_channel", "shift_budget", "hire", "refuse_hire", "redesign_stage", "other"})
        m_type->addItem(QString::fromLatin1(t).replace(QLatin1Char('_'), QLatin1Char(' ')),
                        QString::fromLatin1(t));
    m_touches->setEditable(true);
    for (const ChannelFigures &c : m_workspace.metrics().channels)
        m_touches->addItem(c.name);
    for (int i = 0; i < 5; ++i)
        m_touches->addItem(stageName(i));
    m_summary->setPlaceholderText(
        tr("as the brief will say it: \"pausing Outbound for redesign\""));
    m_metric->addItem(tr("(none)"), QString());
    for (const QString &p : MetricPath::choices(m_workspace.metrics()))
        m_metric->addItem(MetricPath::label(p), p);
    m_direction->addItem(tr("down"), QStringLiteral("down"));
    m_direction->addItem(tr("up"), QStringLiteral("up"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(4);
    m_value->setToolTip(tr("Rates as fractions (0.25 = 25%), money in the company currency"));
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setDecimals(DecisionModel::isMoney(m_metric->currentData().toString()) ? 0 : 4);
    });
    for (QDateEdit *d : {m_decided, m_review, m_by}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(FigureFormat::dateFieldFormat());
    }
    build();
}

void DecisionDialog::build()
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Decided on:"), m_decided);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&ouches:"), m_touches);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("Re&view on:"), m_review);
    form->addRow(tr("&Expected effect on:"), m_metric);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("To the &value:"), m_value);
    form->addRow(tr("&By:"), m_by);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_summary->text().trimmed().isEmpty())
            QMessageBox::information(this, windowTitle(),
                                     tr("Say in a few words what was decided."));
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void DecisionDialog::setDecision(const Decision &d)
{
    if (d.decidedOn.isValid())
        m_decided->setDate(d.decidedOn);
    if (const int t = m_type->findData(d.type); t >= 0)
        m_type->setCurrentIndex(t);
    if (!d.touches.isEmpty())
        m_touches->setCurrentText(d.touches);
    m_summary->setText(d.summary);
    m_rationale->setPlainText(d.rationale);
    m_owner->setText(d.owner);
    if (d.reviewOn.isValid())
        m_review->setDate(d.reviewOn);
    if (const int m = m_metric->findData(d.expectedMetric); m >= 0)
        m_metric->setCurrentIndex(m);
    if (const int dir = m_direction->findData(d.expectedDirection); dir >= 0)
        m_direction->setCurrentIndex(dir);
    if (d.expectedValue)
        m_value->setValue(*d.expectedValue);
    if (d.expectedBy.isValid())
        m_by->setDate(d.expectedBy);
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.decidedOn = m_decided->date();
    d.type = m_type->currentData().toString();
    d.touches = m_touches->currentText().trimmed();
    d.summary = m_summary->text().trimmed();
    d.rationale = m_rationale->toPlainText().trimmed();
    d.owner = m_owner->text().trimmed();
    d.reviewOn = m_review->date();
    d.expectedMetric = m_metric->currentData().toString();
    if (!d.expectedMetric.isEmpty()) {
        d.expectedDirection = m_direction->currentData().toString();
        d.expectedValue = m_value->value();
        d.expectedBy = m_by->date();
    }
    return d;
}

void DecisionDialog::log(Workspace &workspace, Decision decision, const QJsonObject &scenario)
{
    QJsonObject figures = MetricPath::headline(workspace.metrics(), decision.touches);
    if (!scenario.isEmpty())
        figures.insert(WhatIfRecord::key(), scenario);
    decision.figuresJson = QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
    Database *db = workspace.database();
    auto id = std::make_shared<qint64>(0);
    workspace.edit(
        tr("Log the decision \"%1\"").arg(decision.summary),
        [db, decision, id] { *id = DecisionLog(*db).add(decision); },
        [db, id] { DecisionLog(*db).remove(*id); });
}

} // namespace guardrail
