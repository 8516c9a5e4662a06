#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache clean [--format FORMAT] PATH…`: prints the cleaned articles (`--help` tells the formats).
// Files are cleaned in parallel; output keeps the order of the paths given.
int runClean(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
