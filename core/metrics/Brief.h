// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QList>

namespace guardrail {

struct Decision;

/**
 * The 90-second brief: CAC by channel, the guardrail and the channel closest to it, LTV/CAC
 * and payback, the biggest conversion gap, and the lever from the decision log.
 */
class Brief
{
public:
    static QString text(const Metrics &metrics, const QList<Decision> &decisions);
    /** The quarter's bookings against target, the coverage of the rest and the forecast. */
    static QString numberSentence(const Metrics &metrics);
    /** "$4,200" style: whole units, rounded to hundreds from 1,000 up. */
    static QString money(double amount, const QString &currency);
    static QString percent(double fraction, int decimals = 0);
    /** "$", "€", "£" for USD, EUR, GBP; otherwise the ISO code itself. */
    static QString currencySymbol(const QString &currency);
};

} // namespace guardrail
