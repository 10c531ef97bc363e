// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyModel.h"

#include "FigureFormat.h"
#include "Workspace.h"
#include "edit/RowVersion.h"
#include "store/Database.h"
#include "store/EditConflict.h"
#include "store/JourneyTable.h"

#include <QFont>

#include <algorithm>

namespace guardrail {

JourneyModel::JourneyModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::changed, this, &JourneyModel::reload);
}

void JourneyModel::reload()
{
    beginResetModel();
    endResetModel();
}

QStringList JourneyModel::owners()
{
    return {QStringLiteral("Marketing"), QStringLiteral("Sales"),
            QStringLiteral("Customer Success")};
}

const JourneyStage &JourneyModel::stage(int row) const
{
    return m_workspace.snapshot().journey.at(static_cast<size_t>(row));
}

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kStageCount;
}

int JourneyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JourneyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Stage",    "Owner",      "Target to\nnext stage",
                                        "Measured", "Gap",        "Median days\nin stage",
                                        "13 weeks", "Constraint", "Conversion criteria"};
    return tr(names[section]);
}

Qt::ItemFlags JourneyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool editable =
        !m_workspace.isReadOnly() && (index.column() == Owner || index.column() == Criteria ||
                                      (index.column() == Target && index.row() < 4));
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QString JourneyModel::sparkline(int step) const
{
    // Block characters scaled between the series' own low and high: a trend, not a level. The
    // lowest week is the second block, never the empty-looking first, and the range is written
    // beside the bars, so no week reads as zero.
    static const QString bars = QStringLiteral("▂▃▄▅▆▇█");
    const QList<FunnelFigures> &weeks = m_workspace.metrics().weekly;
    double low = 1e300, high = -1e300;
    for (const FunnelFigures &w : weeks)
        if (w.stages[size_t(step)].rate.has()) {
            low = std::min(low, w.stages[size_t(step)].rate.value());
            high = std::max(high, w.stages[size_t(step)].rate.value());
        }
    QString out;
    for (const FunnelFigures &w : weeks) {
        const Figure &r = w.stages[size_t(step)].rate;
        if (!r.has()) {
            out += QLatin1Char(' ');
            continue;
        }
        const double t = high > low ? (r.value() - low) / (high - low) : 0.5;
        out += bars.at(std::clamp(static_cast<int>(t * 6 + 0.5), 0, 6));
    }
    if (low > high)
        return out;
    const FigureFormat f(m_workspace.metrics().currency);
    // One decimal, as the rates beside it: weeks between 7.5% and 8.4% are not "8%–8%".
    const QString lowText = f.percent(low), highText = f.percent(high);
    return lowText != highText ? tr("%1  %2–%3").arg(out, lowText, highText)
                               : tr("%1  %2").arg(out, lowText);
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= kStageCount || !m_workspace.isLoaded())
        return {};
    const int row = index.row();
    const JourneyStage &s = stage(row);
    const Metrics &m = m_workspace.metrics();
    const FigureFormat f(m.currency);
    const bool hasStep = row < 4;
    const StageRate *rate = hasStep ? &m.funnel.stages[size_t(row)] : nullptr;
    const bool constraint = hasStep && m.funnel.constraint == row;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Stage:
            return stageName(row);
        case Owner:
            return s.owner.isEmpty() && role == Qt::DisplayRole ? tr("(no owner)") : s.owner;
        case Target:
            if (!hasStep)
                return QString();
            return role == Qt::EditRole ? f.number(rate->target * 100, 1) : f.percent(rate->target);
        case Measured:
            return hasStep ? f.percent(rate->rate) : QString();
        case Gap:
            return !hasStep          ? QString()
                   : rate->gap.has() ? f.percentPointChange(rate->gap.value())
                                     : FigureFormat::dash();
        case MedianDays:
            return hasStep ? f.number(m.funnel.medianDaysInStage[size_t(row)], 0) : QString();
        case Trend:
            return hasStep ? sparkline(row) : QString();
        case Constraint:
            return constraint ? tr("◀ the constraint") : QString();
        case Criteria:
            return s.conversionCriteria;
        }
    }
    if (role == Qt::ToolTipRole && hasStep) {
        const QString step = tr("%1 → %2").arg(stageName(row), stageName(row + 1));
        switch (index.column()) {
        case Target:
            return tr("Target for %1; setting %2").arg(step, stageTargetKeys().at(row));
        case Measured:
            return rate->rate.has() ? tr("%1 over the funnel window").arg(step)
                                    : rate->rate.reason();
        case MedianDays:
            return m.funnel.medianDaysInStage[size_t(row)].has()
                       ? tr("Median whole days in %1 of the leads that moved on in the funnel "
                            "window")
                             .arg(stageName(row))
                       : m.funnel.medianDaysInStage[size_t(row)].reason();
        case Trend: {
            QStringList weeks;
            for (const FunnelFigures &w : m.weekly)
                weeks << tr("%1 %2").arg(f.date(w.asOf), f.percent(w.stages[size_t(row)].rate));
            return tr("%1 at each of the last 13 Sundays, scaled from its lowest to its highest "
                      "week:\n%2")
                .arg(step, weeks.join(QLatin1Char('\n')));
        }
        }
    }
    if (role == Qt::FontRole && constraint) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Target && index.column() <= MedianDays)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void JourneyModel::saveStage(const JourneyStage &after, const QString &what)
{
    Database *db = m_workspace.database();
    const JourneyStage before = stage(static_cast<int>(after.stage));
    // The version this edit began from; each save moves it on, so undo names the one it wrote.
    auto version = std::make_shared<RowVersion>(
        m_workspace, QStringLiteral("stage:") + stageName(after.stage), before.rowVersion);
    // What undo puts back: the stage as stored just before each save, read then. After "keep
    // mine" over another session's save, that is theirs.
    auto previous = std::make_shared<JourneyStage>(before);
    const auto save = [db, version](const JourneyStage &s) {
        version->wrote(JourneyTable(*db).save(s, version->expected()));
    };
    m_workspace.edit(
        tr("%1: %2").arg(stageName(after.stage), what),
        [db, save, after, previous] {
            *previous = JourneyTable(*db).stage(after.stage);
            save(after);
        },
        [save, previous] { save(*previous); },
        [version](const EditConflict &c) { version->rebase(c.currentVersion()); },
        JourneyTable::describe(after));
}

