// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace guardrail {
class Backend;
}

namespace guardrail::schema {

/**
 * The forward migrations, in SQLite's dialect (Backend::ddl translates them): entry i takes a
 * database from schema version i to i + 1. Never edit an entry that has shipped; append a new
 * one (and bump Database::kSchemaVersion).
 */
std::vector<QStringList> migrations(const Backend &backend);

} // namespace guardrail::schema
