// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Workspace.h"
#include "models/ChannelEditModel.h"
#include "models/SegmentSettingsModel.h"
#include "store/Database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace guardrail {
namespace {

struct Field
{
    const char *key;
    const char *label;
    const char *help;
};

const Field kFields[] = {
    {"currency", "Currency", "ISO 4217 code, for formatting only"},
    {"guardrail_pct", "Guardrail", "CAC as a fraction of gross profit per customer (0.18 = 18%)"},
    {"guardrail_basis", "Guardrail basis", "lifetime or first_year"},
    {"near_line_fraction", "Near the line from", "fraction of the guardrail (0.9)"},
    {"ltv_cac_target", "LTV/CAC target", ""},
    {"lifetime_cap_months", "Lifetime cap (months)", ""},
    {"unit_window_months", "Unit window (months)", "CAC, LTV, churn, NRR, guardrail"},
    {"funnel_window_days", "Funnel window (days)", "conversions, win rate, deal size, SLA"},
    {"cac_categories", "CAC categories",
     "comma separated: marketing, sales_comp, business_development, ops_tooling, onboarding"},
    {"shared_cost_allocation", "Shared cost by", "customers, leads or equal"},
    {"sla_mql_response_hours", "SLA response (hours)",
     "used where the SLA version in force has no response hours"},
    {"default_gross_margin", "Default gross margin", "fraction (0.70)"},
    {"target.awareness_mql", "Target Awareness → MQL", "fraction"},
    {"target.mql_sql", "Target MQL → SQL", "fraction"},
    {"target.sql_customer", "Target SQL → Customer", "fraction"},
    {"target.customer_retention", "Target Customer → Retention", "fraction"},
    {"target.win_rate", "Target win rate", "fraction the team is held to, or none"},
    {"sla_compliance_target", "SLA compliance target", "share of due MQLs answered in time (0.9)"},
    {"coverage_target", "Coverage target", "pipeline due over the rest of the target (3 = 3x)"},
    {"fiscal_year_start_month", "Fiscal year starts in month", "1 to 12 (4 = April)"},
    {"timezone", "Time zone",
     "IANA zone such as America/New_York; dates are taken in it; set it before the first import"},
    {"report_paper", "PDF paper", "a4 or letter"},
};

} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_channels(new ChannelEditModel(workspace, this)),
      m_segments(new SegmentSettingsModel(workspace, this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings, channels and segments"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("&General"));
    tabs->addTab(channelsTab(), tr("&Channels"));
    tabs->addTab(segmentsTab(), tr("&Segments"));
    layout->addWidget(tabs);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    // Undo and redo work here too, on the same stack as the main window.
    QAction *undo = m_workspace.undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace.undoStack()->createRedoAction(this);
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    addActions({undo, redo});
    connect(m_channels, &ChannelEditModel::refused, this, &SettingsDialog::showProblem);
    connect(m_segments, &SegmentSettingsModel::refused, this, &SettingsDialog::showProblem);
    connect(&m_workspace, &Workspace::changed, this, &SettingsDialog::reload);
    resize(720, 560);
    reload();
}

QWidget *SettingsDialog::generalTab()
{
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    for (const Field &f : kFields) {
        const QString key = QString::fromLatin1(f.key);
        auto *edit = new QLineEdit(page);
        edit->setAccessibleName(tr(f.label));
        edit->setToolTip(tr("%1 — %2").arg(key, tr(f.help)));
        edit->setPlaceholderText(tr(f.help));
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
            const QString error = setValue(key, edit->text());
            if (!error.isEmpty())
                showProblem(error);
        });
        m_fields.insert(key, edit);
        form->addRow(tr(f.label) + QLatin1Char(':'), edit);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget *SettingsDialog::channelsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Double-click a name to rename it; tick Paused for a channel "
                                    "you stopped on purpose. Merging moves every lead, cost and "
                                    "awareness count into the other channel."),
                                 page));
    m_channelView = new QTableView(page);
    m_channelView->setModel(m_channels);
    m_channelView->setAccessibleName(tr("Channels"));
    m_channelView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_channelView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelView->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_channelView);
    auto *merge = new QPushButton(tr("&Merge into…"), page);
    connect(merge, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_channelView->currentIndex();
        if (!current.isValid())
            return showProblem(tr("Choose the channel to merge first."));
        const ChannelRow from = m_channels->channel(current.row());
        QStringList names;
        QList<qint64> ids;
        for (int r = 0; r < m_channels->rowCount(); ++r)
            if (m_channels->channel(r).id != from.id) {
                names << m_channels->channel(r).name;
                ids << m_channels->channel(r).id;
            }
        bool ok = false;
        const QString into = QInputDialog::getItem(
            this, tr("Merge %1").arg(from.name),
            tr("Move every lead and cost of %1 into:").arg(from.name), names, 0, false, &ok);
        if (ok)
            m_channels->merge(current.row(), ids.at(names.indexOf(into)));
    });
    layout->addWidget(merge, 0, Qt::AlignLeft);
    return page;
}

QWidget *SettingsDialog::segmentsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Type a percentage for margins and churn (70 = 70%). Empty "
                                    "means the default. The assumptions are used only where a "
                                    "segment has no revenue data."),
                                 page));
    auto *view = new QTableView(page);
    view->setModel(m_segments);
    view->setAccessibleName(tr("Segment settings"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(view);
    return page;
}

void SettingsDialog::reload()
{
    const Settings &s = m_workspace.settings();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (!it.value()->hasFocus())
            it.value()->setText(s.value(it.key()).value_or(QString()));
}

QString SettingsDialog::setValue(const QString &key, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    Database *db = m_workspace.database();
    QMap<QString, QString> stored;
    if (!m_workspace.attempt(tr("Reading the settings"), [&] { stored = db->settingsMap(); }))
        return {};
    const QString shown = m_workspace.settings().value(key).value_or(QString());
    if (value == shown)
        return {};
    Settings check = m_workspace.settings();
    if (QString error = check.set(key, value); !error.isEmpty()) {
        if (QLineEdit *edit = m_fields.value(key))
            edit->setText(shown); // keep the stored value on screen
        return error;
    }
    m_problem->clear();
    const bool wasSet = stored.contains(key);
    const QString before = stored.value(key);
    const QString normal = check.value(key).value_or(value); // "18%" is stored as 0.18
    m_workspace.edit(
        tr("Set %1 to %2").arg(key, value), [db, key, normal] { db->setSetting(key, normal); },
        [db, key, wasSet, before] {
            if (wasSet)
                db->setSetting(key, before);
            else
                db->removeSetting(key);
        });
    return {};
}

void SettingsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

} // namespace guardrail
