// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureFormat.h"
#include "metrics/Forecast.h"

#include <QCoreApplication>

namespace guardrail {

/**
 * The words around "the number", the same on the dashboard and in the packs: the periods'
 * names, the forecast's and the coverage's status (a symbol and a word, never colour alone)
 * and the pipeline's hygiene (slipped and undated deals).
 */
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(NumberText)
public:
    /** "Fiscal quarter 1 Apr to 30 Jun 2026" or "June 2026". */
    static QString quarterName(const PeriodForecast &quarter, const QLocale &locale);
    static QString monthName(const PeriodForecast &month, const QLocale &locale);
    /** "✓ on track", "▲ under target", "✓ target met"; empty without a target or forecast. */
    static QString forecastStatus(const PeriodForecast &period);
    /** "✓ covered" or "▲ thin"; empty when coverage has no value. */
    static QString coverageStatus(const PeriodForecast &period);
    /** "38 deals slipped, $1,290,412: their expected close date has passed." and the undated. */
    static QString hygiene(const ForecastFigures &forecast, const FigureFormat &format);
};

} // namespace guardrail
