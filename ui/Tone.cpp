// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tone.h"

#include <cmath>

namespace guardrail {
namespace {

// Okabe-Ito, as the charts use: colour-blind readers tell them apart, and so does print.
const QColor kBlue(0x00, 0x72, 0xB2), kSky(0x56, 0xB4, 0xE9), kGreen(0x00, 0x9E, 0x73),
    kAmber(0xE6, 0x9F, 0x00), kVermillion(0xD5, 0x5E, 0x00);

} // namespace

QColor toneColour(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Good:
        return kGreen;
    case Tone::Warning:
        return kAmber;
    case Tone::Bad:
        return kVermillion;
    case Tone::Neutral:
        break;
    }
    return dark ? kSky : kBlue; // the dark blue is too dim on a dark window
}

QColor toneShade(Tone tone, const QColor &background)
{
    if (tone == Tone::Neutral)
        return background;
    const bool dark = background.lightness() < 128;
    const QColor hue = toneColour(tone, dark);
    const double share = dark ? 0.5 : 0.3;
    const auto mix = [share](int from, int to) {
        return from + static_cast<int>(std::lround((to - from) * share));
    };
    return QColor(mix(background.red(), hue.red()), mix(background.green(), hue.green()),
                  mix(background.blue(), hue.blue()));
}

Tone toneOf(GuardrailStatus status)
{
    switch (status) {
    case GuardrailStatus::Breach:
        return Tone::Bad;
    case GuardrailStatus::Near:
        return Tone::Warning;
    case GuardrailStatus::Inside:
        return Tone::Good;
    default:
        return Tone::Neutral;
    }
}

QString toneSymbol(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("✓");
    case Tone::Warning:
        return QStringLiteral("●");
    case Tone::Bad:
        return QStringLiteral("✗");
    case Tone::Neutral:
        break;
    }
    return {};
}

Tone toneOfStep(const StageRate &s)
{
    if (!s.rate.has() || s.target <= 0)
        return Tone::Neutral;
    return toneAgainst(s.rate.value(), s.target, s.target * 0.1);
}

Tone toneAgainst(double value, double target, double near)
{
    if (value >= target)
        return Tone::Good;
    return target - value <= near ? Tone::Warning : Tone::Bad;
}

} // namespace guardrail
