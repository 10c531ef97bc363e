// SPDX-License-Identifier: GPL-3.0-or-later
#include "Charts.h"

#include "FigureFormat.h"
#include "domain/Settings.h"
#include "metrics/Brief.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace guardrail {
namespace {

// A palette that colour-blind readers can tell apart (Okabe-Ito), also used in print.
const QList<QColor> kSeriesColours = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                      QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                      QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                      QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};

// Points sit at noon UTC, and a month's on its 15th, so that the axis (which shows local time)
// names the same day and month anywhere on Earth.
qint64 msAt(EpochDay day)
{
    return (qint64(day) * 86400 + 12 * 3600) * 1000;
}

qint64 msAtMonth(MonthIndex month)
{
    return msAt(iso::firstDayOfMonth(month) + 14);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

Figure kpiValue(const FunnelFigures &f, Charts::Kpi kpi)
{
    switch (kpi) {
    case Charts::Kpi::WinRate:
        return f.kpis.winRate;
    case Charts::Kpi::PipelineVelocity:
        return f.kpis.pipelineVelocityPerDay;
    case Charts::Kpi::AvgDealSize:
        return f.kpis.avgDealSize;
    case Charts::Kpi::TimeToClose:
        return f.kpis.timeToCloseDays;
    case Charts::Kpi::Nrr:
        return f.kpis.nrr;
    case Charts::Kpi::MqlToSql:
        return f.stages[1].rate;
    }
    return {};
}

bool isFraction(Charts::Kpi kpi)
{
    return kpi == Charts::Kpi::WinRate || kpi == Charts::Kpi::Nrr || kpi == Charts::Kpi::MqlToSql;
}

} // namespace

QString Charts::kpiName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::WinRate:
        return QObject::tr("Win rate (%)");
    case Kpi::PipelineVelocity:
        return QObject::tr("Pipeline velocity (per day)");
    case Kpi::AvgDealSize:
        return QObject::tr("Average deal size");
    case Kpi::TimeToClose:
        return QObject::tr("Time to close (days)");
    case Kpi::Nrr:
        return QObject::tr("NRR (%)");
    case Kpi::MqlToSql:
        return QObject::tr("MQL → SQL (%)");
    }
    return {};
}

