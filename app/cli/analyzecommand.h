#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache analyze --input-jsonl IN --output-jsonl OUT` analyses documents {"id", "text", "dct"};
// `attache analyze PATH…` cleans article files first and prints their analysis with the text.
// Offsets in the output are Unicode code points into "text".
int runAnalyze(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
