// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Iso8601.h"
#include "Settings.h"

namespace guardrail {

/** One month of fully loaded acquisition cost. channel/segment -1: shared / not assigned. */
struct SpendRow
{
    MonthIndex month = 0;
    int channel = -1;
    int segment = -1;
    SpendCategory category = SpendCategory::Marketing;
    double amount = 0;
};

} // namespace guardrail
