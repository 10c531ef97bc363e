// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace guardrail {

/** The native CSV formats of DESIGN section 2. */
enum class ImportKind { Leads, Spend, Revenue, GrossProfit, Awareness, Targets, Fx };

std::optional<ImportKind> importKindFromName(const QString &name);
QString importKindName(ImportKind kind);

/** Columns a mapping may fill for a kind: the native ones, plus the CRM close-date forms. */
QStringList importTargets(ImportKind kind);
/** Columns a file of that kind must provide. */
QStringList importRequired(ImportKind kind);

} // namespace guardrail
