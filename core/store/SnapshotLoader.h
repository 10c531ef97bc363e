// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Snapshot.h"

namespace guardrail {

class Database;

/** Reads a Snapshot from the store, on the SQLite C API for the large tables. */
class SnapshotLoader
{
public:
    static Snapshot load(const Database &db);
};

} // namespace guardrail
