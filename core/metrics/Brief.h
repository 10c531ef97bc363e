// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QList>

namespace guardrail {

struct Decision;

/**
 * The 90-second brief: CAC by channel, the guardrail and the channel closest to it, LTV/CAC
 * and payback, the weakest segment, the biggest conversion gap, the lever from the decision
 * log, the number, the milestone's re-rate triggers when any holds and the overdue reviews. Figures
 * are spelled as the pages spell them (money in whole units, rates to one decimal), in English.
 */
class Brief
{
public:
    static QString text(const Metrics &metrics, const QList<Decision> &decisions);
    /** The quarter's bookings against target, the coverage of the rest and the forecast. */
    static QString numberSentence(const Metrics &metrics);
    /** "$4,198" style: whole units, as the pages show money. */
    static QString money(double amount, const QString &currency);
    static QString percent(double fraction, int decimals = 0);
    /** "for 3 months", or "since the data begins, 22 months back". */
    static QString breachLength(const ChannelFigures &channel);
    /** The segment furthest under the LTV/CAC target, else over its payback target; or "". */
    static QString weakestSegment(const Metrics &metrics);
    /** The re-rate triggers in words, or "" when none holds. */
    static QString rerateSentence(const Metrics &metrics);
    /** "Overdue: the annual reset (due 10 Oct 2026).", or "" when every review is on time. */
    static QString overdueReviewsSentence(const Metrics &metrics);
    /** "$", "€", "£" for USD, EUR, GBP; otherwise the ISO code itself. */
    static QString currencySymbol(const QString &currency);
};

} // namespace guardrail
