// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/WhatIf.h"

namespace guardrail {

/** `guardrail whatif` as text: the company and each channel, before and after, and why. */
class WhatIfText
{
public:
    static QString text(const WhatIf::Result &scenario, const QString &currency);
};

} // namespace guardrail
