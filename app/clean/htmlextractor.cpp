#include "clean/htmlextractor.h"

#include "clean/htmlpage.h"
#include "clean/htmlprefilter.h"

using namespace Qt::StringLiterals;

namespace Attache {

using HtmlDetail::findBody;
using HtmlDetail::PageAnalysis;
using HtmlDetail::parseHtml;

Article HtmlExtractor::extract(const SourceDocument &document) const
{
    // Most pages are UTF-8 on disk: libxml2 then reads the bytes as they are, sparing a
    // re-encoding of the decoded text (the decoder has already checked what it read).
    if (document.encoding == u"UTF-8"_s && !document.bytes.isEmpty()) {
        QByteArrayView bytes(document.bytes);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        // SourceReader leaves the text empty only for bytes it has checked.
        if (document.text.isEmpty() || bytes.isValidUtf8())
            return extractUtf8(bytes);
    }
    return extractPage(document.text);
}

Article HtmlExtractor::extractPage(const QString &html) const
{
    return extractUtf8(html.toUtf8());
}

Article HtmlExtractor::extractUtf8(QByteArrayView html) const
{
    Article article;
    const auto document = parseHtml(html);
    auto *body = document ? findBody(document.get()) : nullptr;
    if (!body) {
        article.warnings << u"the page has no readable HTML content"_s;
        return article;
    }
    PageAnalysis analysis(document.get(), body);
    const auto metadata = analysis.readMetadata();
    article = analysis.extractArticle(metadata);
    article.title = metadata.title;
    if (!metadata.byline.isEmpty())
        article.byline = metadata.byline;
    article.source = metadata.siteName;
    article.url = metadata.url;
    article.language = metadata.language;
    article.published = metadata.published;
    article.publishedSource = metadata.publishedSource;
    return article;
}

QList<Block> HtmlExtractor::extractFragment(const QString &html, QStringList *warnings) const
{
    if (html.trimmed().isEmpty())
        return {};
    const auto document = parseHtml(html.toUtf8());
    auto *body = document ? findBody(document.get()) : nullptr;
    if (!body)
        return {};
    PageAnalysis analysis(document.get(), body);
    return analysis.extractAll(warnings);
}

} // namespace Attache
