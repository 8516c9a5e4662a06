#include "ingest/articlefiles.h"

#include <QDirIterator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

bool isArticleFile(const QFileInfo &info)
{
    static const QSet<QString> extensions{u"txt"_s, u"text"_s,     u"html"_s, u"htm"_s,  u"xhtml"_s,
                                          u"md"_s,  u"markdown"_s, u"rss"_s,  u"atom"_s, u"xml"_s,
                                          u"rdf"_s, u"json"_s,     u"jsonl"_s, u"ndjson"_s,
                                          u"pdf"_s, u"eml"_s,      u"mbox"_s, u"mhtml"_s, u"mht"_s};
    return extensions.contains(info.suffix().toLower());
}

QStringList expandArticlePaths(const QStringList &paths)
{
    QStringList files;
    for (const auto &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << (path.startsWith(u':') ? path : info.absoluteFilePath());
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const auto file = it.nextFileInfo();
            if (isArticleFile(file))
                found << file.absoluteFilePath();
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

} // namespace Attache
