// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace guardrail {

enum class Stage { Awareness, Mql, Sql, Customer, Retention };
inline constexpr int kStageCount = 5;
QString stageName(Stage s);
QString stageName(int s);

/** One stage of the customer journey map as marketing and sales agreed it. */
struct JourneyStage
{
    Stage stage = Stage::Awareness;
    QStringList touchpoints;
    QString conversionCriteria;
    QStringList dropOffTriggers;
    QString owner;         // Marketing, Sales or Customer Success; empty when not decided
    qint64 rowVersion = 0; // as stored: a save names it (EditConflict)
    QString changedBy, changedAt;
};

using Journey = std::array<JourneyStage, kStageCount>;

} // namespace guardrail