bool JourneyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    JourneyStage s = stage(index.row());
    const QString text = value.toString().trimmed();
    if (index.column() == Owner) {
        QString owner;
        for (const QString &o : owners())
            if (o.compare(text, Qt::CaseInsensitive) == 0)
                owner = o;
        if (owner.isEmpty() && !text.isEmpty()) {
            Q_EMIT refused(tr("The owner is Marketing, Sales or Customer Success."));
            return false;
        }
        if (owner == s.owner)
            return false;
        s.owner = owner;
        saveStage(s, tr("owner %1").arg(owner.isEmpty() ? tr("cleared") : owner));
        return true;
    }
    if (index.column() == Criteria) {
        if (text == s.conversionCriteria)
            return false;
        s.conversionCriteria = text;
        saveStage(s, tr("conversion criteria"));
        return true;
    }
    if (index.column() == Target && index.row() < 4) {
        bool ok = false;
        const double percent = QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        const QString key = stageTargetKeys().at(index.row());
        Settings check = m_workspace.settings();
        const QString error =
            ok ? check.set(key, QString::number(percent / 100, 'g', 12)) : tr("not a number");
        if (!error.isEmpty()) {
            Q_EMIT refused(tr("Target: %1").arg(error));
            return false;
        }
        m_workspace.editSetting(tr("%1: target %2%").arg(stageName(index.row())).arg(percent), key,
                                QString::number(percent / 100, 'g', 12));
        return true;
    }
    return false;
}

} // namespace guardrail
