// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossSection.h"

#include "FigureFormat.h"
#include "PdfLayout.h"
#include "models/WinLossModel.h"
#include "widgets/WinRateChart.h"

#include <QPainter>
#include <QStandardItemModel>

namespace guardrail {

void WinLossSection::write(PdfLayout &out, const Metrics &m)
{
    out.newPage();
    out.heading(tr("Win/loss: the gap to the target win rate"));
    out.paragraph(summary(m));
    out.paragraph(tr("Win rate = won ÷ (won + lost) of the opportunities closed in the funnel "
                     "window; it is not the SQL → Customer rate of the conversion table, which "
                     "counts every SQL, open ones included. Gap to target = target win rate − "
                     "win rate; vs company = win rate − the company's. Time to close: days from "
                     "SQL to won."),
                  true);

    using D = WinLossModel::Dimension;
    const QList<QPair<D, QString>> dimensions = {{D::Owner, tr("By owner")},
                                                 {D::Segment, tr("By segment")},
                                                 {D::Channel, tr("By channel")},
                                                 {D::Offer, tr("By offer")},
                                                 {D::IcpMatch, tr("By ICP match")}};
    WinLossModel groups; // the page's table, so the pack reads the same
    groups.setFigures(m.winLoss, m.currency);
    const QFont font = out.font(8);
    for (const auto &[dimension, title] : dimensions) {
        groups.setDimension(dimension);
        if (groups.rowCount() == 0)
            continue;
        const WinRateChart::Content chart = WinRateChart::contentOf(groups);
        const double height = WinRateChart::heightFor(chart, font);
        out.heading(title, height + 70); // the chart, the table's header and its first row
        out.drawing(height, [&](QPainter &p, const QRectF &r) {
            p.setRenderHint(QPainter::Antialiasing);
            WinRateChart::paint(p, r, chart, font, false);
        });
        using W = WinLossModel;
        out.table(groups, {{W::Name, 1.2},
                           {W::Won, 0.5},
                           {W::Lost, 0.5},
                           {W::WinRate, 0.7},
                           {W::GapToTarget, 1.05},
                           {W::VsCompany, 1.05},
                           {W::AvgDealSize, 0.95},
                           {W::TimeToClose, 0.8},
                           {W::TopLostReasons, 2.4}});
    }
    reasons(out, m);
}

QString WinLossSection::summary(const Metrics &m)
{
    const FigureFormat f(m.currency);
    const WinLossFigures &w = m.winLoss;
    int won = 0, lost = 0;
    for (const WinLossFigures::Group &g : w.byChannel) {
        won += g.won;
        lost += g.lost;
    }
    if (!w.companyWinRate.has())
        return tr("No opportunity was won or lost in the funnel window: there is no win rate "
                  "to compare.");
    const QString rate =
        tr("The company won %1 of the %2 opportunities closed in the funnel "
           "window: a win rate of %3")
            .arg(f.number(won, 0), f.number(won + lost, 0), f.percent(w.companyWinRate));
    if (!w.targetWinRate)
        return tr("%1. No target win rate is set (target.win_rate), so no gap is measured.")
            .arg(rate);
    const double gap = *w.targetWinRate - w.companyWinRate.value();
    QString worst;
    double widest = 0;
    for (const WinLossFigures::Group &g : w.byOwner)
        if (g.gapToTarget.has() && g.gapToTarget.value() > widest) {
            widest = g.gapToTarget.value();
            worst = g.name;
        }
    QString text =
        gap > 0 ? tr("%1, %2 under the target of %3.")
                      .arg(rate, f.percentPointChange(gap).mid(1), f.percent(*w.targetWinRate))
                : tr("%1, at or above the target of %2.").arg(rate, f.percent(*w.targetWinRate));
    if (!worst.isEmpty())
        text += QLatin1Char(' ') + tr("The owner furthest under it is %1, %2 short.")
                                       .arg(worst, f.percentPointChange(widest).mid(1));
    if (!w.reasons.isEmpty())
        text += QLatin1Char(' ') +
                tr("The most frequent loss reason is \"%1\" (%2 of lost deals).")
                    .arg(w.reasons.front().reason, f.percent(Figure::of(w.reasons.front().share)));
    return text;
}

void WinLossSection::reasons(PdfLayout &out, const Metrics &m)
{
    out.heading(tr("Lost reasons, company-wide"));
    const FigureFormat f(m.currency);
    if (m.winLoss.reasons.isEmpty()) {
        out.paragraph(tr("No opportunity was lost in the funnel window."));
        return;
    }
    QStandardItemModel table;
    table.setHorizontalHeaderLabels({tr("Reason"), tr("Lost deals"), tr("Share of lost")});
    for (const WinLossFigures::Reason &r : m.winLoss.reasons) {
        QList<QStandardItem *> row = {new QStandardItem(r.reason),
                                      new QStandardItem(f.number(r.count, 0)),
                                      new QStandardItem(f.percent(Figure::of(r.share)))};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table.appendRow(row);
    }
    out.table(table, {{0, 3}, {1, 1}, {2, 1}});
}

} // namespace guardrail
