// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Metrics.h"

#include <QCoreApplication>

namespace guardrail {

class PdfLayout;

/**
 * The monthly pack's win/loss gap analysis (DESIGN section 4): the company's win rate against
 * the target, then for owner, segment, channel, offer and ICP match the Win/Loss page's chart
 * and table, and the lost reasons company-wide. What the marketing review takes away.
 */
class WinLossSection
{
    Q_DECLARE_TR_FUNCTIONS(WinLossSection)
public:
    static void write(PdfLayout &out, const Metrics &metrics);

private:
    static QString summary(const Metrics &metrics);
    static void reasons(PdfLayout &out, const Metrics &metrics);
};

} // namespace guardrail
