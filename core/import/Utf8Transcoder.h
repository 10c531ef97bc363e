// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

struct UConverter;

namespace guardrail {

/**
 * Turns a file's bytes in another encoding into UTF-8, chunk by chunk, so the CSV reader works
 * on UTF-8 alone. UTF-16 and Latin-1 through QStringDecoder; Windows-1252, which Qt 6.4's
 * QStringConverter lacks, through ICU's converter (already under Qt Core on Debian).
 */
class Utf8Transcoder
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

    /** "windows-1252" (or "cp1252"), "latin-1" (or "iso-8859-1"), "utf-8"; nullopt otherwise. */
    static std::optional<Encoding> fromName(const QString &name);
    static QString name(Encoding encoding);

    explicit Utf8Transcoder(Encoding encoding);
    ~Utf8Transcoder();
    Utf8Transcoder(const Utf8Transcoder &) = delete;
    Utf8Transcoder &operator=(const Utf8Transcoder &) = delete;

    /** True once the converter could not be had or refused a chunk: stop reading. */
    bool failed() const { return m_failed; }
    /** The next chunk as UTF-8; a character split across chunks is completed by the next. */
    QByteArray operator()(const QByteArray &chunk);

private:
    Encoding m_encoding;
    QStringDecoder m_decoder;
    UConverter *m_icu = nullptr;
    bool m_failed = false;
};

} // namespace guardrail
