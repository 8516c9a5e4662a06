#pragma once

#include <QStringList>

namespace Attache::Cli {

// True when the arguments ask for a command-line verb (clean, analyze, …) or --version/--help,
// which run without a window or a display.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the verb and returns the process exit code. Expects a QCoreApplication to exist.
int run(const QStringList &arguments);

} // namespace Attache::Cli
