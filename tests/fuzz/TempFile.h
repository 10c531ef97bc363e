// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <unistd.h>

namespace guardrail::fuzz {

/** The readers take a path: each input is written to one file per process, rewritten each run. */
inline QString writeInput(const char *name, const uint8_t *data, size_t size)
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("guardrail-fuzz-%1-%2").arg(QLatin1String(name)).arg(getpid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) !=
            static_cast<qint64>(size))
        std::abort(); // the fuzzer's own machine is broken, not the code under test
    return path;
}

} // namespace guardrail::fuzz
