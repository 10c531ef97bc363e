// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetsPanel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "models/TargetModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace guardrail {
namespace {
constexpr int kRowsShown = 12; // a fiscal year at a time; the rest scrolls
}

TargetsPanel::TargetsPanel(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Bookings targets"), parent), m_workspace(workspace),
      m_model(new TargetModel(workspace, this)), m_table(new QTableView(this)),
      m_fill(new QPushButton(tr("&Fill the rest of the year with this month's target"), this)),
      m_problem(new QLabel(this))
{
    // The contents in the page's own font, set rather than inherited: the title's below must
    // not reach them.
    auto *inner = new QWidget(this);
    QFont body = font();
    body.setBold(false);
    body.setPointSizeF(body.pointSizeF());
    inner->setFont(body);
    setMaximumWidth(900);
    (new QVBoxLayout(this))->addWidget(inner);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *about = new QLabel(
        tr("Won deal value to book each month. The dashboard's “The number” sums the months of "
           "the fiscal quarter (marked here), so every one of them needs a target. Double-click "
           "a target to change it, clear it to remove the month; Ctrl+Z undoes."),
        inner);
    about->setWordWrap(true);
    layout->addWidget(about);

    setUpTable();
    layout->addWidget(m_table);

    m_fill->setAccessibleName(tr("Fill the rest of the year"));
    layout->addWidget(m_fill, 0, Qt::AlignLeft);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b")); // as the other editors refuse
    layout->addWidget(m_problem);
    QFont title = font(); // as the page's headings read; last, once every child is in inner
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.12);
    setFont(title);

    connect(m_fill, &QPushButton::clicked, this, &TargetsPanel::fill);
    connect(m_model, &TargetModel::refused, m_problem, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetsPanel::reloaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selected = m_model->month(current.row());
                updateFill();
            });
    reloaded();
}

void TargetsPanel::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Bookings targets by month"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumWidth(560);
}

QString TargetsPanel::problem() const
{
    return m_problem->text();
}

int TargetsPanel::selectedRow() const
{
    return m_selected ? m_model->rowOf(*m_selected) : -1;
}

void TargetsPanel::selectMonth(MonthIndex month)
{
    const int row = m_model->rowOf(month);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, TargetModel::Bookings));
    m_table->scrollTo(m_table->currentIndex());
}

void TargetsPanel::reloaded()
{
    m_problem->clear();
    // Rows as tall as their text, as the figure tables; a fiscal year shown, the rest scrolls.
    if (m_model->rowCount() > 0) {
        m_table->resizeRowToContents(0);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->rowHeight(0));
    }
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            2 * m_table->frameWidth() +
                            m_table->verticalHeader()->defaultSectionSize() * kRowsShown);
    if (!m_selected && m_workspace.isLoaded()) // the as-of month: the fill starts from it
        m_selected = iso::monthOf(m_workspace.metrics().asOf);
    if (m_selected && m_model->rowOf(*m_selected) >= 0)
        selectMonth(*m_selected);
    updateFill();
}

void TargetsPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    // Scrolling before the table had its size did not stick: this fiscal year from its top,
    // and the selected month in view.
    if (!m_workspace.isLoaded())
        return;
    const int first =
        m_model->rowOf(m_model->fiscalYearStart(iso::monthOf(m_workspace.metrics().asOf)));
    if (first >= 0)
        m_table->scrollTo(m_model->index(first, 0), QAbstractItemView::PositionAtTop);
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
}

void TargetsPanel::updateFill()
{
    const int row = selectedRow();
    const int months = m_model->fillableAfter(row);
    m_fill->setEnabled(!m_workspace.isReadOnly() && months > 0);
    if (row < 0 || !m_model->bookings(row)) {
        m_fill->setToolTip(tr("Select a month with a target first."));
        return;
    }
    const FigureFormat f(m_workspace.metrics().currency);
    m_fill->setToolTip(months > 0 ? tr("Gives the %n later month(s) of its fiscal year that differ "
                                       "%1 each, as one step to undo.",
                                       nullptr, months)
                                        .arg(f.money(*m_model->bookings(row)))
                                  : tr("Every later month of its fiscal year has this target."));
}

void TargetsPanel::fill()
{
    m_problem->clear();
    m_model->fillRestOfYear(selectedRow());
}

} // namespace guardrail
