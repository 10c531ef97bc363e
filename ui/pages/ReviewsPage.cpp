// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewsPage.h"

#include "Workspace.h"
#include "domain/JourneyStage.h"
#include "metrics/MetricPath.h"
#include "models/DecisionModel.h"
#include "models/ReviewModel.h"
#include "store/Database.h"
#include "store/DecisionLog.h"
#include "store/ReviewLog.h"
#include "widgets/FigureTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include <memory>

namespace guardrail {

ReviewsPage::ReviewsPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Reviews and decisions"), parent), m_workspace(workspace),
      m_reviews(new ReviewModel(workspace, this)), m_decisions(new DecisionModel(workspace, this))
{
    addHeading(tr("Decisions"));
    addText(tr("Every allocation decision with the figures it was taken on (hover the date), the "
               "effect it expects and, once its date has passed, the actual figure. ⚑ marks a "
               "decision past its review date. The brief's lever is the latest open decision."),
            true);
    auto *decisionButtons = new QHBoxLayout;
    auto *logDecision = new QPushButton(tr("Log a &decision…"), content());
    auto *close = new QPushButton(tr("&Close or reopen the selected decision"), content());
    decisionButtons->addWidget(logDecision);
    decisionButtons->addWidget(close);
    decisionButtons->addStretch();
    addLayout(decisionButtons);
    m_decisionTable = new FigureTable(tr("Decision log"), content());
    using D = DecisionModel; // type and what it touches are in the dialog and the tooltip
    m_decisionTable->setFigureModel(
        m_decisions,
        {D::Decided, D::Summary, D::Owner, D::ReviewOn, D::Expected, D::Actual, D::Status}, false);
    m_decisionTable->setWordWrap(true);
    addWidget(m_decisionTable);

    addHeading(tr("Reviews"));
    auto *reviewButtons = new QHBoxLayout;
    auto *logReview = new QPushButton(tr("Log a &review…"), content());
    reviewButtons->addWidget(logReview);
    reviewButtons->addStretch();
    addLayout(reviewButtons);
    auto *reviewTable = new FigureTable(tr("Review log"), content());
    reviewTable->setFigureModel(m_reviews, {}, false);
    reviewTable->setWordWrap(true);
    addWidget(reviewTable);

    m_workspace.addEditControls({logDecision, close, logReview});
    connect(logDecision, &QPushButton::clicked, this, &ReviewsPage::decisionDialog);
    connect(logReview, &QPushButton::clicked, this, &ReviewsPage::reviewDialog);
    connect(close, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_decisionTable->currentIndex();
        if (current.isValid())
            setClosed(current.row(), !m_decisions->decision(current.row()).closed);
    });
}

void ReviewsPage::logReview(Review review)
{
    review.figuresJson = QString::fromUtf8(
        QJsonDocument(MetricPath::headline(m_workspace.metrics())).toJson(QJsonDocument::Compact));
    Database *db = m_workspace.database();
    auto id = std::make_shared<qint64>(0);
    m_workspace.edit(
        tr("Log the review of %1").arg(review.heldOn.toString(Qt::ISODate)),
        [db, review, id] { *id = ReviewLog(*db).add(review); },
        [db, id] { ReviewLog(*db).remove(*id); });
}

void ReviewsPage::logDecision(Decision decision)
{
    decision.figuresJson = QString::fromUtf8(
        QJsonDocument(MetricPath::headline(m_workspace.metrics(), decision.touches))
            .toJson(QJsonDocument::Compact));
    Database *db = m_workspace.database();
    auto id = std::make_shared<qint64>(0);
    m_workspace.edit(
        tr("Log the decision \"%1\"").arg(decision.summary),
        [db, decision, id] { *id = DecisionLog(*db).add(decision); },
        [db, id] { DecisionLog(*db).remove(*id); });
}

void ReviewsPage::setClosed(int row, bool closed)
{
    const Decision d = m_decisions->decision(row);
    Database *db = m_workspace.database();
    m_workspace.edit(
        closed ? tr("Close \"%1\"").arg(d.summary) : tr("Reopen \"%1\"").arg(d.summary),
        [db, id = d.id, closed] { DecisionLog(*db).setClosed(id, closed); },
        [db, id = d.id, closed] { DecisionLog(*db).setClosed(id, !closed); });
}

