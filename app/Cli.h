// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guardrail {

/** The command-line verbs of DESIGN section 5 over the one metrics engine. */
class Cli
{
public:
    enum ExitCode { Done = 0, Failure = 1, Usage = 2, BadInput = 3 };

    static bool isVerb(const QString &word);
    /** Runs a verb; arguments start with the program name, then the verb. */
    static int run(const QStringList &arguments);
};

} // namespace guardrail
