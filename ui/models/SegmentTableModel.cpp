// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentTableModel.h"

#include <limits>

namespace guardrail {

SegmentTableModel::SegmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SegmentTableModel::setFigures(const Metrics &metrics)
{
    beginResetModel();
    m_segments = metrics.segments;
    m_format = FigureFormat(metrics.currency);
    endResetModel();
}

Tone SegmentTableModel::bandTone(const Figure &ltvCac)
{
    const auto band = ltvCacBand(ltvCac);
    if (!band)
        return Tone::Neutral;
    switch (*band) {
    case LtvCacBand::LosingMoney:
        return Tone::Bad;
    case LtvCacBand::BelowTarget:
        return Tone::Warning;
    case LtvCacBand::Healthy:
    case LtvCacBand::Exceptional:
        break;
    }
    return Tone::Good;
}

QString SegmentTableModel::bandText(const Figure &ltvCac)
{
    const auto band = ltvCacBand(ltvCac);
    if (!band)
        return FigureFormat::dash();
    switch (*band) {
    case LtvCacBand::LosingMoney:
        return tr("✗ Losing money");
    case LtvCacBand::BelowTarget:
        return tr("● Below target");
    case LtvCacBand::Healthy:
        return tr("✓ Healthy");
    case LtvCacBand::Exceptional:
        return tr("★ Exceptional");
    }
    return {};
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Segment",
                                        "New\ncustomers",
                                        "CAC",
                                        "ARPA",
                                        "Monthly\nchurn",
                                        "Gross\nmargin",
                                        "LTV",
                                        "LTV/\nCAC",
                                        "Band",
                                        "Payback\n(months)",
                                        "Payback target\n(months)"};
    return tr(names[section]);
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const SegmentFigures &s = m_segments.at(index.row());
    const UnitFigures &u = s.unit;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(s, index.column());
    case Qt::ToolTipRole:
        return tooltip(s, index.column());
    case SortRole: {
        const auto v = [](const Figure &f) {
            return f.valueOr(-std::numeric_limits<double>::infinity());
        };
        switch (index.column()) {
        case Name:
            return s.name.toLower();
        case NewCustomers:
            return u.newCustomers;
        case Cac:
            return v(u.cac);
        case Arpa:
            return v(u.arpa);
        case MonthlyChurn:
            return v(u.monthlyChurn);
        case GrossMargin:
            return v(u.grossMargin);
        case Ltv:
            return v(u.ltv);
        case LtvCac:
        case Band:
            return v(u.ltvCac);
        case Payback:
            return v(u.paybackMonths);
        case PaybackTarget:
            return s.paybackTargetMonths;
        }
        return {};
    }
    case kToneRole:
        if (index.column() == LtvCac || index.column() == Band)
            return int(bandTone(s.unit.ltvCac));
        if (index.column() == Payback && s.unit.paybackMonths.has())
            return int(s.unit.paybackMonths.value() > s.paybackTargetMonths ? Tone::Bad
                                                                            : Tone::Good);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name || index.column() == Band
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString SegmentTableModel::text(const SegmentFigures &s, int column) const
{
    const UnitFigures &u = s.unit;
    switch (column) {
    case Name:
        return s.name;
    case NewCustomers:
        return m_format.locale().toString(u.newCustomers);
    case Cac:
        return m_format.money(u.cac);
    case Arpa:
        return m_format.money(u.arpa);
    case MonthlyChurn:
        return m_format.percent(u.monthlyChurn, 2);
    case GrossMargin:
        return m_format.percent(u.grossMargin, 0);
    case Ltv:
        return m_format.money(u.ltv) + (u.fromAssumption ? tr(" (assumed)") : QString());
    case LtvCac:
        return m_format.ratio(u.ltvCac);
    case Band:
        return bandText(u.ltvCac);
    case Payback:
        if (!u.paybackMonths.has())
            return FigureFormat::dash();
        return m_format.number(u.paybackMonths) +
               (u.paybackMonths.value() > s.paybackTargetMonths ? tr(" ✗ over") : tr(" ✓"));
    case PaybackTarget:
        return m_format.number(s.paybackTargetMonths, 0);
    }
    return {};
}

QString SegmentTableModel::tooltip(const SegmentFigures &s, int column) const
{
    const UnitFigures &u = s.unit;
    switch (column) {
    case Cac:
        return FigureFormat::explain(u.cac, tr("CAC = segment cost / new customers = %1 / %2")
                                                .arg(m_format.money(u.cost))
                                                .arg(u.newCustomers));
    case Arpa:
        return FigureFormat::explain(
            u.arpa, tr("Revenue of the segment's customers over the unit window / their "
                       "active customer-months"));
    case MonthlyChurn:
        return FigureFormat::explain(u.monthlyChurn,
                                     tr("Customers lost in the window / customers active the month "
                                        "before"));
    case Ltv:
        return FigureFormat::explain(
            u.ltv,
            tr("LTV = ARPA × gross margin × lifetime = %1 × %2 × %3 months%4")
                .arg(m_format.money(u.arpa), m_format.percent(u.grossMargin, 0),
                     m_format.number(u.lifetimeMonths),
                     u.fromAssumption ? tr("\nNo revenue in the window: assumed ARPA and churn")
                                      : QString()));
    case LtvCac:
    case Band:
        return FigureFormat::explain(
            u.ltvCac, tr("LTV / CAC. Bands: below 1 losing money, 1 to 3 below target, 3 "
                         "to 5 healthy, 5 and up exceptional (may be under-investing)."));
    case Payback:
        return FigureFormat::explain(
            u.paybackMonths,
            tr("CAC / (ARPA × gross margin), against the segment's target of %1 months")
                .arg(m_format.number(s.paybackTargetMonths, 0)));
    }
    return {};
}

} // namespace guardrail
