#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// True when the arguments ask for a command-line verb (clean, analyze, …) or --version/--help,
// which run without a window or a display.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the verb and returns the process exit code. Expects a QCoreApplication to exist.
// arguments: as the program got them, its name first. Output goes to stdout, messages to stderr.
int run(const QStringList &arguments);
// The same, writing to the streams given (tests capture them).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
