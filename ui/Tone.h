// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Metrics.h"

#include <QColor>
#include <QString>

namespace guardrail {

/**
 * What a colour means, the same on every page and in the packs: good (inside the guardrail,
 * at or above target), warning (near the line, just under target), bad (breach, well under
 * target), neutral (no judgement). Always beside a symbol or a word, never alone, so it reads
 * in greyscale and for colour-blind readers; the hues are the Okabe–Ito palette's.
 */
enum class Tone { Neutral, Good, Warning, Bad };

/** A table model's cell tone (an int of Tone), shaded by FigureTable and the PDF tables. */
inline constexpr int kToneRole = Qt::UserRole + 40;

/** The tone's hue: bars, lines, markers. Readable on light and dark. */
QColor toneColour(Tone tone, bool dark);
/** The hue mixed into a background, so the text on it keeps its contrast. */
QColor toneShade(Tone tone, const QColor &background);

Tone toneOf(GuardrailStatus status);
/** The symbol that says the tone without colour: ✓ good, ● warning, ✗ bad, none neutral. */
QString toneSymbol(Tone tone);
/** Against a target: Good at or above, Warning within `near` under it, Bad further under. */
Tone toneAgainst(double value, double target, double near);
/** A funnel step against its target: within a tenth of it under is a warning; none without. */
Tone toneOfStep(const StageRate &step);

} // namespace guardrail
