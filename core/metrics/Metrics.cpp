// SPDX-License-Identifier: GPL-3.0-or-later
#include "Metrics.h"

namespace guardrail {

QString statusName(GuardrailStatus s)
{
    static const char *const names[] = {"inside",       "near",    "breach",
                                        "no_customers", "no_data", "no_ltv"};
    return QString::fromLatin1(names[static_cast<int>(s)]);
}

std::optional<LtvCacBand> ltvCacBand(const Figure &ltvCac)
{
    if (!ltvCac.has())
        return std::nullopt;
    const double v = ltvCac.value();
    if (v < 1)
        return LtvCacBand::LosingMoney;
    if (v < 3)
        return LtvCacBand::BelowTarget;
    if (v < 5)
        return LtvCacBand::Healthy;
    return LtvCacBand::Exceptional;
}

QString bandName(LtvCacBand b)
{
    static const char *const names[] = {"losing money", "below target", "healthy",
                                        "exceptional (may be under-investing)"};
    return QString::fromLatin1(names[static_cast<int>(b)]);
}

QString milestoneName(int level)
{
    static const char *const names[] = {"Not started", "Learning", "In progress", "Installed"};
    return QString::fromLatin1(names[qBound(0, level, 3)]);
}

} // namespace guardrail
