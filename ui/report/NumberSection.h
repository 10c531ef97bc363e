// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Settings.h"
#include "metrics/Metrics.h"
#include "metrics/Snapshot.h"

#include <QCoreApplication>
#include <QHash>

namespace guardrail {

class PdfLayout;

/**
 * "The number", where both packs and the review's agenda start: the brief's sentence on it, the
 * quarter's bullet bars, the quarter and the month as a small table, the pipeline's hygiene and
 * the slipped deals by owner and expected close date (the dashboard's model).
 */
class NumberSection
{
    Q_DECLARE_TR_FUNCTIONS(NumberSection)
public:
    /** crmIds: the CRM's lead ids by row id; a deal without one shows "—". */
    static void write(PdfLayout &out, const Snapshot &snapshot, const Settings &settings,
                      const Metrics &metrics, const QHash<qint64, QString> &crmIds);

private:
    static void periods(PdfLayout &out, const Settings &settings, const Metrics &metrics);
};

} // namespace guardrail