QChart *Charts::guardrailHistory(const Metrics &m)
{
    QChart *chart =
        newChart(m.historyMonths.isEmpty()
                     ? QObject::tr("CAC as % of gross profit per customer")
                     : QObject::tr("CAC % of GP per customer, windows ending %1")
                           .arg(FigureFormat(m.currency)
                                    .monthRange(m.historyMonths.front(), m.historyMonths.back())));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM"));
    x->setTickCount(12); // one tick per month
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = m.company.guardrailPct * 100 * 1.5;
    int colour = 0;
    for (const ChannelFigures &c : m.channels) {
        auto *series = new QLineSeries;
        series->setName(c.name);
        for (int i = 0; i < c.cacPctGpHistory.size() && i < m.historyMonths.size(); ++i) {
            const Figure &f = c.cacPctGpHistory[i];
            if (!f.has())
                continue; // no point where the window has no value; the line bridges it
            series->append(double(msAtMonth(m.historyMonths[i])), f.value() * 100);
            top = std::max(top, f.value() * 100);
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        series->setPen(QPen(kSeriesColours[colour++ % kSeriesColours.size()], 2));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    auto *line = new QLineSeries;
    line->setName(QObject::tr("Guardrail %1")
                      .arg(FigureFormat(m.currency).percent(m.company.guardrailPct, 0)));
    if (!m.historyMonths.isEmpty()) {
        line->append(double(msAtMonth(m.historyMonths.front())), m.company.guardrailPct * 100);
        line->append(double(msAtMonth(m.historyMonths.back())), m.company.guardrailPct * 100);
    }
    QPen pen(QColor(0xE0, 0x30, 0x30), 2, Qt::DashLine); // visible on light and dark
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    y->setRange(0, top * 1.05);
    y->applyNiceNumbers();
    if (!m.historyMonths.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(msAtMonth(m.historyMonths.front()), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(msAtMonth(m.historyMonths.back()), Qt::UTC));
    return chart;
}

QChart *Charts::costByCategory(const Metrics &m)
{
    QChart *chart = newChart(QObject::tr("Fully loaded cost by category, unit window"));
    auto *series = new QStackedBarSeries;
    QStringList channels;
    for (const ChannelFigures &c : m.channels)
        channels << c.name;
    for (int k = 0; k < kSpendCategoryCount; ++k) {
        auto *set = new QBarSet(FigureFormat::spendCategoryLabel(static_cast<SpendCategory>(k)));
        double total = 0;
        for (const ChannelFigures &c : m.channels) {
            *set << c.costByCategory[k] / 1000;
            total += c.costByCategory[k];
        }
        set->setColor(kSeriesColours[k]);
        set->setBorderColor(kSeriesColours[k]);
        if (total > 0)
            series->append(set);
        else
            delete set;
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(channels);
    auto *y = new QValueAxis;
    y->setLabelFormat(Brief::currencySymbol(m.currency) + QStringLiteral("%.0fk"));
    // Five category names do not fit under the bars at 1280 pixels: beside them they do.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    return chart;
}

QChart *Charts::weeklyTrend(const Metrics &m, Kpi kpi, const QList<Decision> &decisions)
{
    const bool money = kpi == Kpi::PipelineVelocity || kpi == Kpi::AvgDealSize;
    // Money in thousands with the symbol ("$22k"), rates in %: an axis reads like the page.
    const double scale = money ? 0.001 : isFraction(kpi) ? 100 : 1;
    QChart *chart = newChart(kpiName(kpi));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    const QString symbol =
        Brief::currencySymbol(m.currency).replace(QLatin1Char('%'), QStringLiteral("%%"));
    y->setLabelFormat(money             ? symbol + QStringLiteral("%.0fk")
                      : isFraction(kpi) ? QStringLiteral("%.0f%%")
                                        : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *series = new QLineSeries;
    series->setName(kpiName(kpi));
    series->setPen(QPen(kSeriesColours[0], 2));
    series->setPointsVisible(true);
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (const FunnelFigures &week : m.weekly) {
        const Figure f = kpiValue(week, kpi);
        if (!f.has())
            continue;
        const double v = f.value() * scale;
        series->append(double(msAt(week.asOf)), v);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->markers(series).first()->setVisible(false); // the title names it
    // The target, where the KPI has one, inside the axis: a trend is read against it.
    std::optional<double> target;
    if (kpi == Kpi::MqlToSql && m.funnel.stages[1].target > 0)
        target = m.funnel.stages[1].target * scale;
    if (kpi == Kpi::WinRate && m.winLoss.targetWinRate)
        target = *m.winLoss.targetWinRate * scale;
    if (target) {
        low = std::min(low, *target);
        high = std::max(high, *target);
    }
    if (low > high)
        low = 0, high = 1;
    const double pad = std::max((high - low) * 0.15, std::abs(high) * 0.05 + (money ? 0.05 : 0.5));
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
    if (m.weekly.isEmpty())
        return chart;
    const EpochDay first = m.weekly.front().asOf, last = m.weekly.back().asOf;
    x->setRange(QDateTime::fromMSecsSinceEpoch(msAt(first), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(msAt(last), Qt::UTC));
    if (target) {
        auto *line = new QLineSeries;
        line->setName(
            QObject::tr("Target %1").arg(FigureFormat(m.currency).percent(*target / scale, 0)));
        line->append(double(msAt(first)), *target);
        line->append(double(msAt(last)), *target);
        line->setPen(QPen(kSeriesColours[3], 1.5, Qt::DashDotLine));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Decisions inside the 13 weeks: a dashed grey vertical line each. The page's heading says
    // what they are and lists them under the charts, so no chart repeats them in a legend.
    for (const Decision &d : decisions) {
        const EpochDay day = iso::fromDate(d.decidedOn);
        if (day < first || day > last)
            continue;
        auto *marker = new QLineSeries;
        marker->setName(QObject::tr("Decision %1").arg(FigureFormat(m.currency).date(d.decidedOn)));
        marker->append(double(msAt(day)), y->min());
        marker->append(double(msAt(day)), y->max());
        marker->setPen(QPen(QColor(0x66, 0x66, 0x66), 1.5, Qt::DashLine));
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
        chart->legend()->markers(marker).first()->setVisible(false);
    }
    chart->legend()->setVisible(target.has_value());
    return chart;
}

void Charts::applyTheme(QChart *chart, bool dark)
{
    // Keep the series colours; set only the background, text and grid for the palette.
    const QColor text = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor grid = dark ? QColor(0x55, 0x55, 0x55) : QColor(0xDD, 0xDD, 0xDD);
    chart->setBackgroundBrush(dark ? QColor(0x2B, 0x2B, 0x2B) : QColor(Qt::white));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void Charts::useSearchableText(QChart *chart)
{
    const auto plain = [](QFont f) {
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // letter spacing disables ligatures
        return f;
    };
    chart->setTitleFont(plain(chart->titleFont()));
    chart->legend()->setFont(plain(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(plain(axis->labelsFont()));
        axis->setTitleFont(plain(axis->titleFont()));
    }
}

} // namespace guardrail
