// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figure.h"
#include "domain/Iso8601.h"

#include <optional>
#include <vector>

namespace guardrail {

struct Settings;
struct Snapshot;

enum class CoverageStatus { Covered, Thin };
QString coverageStatusName(CoverageStatus s);

/** "The number" for one period (DESIGN section 4): the fiscal quarter or the month of A. */
struct PeriodForecast
{
    EpochDay start = 0, end = 0;
    Figure target; // Σ monthly bookings targets of the period
    double bookings = 0;
    Figure attainment; // bookings / target
    Figure remaining;  // target - bookings
    int dueCount = 0;  // open deals expected to close in (A, end]
    double pipelineDue = 0;
    Figure coverage; // pipeline_due / remaining
    std::optional<CoverageStatus> coverageStatus;
    Figure forecast; // bookings + each channel's win rate x its due pipeline
    Figure forecastAttainment;
    Figure runRate; // bookings at the pace so far, over the whole period
};

struct ForecastFigures
{
    PeriodForecast quarter, month;
    int slippedCount = 0; // open deals whose expected close date has passed
    double slippedValue = 0;
    int undatedCount = 0; // open deals without an expected close date
    double undatedValue = 0;
    int winsWithoutAmount = 0; // wins of the quarter so far that book nothing
    std::vector<int> slipped;  // indexes into the snapshot's leads, oldest expected date first
};

/** Bookings against target, coverage and the bottom-up forecast as of A. */
class Forecast
{
public:
    static ForecastFigures compute(const Snapshot &snapshot, const Settings &settings,
                                   EpochDay asOf);
    /** The fiscal quarter containing a day, with quarters from fiscal_year_start_month. */
    static std::pair<EpochDay, EpochDay> fiscalQuarter(EpochDay day, int fiscalYearStartMonth);
};

} // namespace guardrail
