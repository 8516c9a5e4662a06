#pragma once

#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

// `attache library [--db FILE] add DIR…`                    index folders (progress on stderr)
// `attache library [--db FILE] search QUERY [--format jsonl] [--sort date|priority|source|relevance] [--limit N]`
// `attache library [--db FILE] list [--view NAME] [--format jsonl] [--sort …] [--limit N]`
// `attache library [--db FILE] set inbox|later|archive|star|unstar|read|unread|priority=N ARTICLE…`
// ARTICLE is an index id or a file path. Without --db the user's library (app data) is used.
int runLibrary(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Attache::Cli
