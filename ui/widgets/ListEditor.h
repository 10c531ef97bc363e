// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QStringListModel;

namespace guardrail {

/**
 * A short ordered list to edit (touchpoints, drop-off triggers, handoff steps by name): add,
 * remove, move up and down, rename in place. It reports the whole new list; the page turns it
 * into one undoable edit.
 */
class ListEditor : public QWidget
{
    Q_OBJECT
public:
    ListEditor(const QString &name, QWidget *parent = nullptr);
    void setItems(const QStringList &items);
    QStringList items() const;

Q_SIGNALS:
    void edited(const QStringList &items);

private:
    void move(int by);
    QStringListModel *m_model;
    QListView *m_view;
    bool m_loading = false;
};

} // namespace guardrail
