// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "models/ChannelEditModel.h"
#include "models/SegmentSettingsModel.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace guardrail {

// How a setting is edited: percentages as percentages, choices as choices, never a stored
// name or a fraction to type.
enum class Kind { Text, Percent, OptionalPercent, Number, Integer, Choice, Categories, Zone };

struct SettingField
{
    const char *key;
    const char *label;
    const char *help;
    Kind kind = Kind::Text;
    double min = 0, max = 100;
    const char *suffix = "";
    QList<QPair<const char *, const char *>> choices = {}; // stored value, label
};

namespace {

const QList<SettingField> &fields()
{
    static const QList<SettingField> all = {
        {"currency", "Currency", "ISO 4217 code, for formatting only"},
        {"guardrail_pct", "Guardrail", "CAC as a share of the gross profit a customer brings",
         Kind::Percent},
        {"guardrail_basis",
         "Guardrail basis",
         "which gross profit per customer the guardrail weighs CAC against",
         Kind::Choice,
         0,
         0,
         "",
         {{"lifetime", "Lifetime gross profit (LTV)"}, {"first_year", "First-year gross profit"}}},
        {"near_line_fraction", "Near the line from", "a share of the guardrail: amber from here",
         Kind::Percent, 0, 100, "% of the guardrail"},
        {"ltv_cac_target", "LTV/CAC target", "", Kind::Number, 0.1, 100, "×"},
        {"lifetime_cap_months", "Lifetime cap", "", Kind::Integer, 1, 600, " months"},
        {"unit_window_months", "Unit window", "CAC, LTV, churn, NRR, guardrail", Kind::Integer, 1,
         36, " months"},
        {"funnel_window_days", "Funnel window", "conversions, win rate, deal size, SLA",
         Kind::Integer, 1, 3650, " days"},
        {"cac_categories", "CAC counts", "the spend categories in fully loaded CAC",
         Kind::Categories},
        {"shared_cost_allocation",
         "Shared cost split by",
         "how spend without a channel is shared out",
         Kind::Choice,
         0,
         0,
         "",
         {{"customers", "New customers"}, {"leads", "Leads created"}, {"equal", "Equal shares"}}},
        {"sla_mql_response_hours", "SLA response",
         "used where the SLA version in force has no response hours", Kind::Number, 0.5, 10000,
         " hours"},
        {"default_gross_margin", "Default gross margin", "", Kind::Percent},
        {"target.awareness_mql", "Target Awareness → MQL", "", Kind::Percent},
        {"target.mql_sql", "Target MQL → SQL", "", Kind::Percent},
        {"target.sql_customer", "Target SQL → Customer", "", Kind::Percent},
        {"target.customer_retention", "Target Customer → Retention", "", Kind::Percent},
        {"target.win_rate", "Target win rate", "won ÷ closed the team is held to; 0 for none",
         Kind::OptionalPercent},
        {"sla_compliance_target", "SLA compliance target", "share of due MQLs answered in time",
         Kind::Percent},
        {"coverage_target", "Coverage target", "pipeline due over the rest of the target",
         Kind::Number, 0.1, 100, "×"},
        {"fiscal_year_start_month",
         "Fiscal year starts in",
         "",
         Kind::Choice,
         0,
         0,
         "",
         {{"1", "January"},
          {"2", "February"},
          {"3", "March"},
          {"4", "April"},
          {"5", "May"},
          {"6", "June"},
          {"7", "July"},
          {"8", "August"},
          {"9", "September"},
          {"10", "October"},
          {"11", "November"},
          {"12", "December"}}},
        {"timezone", "Time zone", "dates are taken in it; set it before the first import",
         Kind::Zone},
        {"report_paper",
         "PDF paper",
         "",
         Kind::Choice,
         0,
         0,
         "",
         {{"a4", "A4"}, {"letter", "US Letter"}}},
    };
    return all;
}

// A stored fraction as the percentage a person types, and back.
QString percentText(const QString &fraction)
{
    return QString::number(fraction.toDouble() * 100, 'g', 10);
}

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
    for (const SettingField &f : fields()) {
        const QString key = QString::fromLatin1(f.key);
        QWidget *editor = editorFor(f, key, page);
        editor->setAccessibleName(tr(f.label));
        editor->setToolTip(*f.help ? tr("%1 (setting %2)").arg(tr(f.help), key)
                                   : tr("Setting %1").arg(key));
        form->addRow(tr(f.label) + QLatin1Char(':'), editor);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget *SettingsDialog::editorFor(const SettingField &f, const QString &key, QWidget *page)
{
    const auto store = [this, key](const QString &value) {
        if (const QString error = setValue(key, value); !error.isEmpty())
            showProblem(error);
    };
    switch (f.kind) {
    case Kind::Percent:
    case Kind::OptionalPercent:
    case Kind::Number:
    case Kind::Integer: {
        auto *spin = new QDoubleSpinBox(page);
        const bool percent = f.kind == Kind::Percent || f.kind == Kind::OptionalPercent;
        spin->setDecimals(f.kind == Kind::Integer ? 0 : 1);
        spin->setRange(f.min, f.max);
        spin->setSuffix(*f.suffix ? tr(f.suffix) : percent ? QStringLiteral("%") : QString());
        if (f.kind == Kind::OptionalPercent)
            spin->setSpecialValueText(tr("No target")); // at 0: a 0% target means none
        connect(spin, &QDoubleSpinBox::editingFinished, this, [spin, percent, f, store] {
            const double v = spin->value();
            store(f.kind == Kind::OptionalPercent && v == 0 ? QStringLiteral("none")
                  : percent                                 ? QString::number(v / 100, 'g', 10)
                                                            : QString::number(v, 'g', 10));
        });
        m_show.insert(key, [spin, percent, f](const QString &stored) {
            const QSignalBlocker block(spin);
            spin->setValue(f.kind == Kind::OptionalPercent && stored == u"none" ? 0
                           : percent ? percentText(stored).toDouble()
                                     : stored.toDouble());
        });
        return spin;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(page);
        for (const auto &[value, label] : f.choices)
            combo->addItem(tr(label), QString::fromLatin1(value));
        connect(combo, &QComboBox::activated, this,
                [combo, store] { store(combo->currentData().toString()); });
        m_show.insert(key, [combo](const QString &stored) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(stored)));
        });
        return combo;
    }
    case Kind::Categories: {
        auto *box = new QWidget(page);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        QList<QCheckBox *> checks;
        for (int k = 0; k < kSpendCategoryCount; ++k) {
            auto *check =
                new QCheckBox(FigureFormat::spendCategoryLabel(static_cast<SpendCategory>(k))
                                  .replace(QLatin1Char('&'), QStringLiteral("&&")), // no mnemonic
                              box);
            check->setProperty("category", spendCategoryName(static_cast<SpendCategory>(k)));
            row->addWidget(check);
            checks << check;
        }
        row->addStretch();
        for (QCheckBox *check : checks)
            connect(check, &QCheckBox::toggled, this, [checks, store] {
                QStringList on;
                for (QCheckBox *c : checks)
                    if (c->isChecked())
                        on << c->property("category").toString();
                store(on.join(QLatin1Char(','))); // none: refused with the reason, and restored
            });
        m_show.insert(key, [checks](const QString &stored) {
            const QStringList on = stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QCheckBox *c : checks) {
                const QSignalBlocker block(c);
                c->setChecked(on.contains(c->property("category").toString()));
            }
        });
        return box;
    }
    case Kind::Zone:
    case Kind::Text: {
        auto *combo = new QComboBox(page);
        combo->setEditable(true);
        if (f.kind == Kind::Zone)
            for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
                combo->addItem(QString::fromUtf8(id));
        else
            combo->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                             QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"),
                             QStringLiteral("JPY")});
        combo->setInsertPolicy(QComboBox::NoInsert);
        connect(combo, &QComboBox::activated, this,
                [combo, store] { store(combo->currentText()); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [combo, store] { store(combo->currentText()); });
        m_show.insert(key, [combo](const QString &stored) {
            const QSignalBlocker block(combo);
            combo->setCurrentText(stored);
        });
        return combo;
    }
    }
    return new QWidget(page);
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
    for (auto it = m_show.cbegin(); it != m_show.cend(); ++it)
        it.value()(s.value(it.key()).value_or(QString()));
}

QString SettingsDialog::setValue(const QString &key, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    const QString shown = m_workspace.settings().value(key).value_or(QString());
    if (value == shown)
        return {};
    Settings check = m_workspace.settings();
    if (QString error = check.set(key, value); !error.isEmpty()) {
        if (const auto show = m_show.value(key))
            show(shown); // keep the stored value on screen
        return error;
    }
    m_problem->clear();
    const QString normal = check.value(key).value_or(value); // "18%" is stored as 0.18
    m_workspace.editSetting(tr("Change the setting %1").arg(key), key, normal);
    return {};
}

void SettingsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

} // namespace guardrail
