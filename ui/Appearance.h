// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guardrail {

/**
 * Light or dark, chosen by the user (View > Dark palette) and kept in QSettings: Qt 6.4 cannot
 * ask the desktop for its colour scheme (6.5+), so the choice is manual. Uses the Fusion style,
 * whose palette roles every widget and chart follows.
 */
class Appearance
{
public:
    static bool isDark();
    static void setDark(bool dark);
    /** Applies the stored choice at start-up. */
    static void apply();
};

} // namespace guardrail
