// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guardrail {

/**
 * The form in which names are compared (DESIGN section 2, "Text"): trimmed, NFC-normalised and
 * fully case-folded as ICU's u_strFoldCase does, so "Événements" = "événements" and
 * "Straße" = "STRASSE". Qt's toCaseFolded() is simple folding only (ß stays ß), hence ICU.
 */
QString textKey(const QString &text);

} // namespace guardrail
