// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentSettingsModel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "store/Database.h"

namespace guardrail {
namespace {
bool isFraction(int column)
{
    return column == SegmentSettingsModel::GrossMargin ||
           column == SegmentSettingsModel::AssumedChurn;
}
} // namespace

SegmentSettingsModel::SegmentSettingsModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &SegmentSettingsModel::reload);
    reload();
}

void SegmentSettingsModel::reload()
{
    beginResetModel();
    m_segments = m_workspace.snapshot().segments;
    endResetModel();
}

QString SegmentSettingsModel::key(const QString &segment, int column)
{
    static const char *const fields[] = {"", "gross_margin", "payback_target_months",
                                         "assumed_arpa", "assumed_annual_churn"};
    return QStringLiteral("segment.%1.%2").arg(segment, QString::fromLatin1(fields[column]));
}

int SegmentSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Segment", "Gross margin", "Payback target (months)",
                                        "Assumed ARPA", "Assumed annual churn"};
    return tr(names[section]);
}

Qt::ItemFlags SegmentSettingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (index.column() == Name || m_workspace.isReadOnly() ? Qt::NoItemFlags
                                                               : Qt::ItemIsEditable);
}

QVariant SegmentSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const QString segment = m_segments.at(index.row());
    if (index.column() == Name)
        return role == Qt::DisplayRole ? QVariant(segment) : QVariant();
    const Settings &s = m_workspace.settings();
    const QString stored = s.value(key(segment, index.column())).value_or(QString());
    const FigureFormat f(s.currency);
    if (role == Qt::EditRole)
        return stored.isEmpty()             ? QString()
               : isFraction(index.column()) ? f.number(stored.toDouble() * 100, 1)
                                            : stored;
    if (role == Qt::DisplayRole) {
        if (!stored.isEmpty())
            return isFraction(index.column())      ? f.percent(stored.toDouble(), 1)
                   : index.column() == AssumedArpa ? f.money(stored.toDouble())
                                                   : stored;
        switch (index.column()) { // the default, in grey words
        case GrossMargin:
            return tr("%1 (default)").arg(f.percent(s.defaultGrossMargin, 0));
        case PaybackTarget:
            return tr("%1 (default)").arg(f.number(s.paybackTargetOf(segment), 0));
        case AssumedArpa:
            return tr("none");
        case AssumedChurn:
            return tr("%1 (default)").arg(f.percent(s.assumedAnnualChurnOf(segment), 0));
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Setting %1; leave empty for the default").arg(key(segment, index.column()));
    return {};
}

bool SegmentSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == Name)
        return false;
    const QString k = key(m_segments.at(index.row()), index.column());
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char('%'));
    text.remove(QLatin1Char(','));
    if (isFraction(index.column()) && !text.isEmpty()) {
        bool ok = false;
        const double percent = text.toDouble(&ok);
        text = ok ? QString::number(percent / 100, 'g', 12) : text;
    }
    Database *db = m_workspace.database();
    QString before;
    if (!m_workspace.attempt(tr("Reading the settings"),
                             [&] { before = db->settingsMap().value(k); }))
        return false;
    if (text == before)
        return false;
    if (!text.isEmpty()) {
        Settings check = m_workspace.settings();
        if (const QString error = check.set(k, text); !error.isEmpty()) {
            Q_EMIT refused(error);
            return false;
        }
    }
    m_workspace.editSetting(tr("Set %1").arg(k), k, text);
    return true;
}

} // namespace guardrail