void ReviewsPage::reviewDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a review"));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(m_workspace.asOf(), &dialog);
    date->setCalendarPopup(true);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Weekly CRO review"), QStringLiteral("weekly"));
    kind->addItem(tr("Monthly meeting"), QStringLiteral("monthly"));
    auto *attendees = new QLineEdit(&dialog);
    auto *notes = new QPlainTextEdit(&dialog);
    form->addRow(tr("&Held on:"), date);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Attendees:"), attendees);
    form->addRow(tr("&Notes:"), notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Review r;
    r.heldOn = date->date();
    r.kind = kind->currentData().toString();
    r.attendees = attendees->text().trimmed();
    r.notes = notes->toPlainText().trimmed();
    logReview(r);
}

void ReviewsPage::decisionDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a decision"));
    auto *form = new QFormLayout(&dialog);
    auto *decided = new QDateEdit(m_workspace.asOf(), &dialog);
    auto *type = new QComboBox(&dialog);
    for (const char *t :
         {"pause_channel", "shift_budget", "hire", "refuse_hire", "redesign_stage", "other"})
        type->addItem(QString::fromLatin1(t).replace(QLatin1Char('_'), QLatin1Char(' ')),
                      QString::fromLatin1(t));
    auto *touches = new QComboBox(&dialog);
    touches->setEditable(true);
    for (const ChannelFigures &c : m_workspace.metrics().channels)
        touches->addItem(c.name);
    for (int i = 0; i < 5; ++i)
        touches->addItem(stageName(i));
    auto *summary = new QLineEdit(&dialog);
    summary->setPlaceholderText(tr("as the brief will say it: \"pausing Outbound for redesign\""));
    auto *rationale = new QPlainTextEdit(&dialog);
    auto *owner = new QLineEdit(&dialog);
    auto *review = new QDateEdit(m_workspace.asOf().addDays(42), &dialog);
    auto *metric = new QComboBox(&dialog);
    metric->addItem(tr("(none)"), QString());
    for (const QString &p : MetricPath::choices(m_workspace.metrics()))
        metric->addItem(p, p);
    auto *direction = new QComboBox(&dialog);
    direction->addItem(tr("down"), QStringLiteral("down"));
    direction->addItem(tr("up"), QStringLiteral("up"));
    auto *value = new QDoubleSpinBox(&dialog);
    value->setRange(-1e12, 1e12);
    value->setDecimals(4);
    value->setToolTip(tr("Rates as fractions (0.25 = 25%), money in the company currency"));
    auto *by = new QDateEdit(m_workspace.asOf().addDays(90), &dialog);
    for (QDateEdit *d : {decided, review, by})
        d->setCalendarPopup(true);
    form->addRow(tr("&Decided on:"), decided);
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("T&ouches:"), touches);
    form->addRow(tr("&Summary:"), summary);
    form->addRow(tr("&Rationale:"), rationale);
    form->addRow(tr("O&wner:"), owner);
    form->addRow(tr("Re&view on:"), review);
    form->addRow(tr("&Expected effect on:"), metric);
    form->addRow(tr("Direction:"), direction);
    form->addRow(tr("To the &value:"), value);
    form->addRow(tr("&By:"), by);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (summary->text().trimmed().isEmpty())
            QMessageBox::information(&dialog, dialog.windowTitle(),
                                     tr("Say in a few words what was decided."));
        else
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Decision d;
    d.decidedOn = decided->date();
    d.type = type->currentData().toString();
    d.touches = touches->currentText().trimmed();
    d.summary = summary->text().trimmed();
    d.rationale = rationale->toPlainText().trimmed();
    d.owner = owner->text().trimmed();
    d.reviewOn = review->date();
    d.expectedMetric = metric->currentData().toString();
    if (!d.expectedMetric.isEmpty()) {
        d.expectedDirection = direction->currentData().toString();
        d.expectedValue = value->value();
        d.expectedBy = by->date();
    }
    logDecision(d);
}

} // namespace guardrail
