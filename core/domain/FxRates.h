// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Iso8601.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>

namespace guardrail {

/** The `fx` table: company currency per one unit of another currency, month by month. */
class FxRates
{
public:
    void add(const QString &currency, MonthIndex month, double rate);
    /** The rate of that month, else of the latest earlier month with one; nullopt when none. */
    std::optional<double> rateFor(const QString &currency, MonthIndex month) const;
    bool isEmpty() const { return m_rates.isEmpty(); }

private:
    QHash<QString, std::map<MonthIndex, double>> m_rates;
};

} // namespace guardrail
