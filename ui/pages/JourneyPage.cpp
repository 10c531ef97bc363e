// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyPage.h"

#include "Workspace.h"
#include "models/JourneyModel.h"
#include "widgets/JourneyMap.h"
#include "widgets/ListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>

namespace guardrail {
namespace {

// The owner column edits with a choice of the three teams.
class OwnerDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(JourneyModel::owners());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

} // namespace

JourneyPage::JourneyPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(tr("Customer journey map"), parent), m_workspace(workspace),
      m_model(new JourneyModel(workspace, this)), m_table(new QTableView(this))
{
    addText(tr("Each arrow carries the step's rate in the funnel window against its target (✓ at "
               "or above, ● within a tenth under, ✗ further under); the thick one is the "
               "constraint. Click a stage for its touchpoints and drop-off triggers."),
            true);
    m_map = new JourneyMap(content());
    addWidget(m_map);
    connect(m_map, &JourneyMap::stageClicked, this, &JourneyPage::selectStage);
    addText(tr("Double-click an owner, a target or the conversion criteria to edit them. Every "
               "change is saved at once; Ctrl+Z undoes it."),
            true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Journey stages"));
    m_table->setItemDelegateForColumn(JourneyModel::Owner, new OwnerDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The criteria take the width left and wrap in it; the map above names the constraint, and
    // its row is bold, so the table needs no column for it at 1280 pixels.
    m_table->horizontalHeader()->setSectionResizeMode(JourneyModel::Criteria, QHeaderView::Stretch);
    m_table->setColumnHidden(JourneyModel::Constraint, true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == JourneyModel::Criteria)
            fitTable(); // the criteria wrap at the new width
    });
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addWidget(m_table);
    m_problem = addText({}, true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));

    m_stageTitle = addHeading(QString());
    auto *lists = new QHBoxLayout;
    m_touchpoints = new ListEditor(tr("Touchpoints"), content());
    m_dropOffs = new ListEditor(tr("Drop-off triggers"), content());
    m_workspace.addEditControls({m_touchpoints, m_dropOffs});
    lists->addWidget(m_touchpoints);
    lists->addWidget(m_dropOffs);
    addLayout(lists);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_stage) {
                    m_stage = current.row();
                    showStage();
                }
            });
    connect(m_touchpoints, &ListEditor::edited, this, [this](const QStringList &items) {
        JourneyStage s = m_model->stage(m_stage);
        s.touchpoints = items;
        m_model->saveStage(s, tr("touchpoints"));
    });
    connect(m_dropOffs, &ListEditor::edited, this, [this](const QStringList &items) {
        JourneyStage s = m_model->stage(m_stage);
        s.dropOffTriggers = items;
        m_model->saveStage(s, tr("drop-off triggers"));
    });
    connect(m_model, &JourneyModel::refused, m_problem, &QLabel::setText);
    connect(&m_workspace, &Workspace::changed, this, [this] {
        m_problem->clear();
        m_map->setJourney(m_workspace.snapshot().journey, m_workspace.metrics().funnel);
        fitTable();
        showStage();
    });
    showStage();
}

void JourneyPage::fitTable()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 4;
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void JourneyPage::selectStage(int stage)
{
    m_table->selectRow(stage);
    m_stage = stage;
    showStage();
}

void JourneyPage::showStage()
{
    if (!m_workspace.isLoaded())
        return;
    const JourneyStage &s = m_model->stage(m_stage);
    m_stageTitle->setText(tr("%1: touchpoints and drop-off triggers").arg(stageName(m_stage)));
    m_touchpoints->setItems(s.touchpoints);
    m_dropOffs->setItems(s.dropOffTriggers);
}

} // namespace guardrail
