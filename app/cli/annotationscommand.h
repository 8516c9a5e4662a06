#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache annotations [--db FILE] add|list|export|import …`: the annotation store from scripts.
// `add` prints the new annotation's id only after it is committed to disk.
int runAnnotations(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
