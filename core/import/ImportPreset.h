// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guardrail {

class ColumnMapping;

/**
 * A named mapping for a CRM's own export: which of its columns fill which target (with the
 * names the CRM has used over the years as alternatives), its date layout, and whether the
 * file ends with a report footer (Salesforce appends totals and a copyright notice).
 */
struct ImportPreset
{
    struct Column
    {
        QString target;
        QStringList sources; // the first one the header has is used
        bool required = false;
    };

    QString name;
    ImportKind kind = ImportKind::Leads;
    QString summary;
    QList<Column> columns;
    QString dateFormat; // empty: ISO 8601 (always read, whatever the layout)
    bool reportFooter = false;
    QStringList defaultOpenStages; // the CRM's documented open stages, labels and ids
    QString outcomeMap;            // read before the user's --outcome-map ("deleted=skip")
    // The CRM's own converted amount columns: when the file's amount is one of them, it is in
    // the company currency and the currency column is not read.
    QStringList convertedAmounts;

    void applyTo(ColumnMapping &mapping) const;

    static const QList<ImportPreset> &all();
    static std::optional<ImportPreset> find(const QString &name);
    static QStringList names();
    /** True for a report's footer line: "Grand Totals (12 records)", "Copyright (c) ...". */
    static bool isFooterText(const QString &firstCell);
};

} // namespace guardrail
