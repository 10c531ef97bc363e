// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Metrics.h"

#include <QList>
#include <QStringList>

namespace guardrail {

/**
 * The computed tables as rows of text for `guardrail export`: channels (CAC versus guardrail),
 * segments (LTV/CAC and payback) and stages (conversion against target). Numbers are
 * unrounded, as in `metrics --json`; a figure without a value is an empty cell.
 */
class FigureTables
{
public:
    static QStringList names();
    /** The header row first; empty when the name is not one of names(). */
    static QList<QStringList> rows(const Metrics &metrics, const QString &name);
};

} // namespace guardrail
