// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomePage.h"

#include "domain/TextKey.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guardrail {
namespace {

enum Column { LabelColumn, RowsColumn, ReadAsColumn, AssignColumn };

const QStringList kChoices = {QString(), QStringLiteral("won"), QStringLiteral("lost"),
                              QStringLiteral("open"), QStringLiteral("skip")};

// The combo index of an outcome word ("" = as read).
int choiceIndex(const QString &outcome)
{
    return std::max(0, static_cast<int>(kChoices.indexOf(outcome)));
}

QString readAs(const StageLabel &l)
{
    QStringList parts;
    for (const auto &[count, word] :
         {std::pair{l.won, QObject::tr("won")}, std::pair{l.lost, QObject::tr("lost")},
          std::pair{l.open, QObject::tr("open")}, std::pair{l.skipped, QObject::tr("skipped")}})
        if (count > 0)
            parts << (count == l.rows ? word : QStringLiteral("%1 %2").arg(word).arg(count));
    QString text = parts.join(QStringLiteral(", "));
    if (l.unrecognised > 0)
        text += QObject::tr(" (not recognised)");
    return text;
}

// "LABEL=won;..." back into label keys and outcomes; a label may hold '='.
QHash<QString, QString> parseMap(const QString &map)
{
    QHash<QString, QString> out;
    for (const QString &pair : map.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(textKey(pair.left(eq)), pair.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

OutcomePage::OutcomePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Won, lost or open"));
    setSubTitle(tr("Each stage label of the file, with what Guardrail reads it as. Reassign the "
                   "labels your CRM names its own way; the choice is remembered for files with "
                   "the same columns."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Stage label"), tr("Rows"), tr("Read as"), tr("Count it as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Stage labels"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
}

void OutcomePage::showLabels(const QList<StageLabel> &labels, const QString &remembered)
{
    const QHash<QString, QString> chosen = parseMap(remembered);
    m_table->setRowCount(static_cast<int>(labels.size()));
    qint64 unrecognised = 0, rows = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const StageLabel &l = labels[i];
        unrecognised += l.unrecognised;
        rows += l.rows;
        m_table->setItem(i, LabelColumn, new QTableWidgetItem(l.label));
        auto *count = new QTableWidgetItem(QLocale().toString(l.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, RowsColumn, count);
        auto *read = new QTableWidgetItem(readAs(l));
        if (l.unrecognised > 0) { // the ones to look at
            QFont bold = read->font();
            bold.setBold(true);
            read->setFont(bold);
        }
        m_table->setItem(i, ReadAsColumn, read);
        auto *combo = new QComboBox(m_table);
        combo->addItems({tr("as read"), tr("won"), tr("lost"), tr("open"),
                         tr("skip (not "
                            "imported)")});
        combo->setAccessibleName(tr("Count %1 as").arg(l.label));
        combo->setCurrentIndex(choiceIndex(chosen.value(textKey(l.label))));
        m_table->setCellWidget(i, AssignColumn, combo);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        unrecognised > 0
            ? tr("%1 of %2 rows carry a label Guardrail does not recognise: they are read as "
                 "open until you say otherwise.")
                  .arg(QLocale().toString(unrecognised), QLocale().toString(rows))
            : tr("Every label is recognised. Reassign one only if your CRM means something "
                 "else by it."));
}

QString OutcomePage::outcomeMap() const
{
    QStringList pairs;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, AssignColumn));
        if (combo && combo->currentIndex() > 0)
            pairs << m_table->item(i, LabelColumn)->text() + QLatin1Char('=') +
                         kChoices.at(combo->currentIndex());
    }
    return pairs.join(QLatin1Char(';'));
}

void OutcomePage::assign(const QString &label, const QString &outcome)
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (textKey(m_table->item(i, LabelColumn)->text()) == textKey(label))
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, AssignColumn)))
                combo->setCurrentIndex(choiceIndex(outcome));
}

} // namespace guardrail
