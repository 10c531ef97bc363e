// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCommand.h"

#include "Cli.h"
#include "store/Backend.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTextStream>

#include <memory>

namespace guardrail {

int CopyCommand::run(const QString &from, const QString &to, QTextStream &err)
{
    if (!Backend::isServerUrl(from) && !QFileInfo::exists(from)) {
        err << "guardrail copy: " << from << ": no such file\n";
        return Cli::Usage;
    }
    const bool toFile = !Backend::isServerUrl(to);
    if (toFile && QFileInfo::exists(to)) {
        err << "guardrail copy: " << to
            << " exists: copy writes a new file (or into an empty "
               "server database); it was left untouched\n";
        return Cli::Failure;
    }
    // A file takes shape under a temporary name in the same folder, so the rename is atomic.
    std::unique_ptr<QTemporaryFile> partial;
    if (toFile) {
        partial = std::make_unique<QTemporaryFile>(to + QStringLiteral(".partial-XXXXXX"));
        if (!partial->open()) {
            err << "guardrail copy: cannot write " << to << ": " << partial->errorString() << '\n';
            return Cli::Failure;
        }
        partial->close();
    }
    DatabaseCopy::Result result;
    {
        const Database source(from, Database::Access::ReadOnly);
        Database target(toFile ? partial->fileName() : to);
        result = DatabaseCopy::copy(source, target);
    }
    if (toFile) {
        if (!QFile::rename(partial->fileName(), to)) {
            err << "guardrail copy: the copy is complete but could not be named " << to
                << "; nothing was written there\n";
            return Cli::Failure;
        }
        partial->setAutoRemove(false);
    }
    const QLocale c = QLocale::c();
    err << "copied " << result.tables << " tables, " << c.toString(result.rows) << " rows, from "
        << from << " to " << to << '\n';
    return Cli::Done;
}

} // namespace guardrail
