// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace guardrail::fuzz {

/** A property the code under test must keep: a broken one is a finding, like a crash. */
inline void require(bool holds, const char *what, const QString &detail = QString())
{
    if (holds)
        return;
    std::fprintf(stderr, "property broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

/** The input after its first byte, which the targets use to pick a mode. */
inline QString textAfterFirst(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data) + 1,
                             static_cast<qsizetype>(size) - 1);
}

} // namespace guardrail::fuzz
