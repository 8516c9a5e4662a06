#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache timeline [--format json|markdown] PATH…`: cleans and analyses the articles and prints
// every event they report, sorted by date, as a Markdown table (default) or a JSON array.
int runTimeline(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
