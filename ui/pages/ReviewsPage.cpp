// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewsPage.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/DecisionDialog.h"
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
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
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
        tr("Log the review of %1").arg(FigureFormat(QString()).date(review.heldOn)),
        [db, review, id] { *id = ReviewLog(*db).add(review); },
        [db, id] { ReviewLog(*db).remove(*id); });
}

void ReviewsPage::logDecision(Decision decision)
{
    DecisionDialog::log(m_workspace, std::move(decision));
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
    date->setDisplayFormat(FigureFormat::dateFieldFormat());
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
    DecisionDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        logDecision(dialog.decision());
}

} // namespace guardrail
