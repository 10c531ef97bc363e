// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistoryDialog.h"

#include "FigureFormat.h"
#include "store/Database.h"
#include "store/ImportLog.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guardrail {
namespace {
enum Column { Number, When, File, Kind, Source, Counts, Undone, ColumnCount };
}

ImportHistoryDialog::ImportHistoryDialog(Database &db, bool readOnly, QWidget *parent)
    : QDialog(parent), m_db(db), m_readOnly(readOnly)
{
    setWindowTitle(tr("Import history"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("File"), tr("Kind"),
                                        tr("Preset or mapping"), tr("Rows"), tr("Undone")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Imports, newest first"));
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Undo import"),
            tr("Undo import %1 (%2)? The rows it inserted are removed and the rows it changed "
               "are put back as they were.")
                .arg(m_table->item(row, Number)->text(), m_table->item(row, File)->text()));
        if (answer == QMessageBox::Yes)
            QMessageBox::information(this, tr("Undo import"), undoRow(row));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_undo->setEnabled(!m_readOnly && row >= 0 && m_table->item(row, Undone)->text().isEmpty());
    });
    layout->addWidget(buttons);
    reload();
    resize(900, 420);
}

void ImportHistoryDialog::reload()
{
    QList<ImportLog::Entry> entries = ImportLog(m_db).entries();
    std::reverse(entries.begin(), entries.end());
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    const FigureFormat f(QString(), locale);
    for (int i = 0; i < entries.size(); ++i) {
        const ImportLog::Entry &e = entries[i];
        const QDateTime when = QDateTime::fromString(e.importedAt, Qt::ISODate).toLocalTime();
        const QStringList cells = {
            QString::number(e.id),
            f.dateTime(when),
            e.file,
            e.kind,
            e.source,
            tr("%1 inserted, %2 updated, %3 skipped, %4 pruned")
                .arg(locale.toString(e.inserted), locale.toString(e.updated),
                     locale.toString(e.skipped), locale.toString(e.pruned)),
            e.undoneAt.isEmpty()
                ? QString()
                : f.dateTime(QDateTime::fromString(e.undoneAt, Qt::ISODate).toLocalTime())};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_undo->setEnabled(false);
}

QString ImportHistoryDialog::undoRow(int row)
{
    const qint64 id = m_table->item(row, Number)->text().toLongLong();
    QString message;
    try {
        const ImportLog::Undo u = ImportLog(m_db).undo(id);
        if (!u.problem.isEmpty())
            message = u.problem;
        else if (!u.done)
            message = tr("Import %1 cannot be undone: later imports changed the same rows. Undo "
                         "them first:\n%2")
                          .arg(id)
                          .arg(u.blocking.join(QLatin1Char('\n')));
        else
            message = tr("Import %1 undone: %2 rows removed, %3 put back as they were.")
                          .arg(id)
                          .arg(u.removed)
                          .arg(u.restored);
        m_changed = m_changed || u.done;
    } catch (const StoreError &e) {
        message = tr("Import %1 could not be undone: %2").arg(id).arg(e.message());
    }
    reload();
    return message;
}

} // namespace guardrail
