// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace guardrail {

/** What `guardrail --help` and `guardrail VERB --help` say about each CLI verb. */
struct VerbHelp
{
    QString verb;
    QString synopsis; // the usage line after "guardrail "
    QString summary;  // one line, for the list of verbs
    QString example;  // a command a user can copy

    /** The verb of that name, or nullptr. */
    static const VerbHelp *find(const QString &verb);
    static QStringList verbs();
    /** The list of verbs with their summaries, for the top-level help. */
    static QString overview();
    /** The verb's usage line, summary, options (from its parser) and example. */
    QString text(const QCommandLineParser &parser) const;
};

} // namespace guardrail
