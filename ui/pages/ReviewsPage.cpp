// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewsPage.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/DecisionDialog.h"
#include "edit/RowVersion.h"
#include "metrics/MetricPath.h"
#include "models/DecisionModel.h"
#include "models/ReviewCadenceModel.h"
#include "models/ReviewModel.h"
#include "store/Database.h"
#include "store/DecisionLog.h"
#include "store/EditConflict.h"
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

#include <algorithm>
#include <memory>

namespace guardrail {

ReviewsPage::ReviewsPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Reviews and decisions"), parent), m_workspace(workspace),
      m_reviews(new ReviewModel(workspace, this)), m_cadence(new ReviewCadenceModel(this)),
      m_decisions(new DecisionModel(workspace, this))
{
    addHeading(tr("Review rhythm"));
    addText(tr("Each review is due one period after the last one (a cadence never held: one "
               "period after the data begins). ✗ marks an overdue review. Double-click a row to "
               "log that review; hover its name for what it goes through."),
            true);
    auto *cadenceTable = new FigureTable(tr("Review rhythm"), content());
    cadenceTable->setFigureModel(m_cadence, {}, false);
    addWidget(cadenceTable);
    connect(cadenceTable, &FigureTable::rowActivated, this, [this](int row) {
        if (m_workspace.database())
            reviewDialog(m_cadence->cadence(row).kind);
    });

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
    connect(logReview, &QPushButton::clicked, this,
            [this] { reviewDialog(QStringLiteral("weekly")); });
    connect(&m_workspace, &Workspace::changed, this, &ReviewsPage::refreshCadence);
    refreshCadence();
    connect(close, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_decisionTable->currentIndex();
        if (current.isValid())
            setClosed(current.row(), !m_decisions->decision(current.row()).closed);
    });
}

void ReviewsPage::refreshCadence()
{
    if (m_workspace.isLoaded())
        m_cadence->setCadence(m_workspace.metrics().reviewCadence, m_workspace.metrics().asOf);
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
    auto version = std::make_shared<RowVersion>(
        m_workspace, QStringLiteral("decision:%1").arg(d.id), d.rowVersion);
    const auto write = [db, id = d.id, version](bool close) {
        version->wrote(DecisionLog(*db).setClosed(id, close, version->expected()));
    };
    m_workspace.edit(
        closed ? tr("Close \"%1\"").arg(d.summary) : tr("Reopen \"%1\"").arg(d.summary),
        [write, closed] { write(closed); }, [write, closed] { write(!closed); },
        [version](const EditConflict &c) { version->rebase(c.currentVersion()); },
        closed ? tr("closed") : tr("open"));
}

void ReviewsPage::reviewDialog(const QString &initialKind)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a review"));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(m_workspace.asOf(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(FigureFormat::dateFieldFormat());
    auto *kind = new QComboBox(&dialog);
    for (const QString &k : reviewKinds()) {
        QString label = reviewKindLabel(k);
        label[0] = label[0].toUpper();
        kind->addItem(label, k);
    }
    auto *attendees = new QLineEdit(&dialog);
    auto *notes = new QPlainTextEdit(&dialog);
    notes->setMinimumWidth(420);
    // The notes start from the kind's agenda, replaced while the user has not written over it.
    const auto agenda = [kind, notes] {
        const QString text = notes->toPlainText();
        bool untouched = text.isEmpty();
        for (const QString &k : reviewKinds())
            untouched = untouched || text == reviewKindAgenda(k);
        if (untouched)
            notes->setPlainText(reviewKindAgenda(kind->currentData().toString()));
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, agenda);
    kind->setCurrentIndex(std::max(0, kind->findData(initialKind)));
    agenda();
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
