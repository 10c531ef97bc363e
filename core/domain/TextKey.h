// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guardrail {

/**
 * The form in which names are compared (DESIGN section 2, "Text"): trimmed, NFC-normalised and
 * fully case-folded as ICU's u_strFoldCase does, so "Événements" = "événements" and
 * "Straße" = "STRASSE". Qt's toCaseFolded() is simple folding only (ß stays ß), hence ICU.
 */
QString textKey(const QString &text);

/**
 * The name of the group of rows without a value (no channel, no owner): "Unknown", unless one
 * of names already is "Unknown" (a CRM's own lead source of that name), then "Unknown (not
 * given)", so two groups never show the same name.
 */
QString noValueGroupName(const QStringList &names);

} // namespace guardrail
