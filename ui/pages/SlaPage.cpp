// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPage.h"

#include "models/SlaGroupModel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/RowVersion.h"
#include "models/HandoffModel.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/SlaTable.h"
#include "widgets/FigureTable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace guardrail {
SlaPage::SlaPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Sales and marketing SLA"), parent), m_workspace(workspace),
      m_threshold(new QDoubleSpinBox(this)), m_icp(new QCheckBox(tr("ICP match required"), this)),
      m_engagement(new QLineEdit(this)), m_opportunity(new QLineEdit(this)),
      m_responseHours(new QDoubleSpinBox(this)), m_handoff(new HandoffModel(this)),
      m_handoffView(new QTableView(this)), m_misses(new QStandardItemModel(this)),
      m_history(new QStandardItemModel(this)), m_byOwner(new SlaGroupModel(tr("Owner"), this)),
      m_byChannel(new SlaGroupModel(tr("Channel"), this))
{
    m_version = addText({}, true);
    addHeading(tr("Qualified lead (MQL)"));
    auto *mql = new QFormLayout;
    m_threshold->setRange(-1, 1000);
    m_threshold->setDecimals(0);
    m_threshold->setSpecialValueText(tr("not set"));
    m_threshold->setAccessibleName(tr("Lead score threshold"));
    m_engagement->setAccessibleName(tr("Engagement criteria"));
    m_engagement->setPlaceholderText(tr("e.g. visited pricing twice or booked a demo"));
    mql->addRow(tr("Lead score &threshold:"), m_threshold);
    mql->addRow(QString(), m_icp);
    mql->addRow(tr("&Engagement criteria:"), m_engagement);
    addLayout(mql);
    addHeading(tr("Opportunity (SQL)"));
    auto *sql = new QFormLayout;
    m_opportunity->setAccessibleName(tr("Opportunity criteria"));
    sql->addRow(tr("&Opportunity criteria:"), m_opportunity);
    addLayout(sql);

    addHeading(tr("Handoff protocol"));
    m_handoffView->setModel(m_handoff);
    m_handoffView->setAccessibleName(tr("Handoff steps"));
    m_handoffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_handoffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_handoffView->setMinimumHeight(150);
    addWidget(m_handoffView);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a step"), content());
    auto *remove = new QPushButton(tr("Remove the step"), content());
    auto *up = new QPushButton(QStringLiteral("↑"), content());
    auto *down = new QPushButton(QStringLiteral("↓"), content());
    up->setAccessibleName(tr("Move the step up"));
    down->setAccessibleName(tr("Move the step down"));
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    m_workspace.addEditControls({add, remove, up, down, m_handoffView, m_threshold, m_icp,
                                 m_engagement, m_opportunity, m_responseHours});
    buttons->addStretch();
    addLayout(buttons);

    addHeading(tr("Response-time commitment"));
    auto *response = new QFormLayout;
    m_responseHours->setRange(0, 10000);
    m_responseHours->setDecimals(1);
    m_responseHours->setSuffix(tr(" hours"));
    m_responseHours->setSpecialValueText(tr("the setting"));
    m_responseHours->setAccessibleName(tr("Response hours"));
    response->addRow(tr("Sales' first touch within:"), m_responseHours);
    addLayout(response);
    m_compliance = addText();
    QFont bold = m_compliance->font();
    bold.setBold(true);
    m_compliance->setFont(bold);
    addHeading(tr("Compliance by owner and by channel, against the target"));
    auto *groups = new QVBoxLayout; // one under the other: each keeps its five columns
    m_byOwnerTable = new FigureTable(tr("SLA compliance by owner"), content());
    m_byOwnerTable->setFigureModel(m_byOwner);
    m_byChannelTable = new FigureTable(tr("SLA compliance by channel"), content());
    m_byChannelTable->setFigureModel(m_byChannel);
    groups->addWidget(m_byOwnerTable);
    groups->addWidget(m_byChannelTable);
    addLayout(groups);

    addHeading(tr("MQLs that missed it (funnel window, latest first)"));
    m_misses->setHorizontalHeaderLabels(
        {tr("Lead"), tr("Owner"), tr("Channel"), tr("MQL on"), tr("Allowed"), tr("Late by")});
    m_missTable = new FigureTable(tr("Missed MQLs"), content());
    m_missTable->setFigureModel(m_misses, {}, false);
    addWidget(m_missTable);

    addHeading(tr("History of versions"));
    m_history->setHorizontalHeaderLabels({tr("Effective from"), tr("Response"),
                                          tr("Score threshold"), tr("ICP required"),
                                          tr("Handoff steps")});
    m_historyTable = new FigureTable(tr("SLA versions"), content());
    m_historyTable->setFigureModel(m_history, {}, false);
    addWidget(m_historyTable);

    connect(m_threshold, &QDoubleSpinBox::editingFinished, this, [this] {
        Sla s = current();
        const double v = m_threshold->value();
        if ((v < 0 && !s.leadScoreThreshold) ||
            (s.leadScoreThreshold && *s.leadScoreThreshold == v))
            return;
        s.leadScoreThreshold = v < 0 ? std::nullopt : std::optional<double>(v);
        saveVersion(s, tr("lead score threshold"));
    });
    connect(m_icp, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        Sla s = current();
        s.icpMatchRequired = on;
        saveVersion(s, on ? tr("ICP match required") : tr("ICP match not required"));
    });
    connect(m_engagement, &QLineEdit::editingFinished, this, [this] {
        Sla s = current();
        if (s.engagementCriteria == m_engagement->text().trimmed())
            return;
        s.engagementCriteria = m_engagement->text().trimmed();
        saveVersion(s, tr("engagement criteria"));
    });
    connect(m_opportunity, &QLineEdit::editingFinished, this, [this] {
        Sla s = current();
        if (s.opportunityCriteria == m_opportunity->text().trimmed())
            return;
        s.opportunityCriteria = m_opportunity->text().trimmed();
        saveVersion(s, tr("opportunity criteria"));
    });
    connect(m_responseHours, &QDoubleSpinBox::editingFinished, this, [this] {
        Sla s = current();
        const double v = m_responseHours->value();
        if ((v == 0 && !s.responseHours) || (s.responseHours && *s.responseHours == v))
            return;
        s.responseHours = v == 0 ? std::nullopt : std::optional<double>(v);
        saveVersion(s, tr("response time"));
    });
    connect(m_handoff, &HandoffModel::edited, this, [this](const QList<HandoffStep> &steps) {
        Sla s = current();
        s.handoff = steps;
        saveVersion(s, tr("handoff step"));
    });
    connect(add, &QPushButton::clicked, this, [this] {
        Sla s = current();
        s.handoff << HandoffStep{tr("New step"), QString(), 24};
        saveVersion(s, tr("a handoff step added"));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_handoffView->currentIndex().row();
        Sla s = current();
        if (row < 0 || row >= s.handoff.size())
            return;
        s.handoff.removeAt(row);
        saveVersion(s, tr("a handoff step removed"));
    });
    for (const auto &[button, by] : {std::pair{up, -1}, std::pair{down, 1}})
        connect(button, &QPushButton::clicked, this, [this, by] {
            const int row = m_handoffView->currentIndex().row();
            Sla s = current();
            if (row < 0 || row + by < 0 || row + by >= s.handoff.size())
                return;
            s.handoff.move(row, row + by);
            saveVersion(s, tr("handoff steps reordered"));
        });
    connect(&m_workspace, &Workspace::changed, this, &SlaPage::refresh);
    refresh();
}

