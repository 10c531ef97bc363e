// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortModel.h"

#include "Appearance.h"

#include "FigureFormat.h"

#include <QColor>
#include <QLocale>

namespace guardrail {

CohortModel::CohortModel(QObject *parent) : QAbstractTableModel(parent) {}

void CohortModel::setCohorts(const QList<CohortRetention::Cohort> &cohorts, const QString &currency)
{
    beginResetModel();
    m_cohorts = cohorts;
    m_currency = currency;
    m_range = range();
    endResetModel();
}

void CohortModel::setMeasure(Measure measure)
{
    beginResetModel();
    m_measure = measure;
    m_range = range();
    endResetModel();
}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    // Won in, customers, then month 0 .. the longest span.
    qsizetype span = 0;
    for (const auto &c : m_cohorts)
        span = std::max(span, c.logo.size());
    return parent.isValid() ? 0 : static_cast<int>(span) + 2;
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Won in");
    if (section == 1)
        return tr("Customers");
    return tr("M%1").arg(section - 2);
}

std::pair<double, double> CohortModel::range() const
{
    double lo = 1, hi = 0;
    for (const CohortRetention::Cohort &c : m_cohorts)
        for (const Figure &f : m_measure == Measure::Logo ? c.logo : c.revenue)
            if (f.has()) {
                lo = std::min(lo, f.value());
                hi = std::max(hi, f.value());
            }
    return {lo, hi};
}

QColor CohortModel::shadeOf(double value) const
{
    // Scaled to the table's own range, so 79% and 100% look different: deep blue for the
    // lowest retention (where the eye should go), near white for the highest. The number is
    // always printed, in black on every shade.
    const auto [lo, hi] = m_range;
    const double t = hi > lo ? std::clamp((hi - value) / (hi - lo), 0.0, 1.0) : 0.0;
    if (Appearance::isDark()) // from the dark base up to a clear blue, under white text
        return QColor::fromHsvF(0.58f, static_cast<float>(0.25 + 0.5 * t),
                                static_cast<float>(0.22 + 0.38 * t));
    return QColor::fromHsvF(0.58f, static_cast<float>(0.05 + 0.55 * t),
                            static_cast<float>(1.0 - 0.12 * t));
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cohorts.size())
        return {};
    const auto &c = m_cohorts.at(index.row());
    const int k = index.column() - 2;
    const QList<Figure> &values = m_measure == Measure::Logo ? c.logo : c.revenue;
    const FigureFormat format(m_currency);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == 0)
            return format.month(c.month);
        if (index.column() == 1)
            return c.customers;
        if (k >= values.size())
            return QString();
        return format.percent(values[k], 0);
    case Qt::ToolTipRole: {
        if (k < 0 || k >= values.size())
            return {};
        const QString later = k == 1 ? tr("1 month") : tr("%1 months").arg(k);
        const QString formula = m_measure == Measure::Logo
                                    ? tr("Customers won in %1 still paying %2 later / %3 won")
                                          .arg(format.month(c.month), later)
                                          .arg(c.customers)
                                    : tr("Their revenue %1 later / what they first paid (%2)")
                                          .arg(later, format.money(c.startMrr));
        return FigureFormat::explain(values[k], formula);
    }
    case Qt::BackgroundRole:
        if (k >= 0 && k < values.size() && values[k].has())
            return shadeOf(values[k].value());
        return {};
    case Qt::ForegroundRole:
        if (k >= 0 && k < values.size() && values[k].has())
            return QColor(Appearance::isDark() ? Qt::white : Qt::black); // on either shade
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace guardrail
