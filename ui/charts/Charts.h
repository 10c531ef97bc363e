// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "metrics/Metrics.h"

#include <QList>

class QChart;

namespace guardrail {

/**
 * Every chart of the pages and the PDF packs, built from the engine's figures. This folder is
 * the only place that includes Qt Charts. The caller owns the returned chart (a QChartView
 * takes it over; the PDF renderer deletes it after drawing).
 */
class Charts
{
public:
    enum class Kpi { WinRate, PipelineVelocity, AvgDealSize, TimeToClose, Nrr, MqlToSql };

    /** Each channel's CAC as % of gross profit over 12 month-end windows, and the guardrail. */
    static QChart *guardrailHistory(const Metrics &metrics);
    /** Fully loaded cost by spend category, one stacked bar per channel. */
    static QChart *costByCategory(const Metrics &metrics);
    /** One leading indicator over the 13 weekly points, decisions marked where they fall. */
    static QChart *weeklyTrend(const Metrics &metrics, Kpi kpi, const QList<Decision> &decisions);
    static QString kpiName(Kpi kpi);

    /** Light or dark colours that stay readable in both palettes and in print. */
    static void applyTheme(QChart *chart, bool dark);
    /** For print: fonts without ligatures, so every word of the chart is found by a search. */
    static void useSearchableText(QChart *chart);
};

} // namespace guardrail
