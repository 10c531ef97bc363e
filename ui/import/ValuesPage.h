// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"

#include <QMap>
#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace guardrail {

/**
 * The import wizard's value step: each distinct channel, segment and owner of the file with
 * its row count, importable as written or onto a name the company already uses (or a new one
 * typed in). The choices become --map-values and are remembered per file layout.
 */
class ValuesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ValuesPage(QWidget *parent = nullptr);

    /** values: a dry run's tally; known: the stored names per column; remembered: specs. */
    void showValues(const QMap<QString, QList<SourceValue>> &values,
                    const QMap<QString, QStringList> &known, const QStringList &remembered);
    /** One `COLUMN:SOURCE=TARGET;...` per column with a value mapped, for ImportOptions. */
    QStringList valueMaps() const;
    /** Maps one value (tests); an empty target keeps it as written. */
    void mapValue(const QString &column, const QString &value, const QString &target);

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace guardrail
