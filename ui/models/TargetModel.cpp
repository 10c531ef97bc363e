// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetModel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "metrics/Brief.h"
#include "store/Database.h"
#include "store/TargetTable.h"
#include "store/Transaction.h"

#include <QFont>

#include <algorithm>
#include <cmath>
#include <utility>

namespace guardrail {

TargetModel::TargetModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &TargetModel::reload);
    reload();
}

void TargetModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace.isLoaded()) {
        // The snapshot's targets are the ones the engine summed for the figures on screen.
        for (const TargetRow &t : m_workspace.snapshot().targets)
            m_rows.append(Row{t.month, t.bookings});
        const MonthIndex first = fiscalYearStart(iso::monthOf(m_workspace.metrics().asOf));
        for (MonthIndex m = first; m < first + 12; ++m)
            if (rowOf(m) < 0)
                m_rows.append(Row{m, std::nullopt});
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Row &a, const Row &b) { return a.month < b.month; });
    }
    endResetModel();
}

int TargetModel::rowOf(MonthIndex month) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].month == month)
            return r;
    return -1;
}

MonthIndex TargetModel::fiscalYearStart(MonthIndex month) const
{
    // As Forecast::fiscalQuarter counts: months since the fiscal year's first month.
    const int intoYear =
        ((month % 12) - (m_workspace.settings().fiscalYearStartMonth - 1) + 12) % 12;
    return month - intoYear;
}

bool TargetModel::inQuarter(MonthIndex month) const
{
    const PeriodForecast &q = m_workspace.metrics().forecast.quarter;
    return month >= iso::monthOfDay(q.start) && month <= iso::monthOfDay(q.end);
}

QString TargetModel::monthName(MonthIndex month) const
{
    // As the cohort table and the packs name a month: "Nov 2026".
    return FigureFormat(QString()).month(month);
}

int TargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Month", "Bookings target", ""};
    return tr(names[section]);
}

Qt::ItemFlags TargetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool editable = !m_workspace.isReadOnly() && index.column() == Bookings;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const FigureFormat f(m_workspace.metrics().currency);
    const bool quarter = inQuarter(r.month);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Month:
            return monthName(r.month);
        case Bookings:
            return r.bookings ? f.money(*r.bookings) : FigureFormat::dash();
        case Quarter:
            return quarter ? tr("◀ in this quarter's number") : QString();
        }
    }
    if (role == Qt::EditRole && index.column() == Bookings)
        return r.bookings ? f.locale().toString(*r.bookings, 'f',
                                                *r.bookings == std::round(*r.bookings) ? 0 : 2)
                          : QString();
    if (role == Qt::UserRole && index.column() == Bookings && r.bookings)
        return *r.bookings;
    if (role == Qt::ToolTipRole && index.column() == Bookings)
        return r.bookings ? tr("Won deal value to book in %1 (%2)")
                                .arg(monthName(r.month),
                                     iso::formatMonth(r.month)) // and as the file has it
                          : tr("No bookings target for %1: a quarter with this month has no "
                               "target, attainment or coverage")
                                .arg(iso::formatMonth(r.month));
    if (role == Qt::FontRole && quarter) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Bookings)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

TargetModel::Parsed TargetModel::parse(const QString &typed) const
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    // Typed as shown ("$300,000") or plain; spaces and the currency symbol carry no value.
    text.remove(Brief::currencySymbol(m_workspace.metrics().currency));
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    text.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign the app itself writes
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return {std::nullopt, tr("“%1” is not an amount").arg(typed.trimmed())};
    if (v < 0)
        return {std::nullopt, tr("a bookings target cannot be negative")};
    return {v, {}};
}

bool TargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Bookings ||
        index.row() >= m_rows.size())
        return false;
    const MonthIndex month = m_rows.at(index.row()).month;
    const Parsed typed = parse(value.toString());
    if (!typed.error.isEmpty()) {
        Q_EMIT refused(tr("%1: %2. Nothing was saved.").arg(monthName(month), typed.error));
        return false;
    }
    Database *db = m_workspace.database();
    std::optional<double> before;
    // The store's value, not the row's: an edit may be waiting for its recompute.
    if (!db || !m_workspace.attempt(tr("Reading the bookings target"),
                                    [&] { before = TargetTable(*db).bookingsOf(month); }))
        return false;
    if (before == typed.bookings)
        return false;
    const FigureFormat f(m_workspace.metrics().currency);
    const std::optional<double> after = typed.bookings;
    m_workspace.edit(
        tr("Bookings target %1: %2").arg(monthName(month), after ? f.money(*after) : tr("cleared")),
        [db, month, after] { TargetTable(*db).set(month, after); },
        [db, month, before] { TargetTable(*db).set(month, before); });
    return true;
}

int TargetModel::fillableAfter(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).bookings)
        return 0;
    const MonthIndex from = m_rows.at(row).month, last = fiscalYearStart(from) + 11;
    int changed = 0;
    for (MonthIndex m = from + 1; m <= last; ++m) {
        const int r = rowOf(m);
        changed += r < 0 || m_rows.at(r).bookings != m_rows.at(row).bookings;
    }
    return changed;
}

bool TargetModel::fillRestOfYear(int row)
{
    if (fillableAfter(row) == 0)
        return false;
    Database *db = m_workspace.database();
    const MonthIndex from = m_rows.at(row).month, last = fiscalYearStart(from) + 11;
    const double bookings = *m_rows.at(row).bookings;
    // What each month had in the store, so that the undo puts back exactly that.
    std::vector<std::pair<MonthIndex, std::optional<double>>> before;
    if (!m_workspace.attempt(tr("Reading the bookings targets"), [&] {
            const TargetTable table(*db);
            for (MonthIndex m = from + 1; m <= last; ++m)
                before.emplace_back(m, table.bookingsOf(m));
        }))
        return false;
    const FigureFormat f(m_workspace.metrics().currency);
    // One transaction each way: the fill lands whole or not at all.
    m_workspace.edit(
        tr("Bookings targets %1 to %2: %3 a month")
            .arg(monthName(from + 1), monthName(last), f.money(bookings)),
        [db, before, bookings] {
            Transaction t(db->connection());
            for (const auto &[m, old] : before)
                TargetTable(*db).set(m, bookings);
            t.commit();
        },
        [db, before] {
            Transaction t(db->connection());
            for (const auto &[m, old] : before)
                TargetTable(*db).set(m, old);
            t.commit();
        });
    return true;
}

} // namespace guardrail
