// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace guardrail {

class Database;

/**
 * File > Import history: every import with its file, kind, source and counts, newest first;
 * Undo import puts back what the selected one changed, or says which later import is in the way.
 */
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /** readOnly: the file cannot be written, so the history is shown without Undo. */
    explicit ImportHistoryDialog(Database &db, bool readOnly = false, QWidget *parent = nullptr);

    /** True once an import was undone: the figures need a recompute. */
    bool changed() const { return m_changed; }
    /** Undoes the import in that row of the table (tests); returns the message shown. */
    QString undoRow(int row);

private:
    void reload();

    Database &m_db;
    bool m_readOnly;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_changed = false;
};

} // namespace guardrail
