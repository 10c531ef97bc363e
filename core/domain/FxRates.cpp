// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxRates.h"

namespace guardrail {

void FxRates::add(const QString &currency, MonthIndex month, double rate)
{
    m_rates[currency][month] = rate;
}

std::optional<double> FxRates::rateFor(const QString &currency, MonthIndex month) const
{
    const auto it = m_rates.constFind(currency);
    if (it == m_rates.constEnd())
        return std::nullopt;
    auto after = it->upper_bound(month); // the first month later than this one
    if (after == it->begin())
        return std::nullopt;
    return std::prev(after)->second;
}

} // namespace guardrail
