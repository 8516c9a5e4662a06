#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache library [--db FILE] add|search|list|set …`: index folders (progress on stderr), search,
// list and triage the library from scripts; `attache library COMMAND --help` tells the options.
// Without --db the user's library (app data) is used.
int runLibrary(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
