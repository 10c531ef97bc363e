// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyStage.h"

namespace guardrail {

QString stageName(int s)
{
    static const char *const names[] = {"Awareness", "MQL", "SQL", "Customer", "Retention"};
    return QString::fromLatin1(names[s]);
}

QString stageName(Stage s)
{
    return stageName(static_cast<int>(s));
}

} // namespace guardrail
