// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

namespace guardrail {

QString NumberText::quarterName(const PeriodForecast &q, const QLocale &locale)
{
    const FigureFormat f(QString(), locale);
    return tr("Fiscal quarter %1").arg(f.dateRange(iso::toDate(q.start), iso::toDate(q.end)));
}

QString NumberText::monthName(const PeriodForecast &m, const QLocale &locale)
{
    return locale.toString(iso::toDate(m.start), QStringLiteral("MMMM yyyy"));
}

QString NumberText::forecastStatus(const PeriodForecast &p)
{
    if (!p.target.has())
        return {};
    if (p.bookings >= p.target.value())
        return tr("✓ target met");
    if (!p.forecast.has())
        return {};
    return p.forecast.value() >= p.target.value() ? tr("✓ on track") : tr("✗ under target");
}

QString NumberText::coverageStatus(const PeriodForecast &p)
{
    if (!p.coverageStatus)
        return {};
    return *p.coverageStatus == CoverageStatus::Covered ? tr("✓ covered") : tr("● thin");
}

QString NumberText::hygiene(const ForecastFigures &fc, const FigureFormat &f)
{
    QStringList said;
    if (fc.slippedCount == 0)
        said << tr("✓ No open deal has slipped: every expected close date is still ahead.");
    else if (fc.slippedCount == 1)
        said << tr("● 1 deal slipped, %1: its expected close date has passed.")
                    .arg(f.money(fc.slippedValue));
    else
        said << tr("● %1 deals slipped, %2: their expected close date has passed.")
                    .arg(fc.slippedCount)
                    .arg(f.money(fc.slippedValue));
    if (fc.undatedCount == 1)
        said << tr("1 open deal, %1, has no expected close date.").arg(f.money(fc.undatedValue));
    else if (fc.undatedCount > 1)
        said << tr("%1 open deals, %2, have no expected close date.")
                    .arg(fc.undatedCount)
                    .arg(f.money(fc.undatedValue));
    if (fc.winsWithoutAmount > 0)
        said << tr("%1 of the quarter's wins have no amount and book nothing.")
                    .arg(fc.winsWithoutAmount);
    if (fc.slippedCount > 0 || fc.undatedCount > 0)
        said << tr("Neither counts in the forecast.");
    return said.join(QLatin1Char(' '));
}

} // namespace guardrail