Sla SlaPage::current() const
{
    const QList<Sla> &versions = m_workspace.snapshot().slaVersions;
    return versions.isEmpty() ? Sla{} : versions.back();
}

void SlaPage::saveVersion(Sla next, const QString &what)
{
    next.effectiveFrom = QDate::currentDate();
    Database *db = m_workspace.database();
    // Based on the newest version on screen (or this session's own, not reloaded yet; none:
    // id 0): a version another session saved since is shown, not silently superseded.
    Sla shown;
    for (const Sla &s : m_workspace.snapshot().slaVersions)
        if (s.id > shown.id)
            shown = s;
    const auto row = [](qint64 id) { return QStringLiteral("sla:%1").arg(id); };
    auto baseId = std::make_shared<qint64>(m_workspace.versionSeen(row(0), shown.id));
    auto base = std::make_shared<RowVersion>(m_workspace, row(*baseId), shown.rowVersion);
    auto added = std::make_shared<std::optional<RowVersion>>();
    auto addedId = std::make_shared<qint64>(0);
    Workspace *workspace = &m_workspace;
    m_workspace.edit(
        tr("SLA: %1").arg(what),
        [db, next, baseId, base, added, addedId, workspace, row] {
            Sla basedOn;
            basedOn.id = *baseId;
            basedOn.rowVersion = base->expected();
            const qint64 id = *addedId = SlaTable(*db).addVersion(next, basedOn);
            if (basedOn.id != 0)
                base->wrote(basedOn.rowVersion + 1); // adding claims it
            added->emplace(*workspace, row(id), 1);
            (*added)->wrote(1);
            workspace->noteVersion(row(0), id); // "sla:0" is the newest version's id
        },
        [db, baseId, added, addedId, workspace, row] {
            Sla version;
            version.id = *addedId;
            version.rowVersion = (*added)->expected();
            SlaTable(*db).removeVersion(version);
            workspace->noteVersion(row(0), *baseId);
        },
        [db, baseId, base, row](const EditConflict &) {
            Sla newest; // based on the newest version now
            for (const Sla &s : SlaTable(*db).versions())
                if (s.id > newest.id)
                    newest = s;
            *baseId = newest.id;
            base->rebase(row(newest.id), newest.rowVersion);
        },
        SlaTable::describe(next));
}

