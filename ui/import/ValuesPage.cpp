// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesPage.h"

#include "domain/TextKey.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guardrail {
namespace {

enum Column { ColumnColumn, ValueColumn, RowsColumn, TargetColumn };

// "channel:A=B;C=D" lines back into column -> textKey(source) -> target.
QMap<QString, QHash<QString, QString>> parseSpecs(const QStringList &specs)
{
    QMap<QString, QHash<QString, QString>> out;
    for (const QString &spec : specs) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        for (const QString &pair :
             spec.mid(colon + 1).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
            if (eq > 0)
                out[spec.left(colon)].insert(textKey(pair.left(eq)), pair.mid(eq + 1).trimmed());
        }
    }
    return out;
}

} // namespace

ValuesPage::ValuesPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Channels, segments and owners"));
    setSubTitle(tr("Each value of the file, with its rows. Import it as written, or as one of "
                   "the names you already use (or type a new one); remembered for files with "
                   "the same columns."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Column"), tr("Value in the file"), tr("Rows"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Values of the file"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
}

void ValuesPage::showValues(const QMap<QString, QList<SourceValue>> &values,
                            const QMap<QString, QStringList> &known, const QStringList &remembered)
{
    const auto chosen = parseSpecs(remembered);
    int rows = 0;
    for (const auto &list : values)
        rows += static_cast<int>(list.size());
    m_table->setRowCount(rows);
    int row = 0, unknown = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QHash<QString, bool> isKnown;
        for (const QString &name : known.value(it.key()))
            isKnown.insert(textKey(name), true);
        for (const SourceValue &v : it.value()) {
            m_table->setItem(row, ColumnColumn, new QTableWidgetItem(it.key()));
            m_table->setItem(row, ValueColumn, new QTableWidgetItem(v.value));
            auto *count = new QTableWidgetItem(QLocale().toString(v.rows));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, RowsColumn, count);
            auto *combo = new QComboBox(m_table);
            combo->setEditable(true); // a new name may be typed
            combo->addItem(QString());
            combo->addItems(known.value(it.key()));
            combo->lineEdit()->setPlaceholderText(isKnown.value(textKey(v.value))
                                                      ? tr("as written (known)")
                                                      : tr("as written (new)"));
            combo->setAccessibleName(tr("Import %1 %2 as").arg(it.key(), v.value));
            combo->setCurrentText(chosen.value(it.key()).value(textKey(v.value)));
            m_table->setCellWidget(row, TargetColumn, combo);
            unknown += !isKnown.value(textKey(v.value));
            ++row;
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(unknown > 0 ? tr("%n value(s) of the file are not names you use yet: "
                                        "as written, each becomes a new one.",
                                        nullptr, unknown)
                                   : tr("Every value is a name you already use."));
}

QStringList ValuesPage::valueMaps() const
{
    QMap<QString, QStringList> pairs;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, TargetColumn));
        const QString target = combo ? combo->currentText().trimmed() : QString();
        const QString value = m_table->item(i, ValueColumn)->text();
        if (!target.isEmpty() && target != value)
            pairs[m_table->item(i, ColumnColumn)->text()] << value + QLatin1Char('=') + target;
    }
    QStringList out;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        out << it.key() + QLatin1Char(':') + it.value().join(QLatin1Char(';'));
    return out;
}

void ValuesPage::mapValue(const QString &column, const QString &value, const QString &target)
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, ColumnColumn)->text() == column &&
            textKey(m_table->item(i, ValueColumn)->text()) == textKey(value))
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, TargetColumn)))
                combo->setCurrentText(target);
}

} // namespace guardrail
