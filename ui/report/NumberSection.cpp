// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberSection.h"

#include "FigureFormat.h"
#include "NumberText.h"
#include "PdfLayout.h"
#include "metrics/Brief.h"
#include "models/SlippedDealsModel.h"
#include "widgets/BulletBar.h"

#include <QPainter>
#include <QStandardItemModel>

namespace guardrail {

void NumberSection::write(PdfLayout &out, const Snapshot &snapshot, const Settings &settings,
                          const Metrics &m, const QHash<qint64, QString> &crmIds)
{
    const FigureFormat f(m.currency);
    const PeriodForecast &q = m.forecast.quarter;
    out.heading(tr("The number"));
    out.paragraph(Brief::numberSentence(m));

    // The dashboard's bars, in print colours: the quarter, then its coverage.
    const QFont font = out.font(8);
    const double bar = BulletBar::heightFor(font), gap = 6;
    const BulletBar::Spec quarter = BulletBar::forPeriod(q, f);
    const BulletBar::Spec coverage = BulletBar::forCoverage(q, settings.coverageTarget, f);
    out.drawing(2 * bar + gap, [&](QPainter &p, const QRectF &r) {
        p.setRenderHint(QPainter::Antialiasing);
        BulletBar::paint(p, QRectF(r.left(), r.top(), r.width(), bar), quarter, font, false);
        BulletBar::paint(p, QRectF(r.left(), r.top() + bar + gap, r.width(), bar), coverage, font,
                         false);
    });
    periods(out, settings, m);
    out.paragraph(NumberText::hygiene(m.forecast, f), true);

    if (m.forecast.slippedCount == 0)
        return;
    out.heading(tr("Slipped deals, by owner and expected close date"));
    SlippedDealsModel slipped; // the dashboard's table, so the pack reads the same
    slipped.setDeals(snapshot, m, crmIds);
    using S = SlippedDealsModel;
    out.table(slipped, {{S::Owner, 1.6},
                        {S::CrmId, 1.3},
                        {S::Channel, 1.2},
                        {S::Amount, 1},
                        {S::ExpectedClose, 1.1},
                        {S::DaysSlipped, 0.9}});
}

void NumberSection::periods(PdfLayout &out, const Settings &settings, const Metrics &m)
{
    // One row per figure, the quarter and the month side by side: read down, not across.
    const FigureFormat f(m.currency);
    const PeriodForecast &q = m.forecast.quarter, &mo = m.forecast.month;
    QStandardItemModel table;
    table.setHorizontalHeaderLabels(
        {QString(), NumberText::quarterName(q, f.locale()), NumberText::monthName(mo, f.locale())});
    const auto add = [&table](const QString &name, const QString &quarter, const QString &month) {
        QList<QStandardItem *> row = {new QStandardItem(name), new QStandardItem(quarter),
                                      new QStandardItem(month)};
        row[0]->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table.appendRow(row);
    };
    const auto withStatus = [](const QString &figure, const QString &status) {
        return status.isEmpty() ? figure : figure + QStringLiteral("  ") + status;
    };
    add(tr("Booked"), f.money(q.bookings), f.money(mo.bookings));
    add(tr("Target"), f.money(q.target), f.money(mo.target));
    add(tr("Attainment"), f.percent(q.attainment), f.percent(mo.attainment));
    add(tr("Forecast"), f.money(q.forecast), f.money(mo.forecast));
    add(tr("Forecast attainment"),
        withStatus(f.percent(q.forecastAttainment), NumberText::forecastStatus(q)),
        withStatus(f.percent(mo.forecastAttainment), NumberText::forecastStatus(mo)));
    add(tr("Pipeline due by the period's end"),
        tr("%1 (%2 deals)").arg(f.money(q.pipelineDue)).arg(q.dueCount),
        tr("%1 (%2 deals)").arg(f.money(mo.pipelineDue)).arg(mo.dueCount));
    add(tr("Coverage of the rest (wanted %1)").arg(f.ratio(Figure::of(settings.coverageTarget))),
        withStatus(f.ratio(q.coverage), NumberText::coverageStatus(q)),
        withStatus(f.ratio(mo.coverage), NumberText::coverageStatus(mo)));
    add(tr("Run rate"), f.money(q.runRate), f.money(mo.runRate));
    out.table(table, {{0, 1.5}, {1, 1.25}, {2, 1.25}});
}

} // namespace guardrail
