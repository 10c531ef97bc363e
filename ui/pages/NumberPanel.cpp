// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberPanel.h"

#include "FigureFormat.h"
#include "NumberText.h"
#include "models/SlippedDealsModel.h"
#include "widgets/BulletBar.h"
#include "widgets/FigureTable.h"
#include "widgets/KpiTile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guardrail {
namespace {
QLabel *smallLabel(QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setBold(bold);
    label->setFont(f);
    return label;
}
} // namespace

NumberPanel::NumberPanel(QWidget *parent)
    : QWidget(parent), m_period(smallLabel(this)),
      m_quarterBar(new BulletBar(tr("The quarter's bookings, forecast and target"), this)),
      m_coverageBar(new BulletBar(tr("The quarter's coverage against the wanted coverage"), this)),
      m_monthBar(new BulletBar(tr("The month's bookings, forecast and target"), this)),
      m_monthName(smallLabel(this, true)), m_month(smallLabel(this)), m_hygiene(new QLabel(this)),
      m_slippedHeading(new QLabel(this)), m_showAll(new QPushButton(this)),
      m_slipped(new SlippedDealsModel(this)),
      m_slippedTable(new FigureTable(tr("Slipped deals"), this))
{
    setAccessibleName(tr("The number"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_period);

    // The four figures first, as the leading indicators below; the bars across the full width,
    // so that their legends are never cut short.
    auto *tiles = new QHBoxLayout;
    for (const QString &name :
         {tr("Booked this quarter"), tr("Quarter target"), tr("Forecast"), tr("Coverage")}) {
        auto *tile = new KpiTile(name, this);
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    layout->addLayout(tiles);
    layout->addLayout(barRows());

    addSlippedList(layout);
    connect(m_showAll, &QPushButton::toggled, this, &NumberPanel::showSlipped);
}

QGridLayout *NumberPanel::barRows()
{
    auto *bars = new QGridLayout;
    bars->setHorizontalSpacing(10);
    bars->setVerticalSpacing(8);
    const auto barRow = [&](int row, QLabel *name, BulletBar *bar) {
        bars->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        bars->addWidget(bar, row, 1);
    };
    QLabel *quarterName = smallLabel(this, true), *coverageName = smallLabel(this, true);
    quarterName->setText(tr("Quarter"));
    coverageName->setText(tr("Coverage"));
    barRow(0, quarterName, m_quarterBar);
    barRow(1, coverageName, m_coverageBar);
    barRow(2, m_monthName, m_monthBar);
    bars->addWidget(m_month, 3, 1);
    bars->setColumnStretch(1, 1);
    return bars;
}

void NumberPanel::addSlippedList(QVBoxLayout *layout)
{
    m_hygiene->setWordWrap(true);
    m_hygiene->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hygiene->setAccessibleName(tr("Pipeline hygiene"));
    layout->addWidget(m_hygiene);
    auto *slippedBar = new QHBoxLayout;
    m_slippedHeading->setWordWrap(true);
    slippedBar->addWidget(m_slippedHeading, 1);
    m_showAll->setCheckable(true);
    slippedBar->addWidget(m_showAll);
    layout->addLayout(slippedBar);
    m_slipped->setRowLimit(kShortList);
    using S = SlippedDealsModel;
    // The model's order (owner, then expected date) is the list's point: not sortable.
    m_slippedTable->setFigureModel(
        m_slipped, {S::Owner, S::CrmId, S::Channel, S::Amount, S::ExpectedClose, S::DaysSlipped},
        false);
    layout->addWidget(m_slippedTable);
}

QString NumberPanel::hygieneText() const
{
    return m_hygiene->text();
}

void NumberPanel::setFigures(const Snapshot &snapshot, const Settings &settings, const Metrics &m,
                             const QHash<qint64, QString> &crmIds)
{
    const FigureFormat f(m.currency);
    const ForecastFigures &fc = m.forecast;
    const PeriodForecast &q = fc.quarter;
    const EpochDay asOf = iso::fromDate(m.asOf);
    m_period->setText(tr("%1: day %2 of %3. Coverage wanted: %4 (set in Settings).")
                          .arg(NumberText::quarterName(q, f.locale()))
                          .arg(asOf - q.start + 1)
                          .arg(q.end - q.start + 1)
                          .arg(f.ratio(Figure::of(settings.coverageTarget))));
    setTiles(q, settings, f);
    m_quarterBar->setSpec(BulletBar::forPeriod(q, f));
    m_coverageBar->setSpec(BulletBar::forCoverage(q, settings.coverageTarget, f));
    setMonth(fc.month, f);
    m_hygiene->setText(NumberText::hygiene(fc, f));

    m_slipped->setDeals(snapshot, m, crmIds);
    const bool any = fc.slippedCount > 0;
    m_slippedTable->setVisible(any);
    m_showAll->setVisible(m_slipped->dealCount() > kShortList);
    m_slippedHeading->setVisible(any);
    showSlipped(m_showAll->isChecked());
}

void NumberPanel::setTiles(const PeriodForecast &q, const Settings &settings, const FigureFormat &f)
{
    const QString forecastStatus = NumberText::forecastStatus(q);
    const QString coverageStatus = NumberText::coverageStatus(q);
    m_tiles[0]->setValue(
        f.money(q.bookings), tr("%1 of target").arg(f.percent(q.attainment)),
        FigureFormat::explain(q.attainment,
                              tr("Σ amount of the deals won from the quarter's first day to the "
                                 "as-of date. Attainment = bookings / target.")));
    m_tiles[1]->setValue(
        f.money(q.target),
        q.remaining.has() ? tr("%1 to go").arg(f.money(q.remaining)) : q.target.reason(),
        FigureFormat::explain(q.target, tr("Σ the bookings targets of the quarter's months.")));
    QString forecastNote = tr("%1 of target").arg(f.percent(q.forecastAttainment));
    if (!forecastStatus.isEmpty())
        forecastNote += QStringLiteral(" · ") + forecastStatus;
    m_tiles[2]->setValue(
        f.money(q.forecast), forecastNote,
        FigureFormat::explain(q.forecast, tr("Bookings + each channel's win rate × its pipeline "
                                             "due by the quarter's end (%1 deals, %2).")
                                              .arg(q.dueCount)
                                              .arg(f.money(q.pipelineDue))));
    QString coverageNote = tr("wanted %1").arg(f.ratio(Figure::of(settings.coverageTarget)));
    if (!coverageStatus.isEmpty())
        coverageNote += QStringLiteral(" · ") + coverageStatus;
    m_tiles[3]->setValue(
        f.ratio(q.coverage), coverageNote,
        FigureFormat::explain(q.coverage,
                              tr("Pipeline due by the quarter's end / the rest of the target = "
                                 "%1 / %2.")
                                  .arg(f.money(q.pipelineDue), f.money(q.remaining))));
}

void NumberPanel::setMonth(const PeriodForecast &month, const FigureFormat &f)
{
    m_monthName->setText(NumberText::monthName(month, f.locale()));
    m_monthBar->setSpec(BulletBar::forPeriod(month, f));
    QStringList said;
    said << (month.coverage.has()
                 ? tr("Month coverage %1 (%2)")
                       .arg(f.ratio(month.coverage), NumberText::coverageStatus(month))
                 : tr("Month coverage %1 (%2)").arg(FigureFormat::dash(), month.coverage.reason()));
    said << tr("%1 deals due by the month's end, worth %2")
                .arg(month.dueCount)
                .arg(f.money(month.pipelineDue));
    said << tr("run rate %1").arg(f.money(month.runRate));
    const QString status = NumberText::forecastStatus(month);
    if (!status.isEmpty())
        said << status;
    m_month->setText(said.join(QStringLiteral(" · ")));
}

void NumberPanel::showSlipped(bool all)
{
    const int total = m_slipped->dealCount();
    m_slipped->setRowLimit(all ? -1 : kShortList);
    m_showAll->setText(all ? tr("Show the first %1").arg(kShortList)
                           : tr("Show all %1").arg(total));
    m_slippedHeading->setText(
        total > m_slipped->rowCount()
            ? tr("<b>Slipped deals</b> by owner, then expected close date: the first %1 of %2.")
                  .arg(m_slipped->rowCount())
                  .arg(total)
            : tr("<b>Slipped deals</b> by owner, then expected close date: all %1.").arg(total));
}

} // namespace guardrail
