// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guardrail {

/**
 * A generated leads CSV in the native layout with every stage column, as a CRM export turned
 * into it would look: 10% of the leads become MQLs, 30% of those SQLs, 40% of those won.
 */
class LeadsCsv
{
public:
    static void write(const QString &path, int rows);
};

} // namespace guardrail
