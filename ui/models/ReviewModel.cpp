// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewModel.h"

#include "metrics/MetricPath.h"

#include "DecisionModel.h"
#include "FigureFormat.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace guardrail {

ReviewModel::ReviewModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &ReviewModel::reload);
    reload();
}

void ReviewModel::reload()
{
    beginResetModel();
    m_rows = m_workspace.snapshot().reviews;
    endResetModel();
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Held", "Kind", "Attendees", "Notes", "Figures seen"};
    return tr(names[section]);
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Review &r = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Held:
        return FigureFormat(QString()).date(r.heldOn);
    case Kind: { // capitalised, as in the review rhythm above it
        QString label = reviewKindLabel(r.kind);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        return label;
    }
    case Attendees:
        return r.attendees;
    case Notes:
        return r.notes;
    case Figures: {
        const QJsonObject o = QJsonDocument::fromJson(r.figuresJson.toUtf8()).object();
        if (o.isEmpty())
            return FigureFormat::dash();
        QStringList parts;
        for (const char *key : {"company.cac", "company.ltv_cac", "kpis.win_rate", "kpis.nrr"})
            if (o.contains(QLatin1String(key)))
                parts << QStringLiteral("%1 %2").arg(
                    MetricPath::label(QString::fromLatin1(key)),
                    DecisionModel::formatValue(QString::fromLatin1(key),
                                               o.value(QLatin1String(key)).toDouble(),
                                               m_workspace.settings().currency));
        return parts.join(QLatin1Char('\n'));
    }
    }
    return {};
}

} // namespace guardrail
