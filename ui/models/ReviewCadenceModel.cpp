// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCadenceModel.h"

#include "FigureFormat.h"
#include "Tone.h"

namespace guardrail {

ReviewCadenceModel::ReviewCadenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewCadenceModel::setCadence(const QList<CadenceStatus> &cadence, const QDate &asOf)
{
    beginResetModel();
    m_rows = cadence;
    m_asOf = asOf;
    endResetModel();
}

int ReviewCadenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewCadenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCadenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Review", "Every", "Last held", "Next due", "Status"};
    return tr(names[section]);
}

QString ReviewCadenceModel::statusText(const CadenceStatus &c, const QDate &asOf)
{
    const qint64 days = asOf.daysTo(c.nextDue);
    const QString never = c.lastHeld ? QString() : tr("never held, ");
    const auto count = [](qint64 n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); };
    if (c.overdue)
        return tr("✗ %1overdue by %2").arg(never, count(-days));
    if (days == 0)
        return tr("● %1due today").arg(never);
    return tr("✓ %1due in %2").arg(never, count(days));
}

QVariant ReviewCadenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CadenceStatus &c = m_rows.at(index.row());
    const FigureFormat f{QString()};
    if (role == kToneRole && index.column() == Status)
        return int(c.overdue ? Tone::Bad : m_asOf == c.nextDue ? Tone::Warning : Tone::Good);
    if (role == Qt::ToolTipRole && index.column() == Cadence)
        return reviewKindAgenda(c.kind);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Cadence: {
        QString label = reviewKindLabel(c.kind);
        label[0] = label[0].toUpper();
        return label;
    }
    case Every: {
        const int months = reviewPeriodMonths(c.kind);
        return months == 0    ? tr("week")
               : months == 1  ? tr("month")
               : months == 12 ? tr("year")
                              : tr("%1 months").arg(months);
    }
    case LastHeld:
        return c.lastHeld ? f.date(*c.lastHeld) : tr("never");
    case NextDue:
        return f.date(c.nextDue);
    case Status:
        return statusText(c, m_asOf);
    }
    return {};
}

} // namespace guardrail
