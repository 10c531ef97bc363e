// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionModel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "metrics/MetricPath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace guardrail {

DecisionModel::DecisionModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &DecisionModel::reload);
    reload();
}

void DecisionModel::reload()
{
    beginResetModel();
    m_rows = m_workspace.snapshot().decisions;
    endResetModel();
}

QString DecisionModel::formatValue(const QString &path, double value, const QString &currency)
{
    const FigureFormat f(currency);
    if (path.contains(QStringLiteral("rate")) || path.contains(QStringLiteral("pct")) ||
        path.endsWith(QStringLiteral("nrr")) || path.endsWith(QStringLiteral("grr")) ||
        path.contains(QStringLiteral("compliance")))
        return f.percent(value);
    if (isMoney(path))
        return f.money(value);
    return f.number(value);
}

bool DecisionModel::isMoney(const QString &path)
{
    return path.endsWith(QStringLiteral(".cac")) || path.contains(QStringLiteral("deal_size")) ||
           path.contains(QStringLiteral("velocity")) || path.endsWith(QStringLiteral(".ltv"));
}

QString DecisionModel::formatFigures(const QString &json, const QString &currency)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isDouble())
            parts << QStringLiteral("%1 %2").arg(
                MetricPath::label(it.key()),
                formatValue(it.key(), it.value().toDouble(), currency));
    return parts.isEmpty() ? FigureFormat::dash() : parts.join(QStringLiteral("; "));
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Decided",         "Decision", "Type",
                                        "Touches",         "Owner",    "Review on",
                                        "Expected effect", "Actual",   "Status"};
    return tr(names[section]);
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Decision &d = m_rows.at(index.row());
    const Metrics &m = m_workspace.metrics();
    const QLocale locale;
    const auto date = [&locale](const QDate &x) {
        return x.isValid() ? FigureFormat(QString(), locale).date(x) : QString();
    };
    const bool overdue = !d.closed && d.reviewOn.isValid() && d.reviewOn < m.asOf;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Decided:
            return date(d.decidedOn);
        case Summary:
            return d.summary;
        case Type:
            return QString(d.type).replace(QLatin1Char('_'), QLatin1Char(' '));
        case Touches:
            return d.touches;
        case Owner:
            return d.owner;
        case ReviewOn:
            return overdue ? tr("⚑ %1, overdue").arg(date(d.reviewOn)) : date(d.reviewOn);
        case Expected:
            if (d.expectedMetric.isEmpty())
                return FigureFormat::dash();
            return tr("%1 %2 to %3 by %4")
                .arg(MetricPath::label(d.expectedMetric),
                     d.expectedDirection == u"down" ? tr("down") : tr("up"),
                     d.expectedValue ? formatValue(d.expectedMetric, *d.expectedValue, m.currency)
                                     : QStringLiteral("?"),
                     date(d.expectedBy));
        case Actual: {
            if (d.expectedMetric.isEmpty())
                return FigureFormat::dash();
            if (d.expectedBy.isValid() && m.asOf < d.expectedBy)
                return tr("due %1").arg(date(d.expectedBy));
            const auto v = MetricPath::value(m, d.expectedMetric);
            if (!v)
                return FigureFormat::dash();
            QString verdict;
            if (d.expectedValue)
                verdict = (d.expectedDirection == u"down" ? *v <= *d.expectedValue
                                                          : *v >= *d.expectedValue)
                              ? tr(" ✓ met")
                              : tr(" ✗ not met");
            return QString(formatValue(d.expectedMetric, *v, m.currency) + verdict);
        }
        case Status:
            return d.closed ? tr("closed") : tr("open");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Summary)
            return d.rationale.isEmpty() ? QString() : tr("Why: %1").arg(d.rationale);
        if (index.column() == Actual)
            return tr("The figure as of %1 (the as-of date), once the expected date has passed")
                .arg(date(m.asOf));
        if (index.column() == Decided && !d.figuresJson.isEmpty())
            return tr("Figures when decided: %1").arg(formatFigures(d.figuresJson, m.currency));
    }
    return {};
}

} // namespace guardrail
