#include "clean/articlecleaner.h"

#include "clean/feedreader.h"
#include "clean/htmlextractor.h"
#include "clean/jsonreader.h"
#include "clean/mailreader.h"
#include "clean/markdownreader.h"
#include "clean/pdfreader.h"
#include "clean/textcopycleaner.h"
#include "ingest/sourcereader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

void finish(Article &article, const SourceDocument &document, const QString &hash, qsizetype index, qsizetype count)
{
    const auto baseName = QFileInfo(document.path).completeBaseName();
    article.path = document.path;
    article.format = document.format;
    article.cleanerVersion = ArticleCleaner::Version;
    article.id = count > 1 ? u"%1#%2"_s.arg(baseName).arg(index + 1) : baseName;
    article.contentHash = count > 1 ? u"%1#%2"_s.arg(hash).arg(index + 1) : hash;
    if (!article.published.isValid() && document.modified.isValid()) {
        article.published = document.modified;
        article.publishedSource = DateSource::FileModified;
    }
    if (article.title.isEmpty())
        article.title = baseName;
    article.warnings = document.warnings + article.warnings;
}

} // namespace

CleanResult ArticleCleaner::cleanFile(const QString &path) const
{
    const auto read = SourceReader().read(path);
    // Not logged here: the error and warnings travel in the result, and whoever asked reports
    // them once (the command line on stderr, the window in its status bar).
    if (!read.document)
        return CleanResult{path, {}, {}, read.error};
    return clean(*read.document);
}

CleanResult ArticleCleaner::clean(const SourceDocument &document) const
{
    CleanResult result;
    result.path = document.path;
    switch (document.format) {
    case SourceFormat::Html: result.articles << HtmlExtractor().extract(document); break;
    case SourceFormat::Feed: result = FeedReader().read(document); break;
    case SourceFormat::Pdf: result = PdfReader().read(document); break;
    case SourceFormat::Email:
    case SourceFormat::Mbox: result = MailReader().read(document); break;
    case SourceFormat::Mhtml: result = MhtmlReader().read(document); break;
    case SourceFormat::PlainText:
    case SourceFormat::Unknown:
        if (auto article = TextCopyCleaner().clean(document.text); !article.blocks.isEmpty())
            result.articles << article;
        break;
    case SourceFormat::Markdown:
        if (auto article = MarkdownReader().read(document.text); !article.blocks.isEmpty() || !article.title.isEmpty())
            result.articles << article;
        break;
    case SourceFormat::Json:
    case SourceFormat::JsonLines: {
        auto read = JsonReader().read(document.text, document.format);
        const auto suffix = QFileInfo(document.path).suffix().toLower();
        if (read.articles.isEmpty() && suffix != u"json"_s && suffix != u"jsonl"_s && suffix != u"ndjson"_s) {
            // Text that merely starts with a bracket ("[ ] Share", "[info]") is a text copy.
            if (auto article = TextCopyCleaner().clean(document.text); !article.blocks.isEmpty())
                result.articles << article;
            break;
        }
        result.articles = std::move(read.articles);
        result.warnings << read.warnings;
        result.error = read.error;
        break;
    }
    }
    if (result.articles.isEmpty() && result.error.isEmpty())
        result.error = u"no article text was found in it"_s;
    // Hashed once per file: a feed's items share it.
    const auto hash = result.articles.isEmpty() ? QString() : document.contentHash();
    for (qsizetype i = 0; i < result.articles.size(); ++i)
        finish(result.articles[i], document, hash, i, result.articles.size());
    return result;
}

} // namespace Attache
