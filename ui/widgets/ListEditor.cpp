// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace guardrail {

ListEditor::ListEditor(const QString &name, QWidget *parent)
    : QWidget(parent), m_model(new QStringListModel(this)), m_view(new QListView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(name), this);
    layout->addWidget(label);
    m_view->setModel(m_model);
    m_view->setAccessibleName(name);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setMinimumHeight(110);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("Add"), tr("Add to %1").arg(name));
    QPushButton *remove = button(tr("Remove"), tr("Remove the selected item"));
    QPushButton *up = button(QStringLiteral("↑"), tr("Move up"));
    QPushButton *down = button(QStringLiteral("↓"), tr("Move down"));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowCount();
        m_loading = true;
        m_model->insertRows(row, 1);
        m_model->setData(m_model->index(row), tr("New item"));
        m_loading = false;
        m_view->setCurrentIndex(m_model->index(row));
        m_view->edit(m_model->index(row));
        Q_EMIT edited(items());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        m_loading = true;
        m_model->removeRows(current.row(), 1);
        m_loading = false;
        Q_EMIT edited(items());
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_model, &QStringListModel::dataChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(items());
    });
}

void ListEditor::setItems(const QStringList &list)
{
    if (list == items())
        return;
    const int row = m_view->currentIndex().row();
    m_loading = true;
    m_model->setStringList(list);
    m_loading = false;
    if (row >= 0 && row < list.size())
        m_view->setCurrentIndex(m_model->index(row));
}

QStringList ListEditor::items() const
{
    QStringList out;
    for (const QString &s : m_model->stringList())
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

void ListEditor::move(int by)
{
    const QModelIndex current = m_view->currentIndex();
    const int to = current.row() + by;
    if (!current.isValid() || to < 0 || to >= m_model->rowCount())
        return;
    QStringList list = m_model->stringList();
    list.move(current.row(), to);
    m_loading = true;
    m_model->setStringList(list);
    m_loading = false;
    m_view->setCurrentIndex(m_model->index(to));
    Q_EMIT edited(items());
}

} // namespace guardrail
