#pragma once

#include <QFileInfo>
#include <QStringList>

namespace Attache {

// Whether a file's extension is one Attaché reads (text, HTML, Markdown, feeds, JSON, PDF,
// e-mail, MHTML). The
// content decides the format afterwards; the extension only keeps other files out of a scan.
bool isArticleFile(const QFileInfo &info);

// Expands folders recursively (without following symbolic links, so a link loop cannot trap
// it) into the article files they hold, sorted for a stable order; files are kept as given.
QStringList expandArticlePaths(const QStringList &paths);

} // namespace Attache
