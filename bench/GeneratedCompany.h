// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace guardrail {

/**
 * A large company for the benchmarks: `leads` leads over 24 months from 2024-01, 10 channels,
 * 5 segments, about 1.2% of leads won with monthly revenue to the end, spend every month.
 * Seeded, so every run measures the same data.
 */
class GeneratedCompany
{
public:
    static void write(const QString &path, int leads);
    static QDate asOf();
};

} // namespace guardrail
