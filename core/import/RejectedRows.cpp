// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectedRows.h"

#include <QFileInfo>

namespace guardrail {

RejectedRows::RejectedRows(const QString &inputPath, const QStringList &header, QChar delimiter,
                           bool dryRun)
    : m_inputPath(inputPath), m_header(header), m_delimiter(delimiter), m_dryRun(dryRun)
{}

QString RejectedRows::path() const
{
    const QFileInfo in(m_inputPath);
    return in.path() + QLatin1Char('/') + in.completeBaseName() + QStringLiteral(".rejected.csv");
}

QString RejectedRows::row(const QStringList &cells) const
{
    QStringList out;
    for (const QString &cell : cells) {
        if (!cell.contains(m_delimiter) && !cell.contains(QLatin1Char('"')) &&
            !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r'))) {
            out << cell;
            continue;
        }
        QString quoted = cell;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return out.join(m_delimiter) + QLatin1Char('\n');
}

void RejectedRows::add(qint64 line, const QStringList &fields, const QString &reason)
{
    ++m_count;
    if (m_dryRun)
        return;
    if (!m_file) {
        m_file = std::make_unique<OutputFile>(path());
        m_file->open();
        m_file->write(row(QStringList{QStringLiteral("line")} + m_header +
                          QStringList{QStringLiteral("reason")}));
    }
    m_file->write(row(QStringList{QString::number(line)} + fields + QStringList{reason}));
}

bool RejectedRows::commit()
{
    return !m_file || m_file->commit();
}

} // namespace guardrail
