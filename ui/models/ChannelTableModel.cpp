// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelTableModel.h"

#include "Tone.h"

#include <algorithm>
#include <limits>

namespace guardrail {

ChannelTableModel::ChannelTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelTableModel::setFigures(const Metrics &metrics, const Settings &settings)
{
    beginResetModel();
    m_metrics = metrics;
    m_settings = settings;
    m_format = FigureFormat(metrics.currency);
    m_rows.clear();
    for (const ChannelFigures &c : std::as_const(m_metrics.channels))
        m_rows << &c;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const ChannelFigures *a, const ChannelFigures *b) {
                         return a->cacPctGp.valueOr(-1) > b->cacPctGp.valueOr(-1);
                     });
    endResetModel();
}

QString ChannelTableModel::statusText(GuardrailStatus status)
{
    // A symbol and a word, so the status never rests on colour alone.
    switch (status) {
    case GuardrailStatus::Breach:
        return tr("✗ Breach");
    case GuardrailStatus::Near:
        return tr("● Near the line");
    case GuardrailStatus::Inside:
        return tr("✓ Inside");
    case GuardrailStatus::NoCustomers:
        return tr("○ No customers");
    case GuardrailStatus::NoData:
        return tr("○ No data");
    case GuardrailStatus::NoLtv:
        return tr("○ No LTV");
    }
    return {};
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Two lines where a name is long, so a wide table needs no cut-off headers.
    static const char *const names[] = {"Channel",
                                        "Status",
                                        "New\ncustomers",
                                        "Cost",
                                        "CAC",
                                        "GP per\ncustomer",
                                        "CAC %\nof GP",
                                        "Guard-\nrail",
                                        "Headroom",
                                        "Months\nin breach",
                                        "Max\nCAC",
                                        "Max monthly\nspend",
                                        "Monthly\nspend",
                                        "LTV",
                                        "LTV/\nCAC",
                                        "Payback\n(months)"};
    return tr(names[section]);
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChannelFigures &c = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(c, index.column());
    case Qt::ToolTipRole:
        return tooltip(c, index.column());
    case SortRole:
        return sortKey(c, index.column());
    case kToneRole:
        return tone(c, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= NewCustomers ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChannelTableModel::tone(const ChannelFigures &c, int column) const
{
    switch (column) {
    case Status:
    case CacPctGp:
    case Headroom:
    case MonthsInBreach:
        return int(toneOf(c.status));
    case MonthlySpend: // spending more a month than its unit economics sustain
        if (!c.maxMonthlySpend.has())
            return {};
        return int(c.monthlySpend > c.maxMonthlySpend.value() ? Tone::Bad : Tone::Good);
    default: // LTV/CAC is judged by the guardrail here, not by the segments' bands

        return {};
    }
}

QString ChannelTableModel::text(const ChannelFigures &c, int column) const
{
    switch (column) {
    case Name:
        return c.paused ? tr("%1 (paused)").arg(c.name) : c.name;
    case Status:
        return statusText(c.status);
    case NewCustomers:
        return m_format.locale().toString(c.unit.newCustomers);
    case Cost:
        return m_format.money(c.unit.cost);
    case Cac:
        return m_format.money(c.unit.cac);
    case GpPerCustomer:
        return m_format.money(c.gpPerCustomer);
    case CacPctGp:
        return m_format.percent(c.cacPctGp);
    case GuardrailPct:
        return m_format.percent(m_settings.guardrailPct, 0);
    case Headroom:
        return m_format.money(c.headroom);
    case MonthsInBreach: {
        if (c.status != GuardrailStatus::Breach)
            return QStringLiteral("0");
        const QString months =
            c.monthsInBreach >= 36 ? tr("36+") : QString::number(c.monthsInBreach);
        // In full in the tooltip and the brief; short here, so the table fits 1280 pixels.
        return c.breachReachesDataStart ? tr("%1, since data start").arg(months) : months;
    }
    case MaxCac:
        return m_format.money(c.maxCac);
    case MaxMonthlySpend:
        return m_format.money(c.maxMonthlySpend);
    case MonthlySpend:
        return m_format.money(c.monthlySpend);
    case Ltv:
        return m_format.money(c.unit.ltv);
    case LtvCac:
        return m_format.ratio(c.unit.ltvCac);
    case Payback:
        return m_format.number(c.unit.paybackMonths);
    }
    return {};
}

QString ChannelTableModel::tooltip(const ChannelFigures &c, int column) const
{
    const QString basis = m_settings.guardrailBasis == GuardrailBasis::Lifetime
                              ? tr("LTV = ARPA × gross margin × lifetime")
                              : tr("ARPA × gross margin × min(12, lifetime)");
    switch (column) {
    case Status:
        return tr("Breach above %1 of GP per customer; near from %2 of that line.")
            .arg(m_format.percent(m_settings.guardrailPct, 0),
                 m_format.percent(m_settings.nearLineFraction, 0));
    case NewCustomers:
        return tr("Leads of %1 won in the unit window, %2.")
            .arg(c.name, m_format.monthRange(m_metrics.unitStart, m_metrics.unitEnd));
    case Cost:
        return tr("Fully loaded: the channel's spend plus its share of shared spend, in the CAC "
                  "categories, over the unit window.");
    case Cac:
        return FigureFormat::explain(c.unit.cac, tr("CAC = cost / new customers = %1 / %2")
                                                     .arg(m_format.money(c.unit.cost))
                                                     .arg(c.unit.newCustomers));
    case GpPerCustomer:
        return FigureFormat::explain(c.gpPerCustomer,
                                     tr("Gross profit per customer = %1 = %2 × %3 × %4 months")
                                         .arg(basis, m_format.money(c.unit.arpa),
                                              m_format.percent(c.unit.grossMargin, 0),
                                              m_format.number(c.unit.lifetimeMonths)));
    case CacPctGp:
        return FigureFormat::explain(
            c.cacPctGp, tr("CAC / GP per customer = %1 / %2")
                            .arg(m_format.money(c.unit.cac), m_format.money(c.gpPerCustomer)));
    case GuardrailPct:
        return tr("The guardrail_pct setting. On the lifetime basis, inside the guardrail means "
                  "LTV/CAC of at least 1 / %1 = %2.")
            .arg(m_format.percent(m_settings.guardrailPct, 0),
                 m_format.number(1 / m_settings.guardrailPct));
    case Headroom:
        return FigureFormat::explain(
            c.headroom, tr("Max CAC − CAC = %1 − %2 (negative in breach)")
                            .arg(m_format.money(c.maxCac), m_format.money(c.unit.cac)));
    case MonthsInBreach:
        return c.breachReachesDataStart
                   ? tr("Consecutive month-end unit windows in breach, up to this one (at most "
                        "36); the oldest starts before the data does, so the breach is as old as "
                        "the data.")
                   : tr("Consecutive month-end unit windows, up to this one, in breach (at most "
                        "36).");
    case MaxCac:
        return FigureFormat::explain(c.maxCac,
                                     tr("Guardrail × GP per customer = %1 × %2")
                                         .arg(m_format.percent(m_settings.guardrailPct, 0),
                                              m_format.money(c.gpPerCustomer)));
    case MaxMonthlySpend:
        return FigureFormat::explain(c.maxMonthlySpend,
                                     tr("Max CAC × new customers / %1 months = %2 × %3 / %1")
                                         .arg(m_settings.unitWindowMonths)
                                         .arg(m_format.money(c.maxCac))
                                         .arg(c.unit.newCustomers));
    case MonthlySpend:
        return tr("Cost in the unit window ÷ its months = %1 / %2 — what the channel "
                  "spends a month now, beside what its unit economics sustain")
            .arg(m_format.money(c.unit.cost))
            .arg(m_settings.unitWindowMonths);
    case Ltv:
        return FigureFormat::explain(
            c.unit.ltv,
            tr("LTV = ARPA × gross margin × lifetime = %1 × %2 × %3 months")
                .arg(m_format.money(c.unit.arpa), m_format.percent(c.unit.grossMargin, 0),
                     m_format.number(c.unit.lifetimeMonths)));
    case LtvCac:
        return FigureFormat::explain(
            c.unit.ltvCac,
            tr("LTV / CAC = %1 / %2").arg(m_format.money(c.unit.ltv), m_format.money(c.unit.cac)));
    case Payback:
        return FigureFormat::explain(
            c.unit.paybackMonths, tr("CAC / (ARPA × gross margin) = %1 / (%2 × %3)")
                                      .arg(m_format.money(c.unit.cac), m_format.money(c.unit.arpa),
                                           m_format.percent(c.unit.grossMargin, 0)));
    }
    return {};
}

QVariant ChannelTableModel::sortKey(const ChannelFigures &c, int column) const
{
    const auto v = [](const Figure &f) {
        return f.valueOr(-std::numeric_limits<double>::infinity());
    };
    switch (column) {
    case Name:
        return c.name.toLower();
    case Status:
    case CacPctGp:
        return v(c.cacPctGp);
    case NewCustomers:
        return c.unit.newCustomers;
    case Cost:
        return c.unit.cost;
    case Cac:
        return v(c.unit.cac);
    case GpPerCustomer:
        return v(c.gpPerCustomer);
    case GuardrailPct:
        return m_settings.guardrailPct;
    case Headroom:
        return v(c.headroom);
    case MonthsInBreach:
        return c.status == GuardrailStatus::Breach ? c.monthsInBreach : 0;
    case MaxCac:
        return v(c.maxCac);
    case MaxMonthlySpend:
        return v(c.maxMonthlySpend);
    case MonthlySpend:
        return c.monthlySpend;
    case Ltv:
        return v(c.unit.ltv);
    case LtvCac:
        return v(c.unit.ltvCac);
    case Payback:
        return v(c.unit.paybackMonths);
    }
    return {};
}

} // namespace guardrail
