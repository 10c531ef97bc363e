// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace guardrail {

class PdfLayout;

/**
 * The monthly pack's what-if scenarios: for each decision of the month logged from the what-if
 * panel, the scenario it was decided on, with the before and after it showed then (kept in the
 * decision's figures, WhatIfRecord), its assumption and what a pause gives up.
 */
class ScenarioSection
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioSection)
public:
    /** Decisions dated from `since` to `asOf`; writes nothing when none holds a scenario. */
    static void write(PdfLayout &out, const QList<Decision> &decisions, const QDate &since,
                      const QDate &asOf, const QString &currency);
};

} // namespace guardrail
