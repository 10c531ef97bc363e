// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/OutputFile.h"

#include <QChar>
#include <QStringList>

#include <memory>

namespace guardrail {

/**
 * The rows --skip-bad-rows leaves out, written to FILE.rejected.csv beside the input: its
 * header and cells in its delimiter, plus `line` and `reason`. The file appears only complete
 * (OutputFile), so the count the import prints is what the file holds; when it cannot be
 * written, the import fails and writes nothing.
 */
class RejectedRows
{
public:
    RejectedRows(const QString &inputPath, const QStringList &header, QChar delimiter, bool dryRun);

    void add(qint64 line, const QStringList &fields, const QString &reason);
    qint64 count() const { return m_count; }
    QString path() const;
    /** Writes the file when a row was rejected; false with error() when it cannot be. */
    bool commit();
    QString error() const { return m_file ? m_file->error() : QString(); }

private:
    QString row(const QStringList &cells) const;

    QString m_inputPath;
    QStringList m_header;
    QChar m_delimiter;
    bool m_dryRun;
    qint64 m_count = 0;
    std::unique_ptr<OutputFile> m_file;
};

} // namespace guardrail
