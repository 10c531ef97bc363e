// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace guardrail {

/**
 * `guardrail copy --from A --to B`: a company from a file or server database into a new file
 * or an empty server database (DatabaseCopy). A file is written beside its name and renamed
 * into place once complete, so it is complete or absent.
 */
class CopyCommand
{
public:
    /** Returns the exit code (Cli::ExitCode); messages go to err. */
    static int run(const QString &from, const QString &to, QTextStream &err);
};

} // namespace guardrail