void SlaPage::refresh()
{
    if (!m_workspace.isLoaded())
        return;
    const Sla s = current();
    const Metrics &m = m_workspace.metrics();
    const Settings &settings = m_workspace.settings();
    const FigureFormat f(m.currency);
    m_loading = true;
    m_threshold->setValue(s.leadScoreThreshold.value_or(-1));
    m_icp->setChecked(s.icpMatchRequired);
    m_engagement->setText(s.engagementCriteria);
    m_opportunity->setText(s.opportunityCriteria);
    m_responseHours->setValue(s.responseHours.value_or(0));
    m_responseHours->setSpecialValueText(
        tr("as in Settings (%1 hours)").arg(f.number(settings.slaMqlResponseHours, 0)));
    m_handoff->setSteps(s.handoff);
    m_loading = false;
    const QList<Sla> &versions = m_workspace.snapshot().slaVersions;
    m_version->setText(versions.isEmpty()
                           ? tr("No SLA yet: fill in the fields and each change is saved as a "
                                "version.")
                           : tr("Version %1, in force since %2. Every change is saved as a new "
                                "version effective today; Ctrl+Z removes it.")
                                 .arg(versions.size())
                                 .arg(f.date(s.effectiveFrom)));

    // Compliance and the misses, each MQL judged by the version in force when it arrived
    // (computed with the figures, off the GUI thread).
    const Kpis &k = m.funnel.kpis;
    const QList<SlaCompliance::Miss> &misses = m_workspace.slaMisses();
    m_compliance->setText(
        k.slaResponseCompliance.has()
            ? tr("%1 of the MQLs due in the funnel window got sales' first touch in time "
                 "(target %2: %3); %4 missed it.")
                  .arg(f.percent(k.slaResponseCompliance),
                       f.percent(m_workspace.settings().slaComplianceTarget, 0),
                       k.slaResponseCompliance.value() >= m_workspace.settings().slaComplianceTarget
                           ? tr("✓ met")
                           : tr("✗ below"))
                  .arg(misses.size())
            : tr("Compliance: %1 (%2).")
                  .arg(FigureFormat::dash(), k.slaResponseCompliance.reason()));
    const QHash<qint64, QString> &ids = m_workspace.crmIds();
    m_misses->setRowCount(0);
    for (int i = 0; i < misses.size() && i < Workspace::kMissesNamed; ++i) {
        const SlaCompliance::Miss &miss = misses[i];
        const Lead &l = m_workspace.snapshot().leads[size_t(miss.lead)];
        QList<QStandardItem *> row = {
            new QStandardItem(ids.value(l.id)),
            new QStandardItem(l.owner < 0 ? FigureFormat::dash()
                                          : m_workspace.snapshot().owners.value(l.owner)),
            new QStandardItem(m_workspace.snapshot().channels.value(l.channel)),
            new QStandardItem(f.date(iso::dayOf(l.mqlAt))),
            new QStandardItem(tr("%1 h").arg(f.number(miss.allowedHours, 0))),
            new QStandardItem(miss.responded
                                  ? tr("%1 h").arg(f.number(miss.hoursLate, 1))
                                  : tr("no response yet (%1 h)").arg(f.number(miss.hoursLate, 0)))};
        row[4]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[5]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_misses->appendRow(row);
    }
    m_missTable->fitHeight();
    const double target = m_workspace.settings().slaComplianceTarget;
    m_byOwner->setGroups(m.sla.byOwner, target, m.currency);
    m_byChannel->setGroups(m.sla.byChannel, target, m.currency);

    m_history->setRowCount(0);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        m_history->appendRow(
            {new QStandardItem(f.date(it->effectiveFrom)),
             new QStandardItem(it->responseHours ? tr("%1 h").arg(f.number(*it->responseHours, 0))
                                                 : tr("the setting")),
             new QStandardItem(it->leadScoreThreshold ? f.number(*it->leadScoreThreshold, 0)
                                                      : FigureFormat::dash()),
             new QStandardItem(it->icpMatchRequired ? tr("yes") : tr("no")),
             new QStandardItem(QString::number(it->handoff.size()))});
    m_historyTable->fitHeight();
}

} // namespace guardrail
