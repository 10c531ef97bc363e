// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace guardrail::schema {

/**
 * The forward migrations: entry i takes a file from user_version i to i + 1. Never edit an
 * entry that has shipped; append a new one (and bump Database::kSchemaVersion).
 */
const std::vector<QStringList> &migrations();

} // namespace guardrail::schema
