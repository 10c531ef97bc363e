// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8Transcoder.h"

#include <unicode/ucnv.h>

#include <vector>

namespace guardrail {

std::optional<Utf8Transcoder::Encoding> Utf8Transcoder::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('_'));
    if (n == u"windows-1252" || n == u"cp1252" || n == u"windows1252")
        return Encoding::Windows1252;
    if (n == u"latin-1" || n == u"latin1" || n == u"iso-8859-1" || n == u"iso8859-1")
        return Encoding::Latin1;
    if (n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    return std::nullopt;
}

QString Utf8Transcoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Latin1:
        return QStringLiteral("latin-1");
    }
    return QString();
}

Utf8Transcoder::Utf8Transcoder(Encoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        break;
    case Encoding::Latin1:
        m_decoder = QStringDecoder(QStringDecoder::Latin1);
        break;
    case Encoding::Windows1252: {
        UErrorCode status = U_ZERO_ERROR;
        m_icu = ucnv_open("windows-1252", &status);
        if (U_FAILURE(status))
            m_icu = nullptr;
        m_failed = m_icu == nullptr;
        break;
    }
    case Encoding::Utf8:
        break;
    }
}

Utf8Transcoder::~Utf8Transcoder()
{
    if (m_icu)
        ucnv_close(m_icu);
}

QByteArray Utf8Transcoder::operator()(const QByteArray &chunk)
{
    if (m_encoding == Encoding::Utf8)
        return chunk;
    if (m_encoding != Encoding::Windows1252)
        return QString(m_decoder(chunk)).toUtf8();
    // A single-byte code page: every chunk decodes on its own, one UTF-16 unit a byte.
    std::vector<UChar> units(static_cast<size_t>(chunk.size()) + 1);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n =
        m_icu ? ucnv_toUChars(m_icu, units.data(), static_cast<int32_t>(units.size()),
                              chunk.constData(), static_cast<int32_t>(chunk.size()), &status)
              : 0;
    if (!m_icu || U_FAILURE(status)) {
        m_failed = true;
        return {};
    }
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(units.data()), n).toUtf8();
}

} // namespace guardrail
