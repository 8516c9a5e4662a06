#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache clean [--format text|markdown|json|jsonl] PATH…`: prints the cleaned articles.
// Files are cleaned in parallel; output keeps the order of the paths given.
int runClean(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
