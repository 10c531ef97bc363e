// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextKey.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <vector>

namespace guardrail {

QString textKey(const QString &text)
{
    const QString nfc = text.trimmed().normalized(QString::NormalizationForm_C);
    if (nfc.isEmpty())
        return nfc;
    // Full folding can grow a string (ß -> ss): retry once with the length ICU asks for.
    std::vector<UChar> folded(static_cast<size_t>(nfc.size()) * 3 + 1);
    UErrorCode status = U_ZERO_ERROR;
    const auto *source = reinterpret_cast<const UChar *>(nfc.utf16());
    int32_t n = u_strFoldCase(folded.data(), static_cast<int32_t>(folded.size()), source,
                              static_cast<int32_t>(nfc.size()), U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        folded.resize(static_cast<size_t>(n) + 1);
        status = U_ZERO_ERROR;
        n = u_strFoldCase(folded.data(), static_cast<int32_t>(folded.size()), source,
                          static_cast<int32_t>(nfc.size()), U_FOLD_CASE_DEFAULT, &status);
    }
    if (U_FAILURE(status))
        return nfc.toCaseFolded();
    // Folding can undo composition (e.g. of a final sigma's neighbours): normalise again.
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(folded.data()), n)
        .normalized(QString::NormalizationForm_C);
}

QString noValueGroupName(const QStringList &names)
{
    const QString unknown = QStringLiteral("Unknown");
    const QString key = textKey(unknown);
    for (const QString &n : names)
        if (textKey(n) == key)
            return QStringLiteral("Unknown (not given)");
    return unknown;
}

} // namespace guardrail
