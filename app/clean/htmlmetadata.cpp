// The page's metadata: <meta> tags, JSON-LD, <time>, <title> and the first heading.

#include "clean/htmlpage.h"
#include "clean/publicationdate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache::HtmlDetail {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isArray()) {
        QStringList parts;
        for (const auto &item : value.toArray()) {
            const auto part = jsonText(item);
            if (!part.isEmpty() && !parts.contains(part))
                parts << part;
        }
        return parts.join(u", "_s);
    }
    if (value.isObject())
        return jsonText(value.toObject().value(u"name"_s));
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList kinds{u"Article"_s, u"NewsArticle"_s, u"BlogPosting"_s, u"ReportageNewsArticle"_s,
                                   u"AnalysisNewsArticle"_s, u"OpinionNewsArticle"_s, u"TechArticle"_s,
                                   u"ScholarlyArticle"_s, u"SocialMediaPosting"_s, u"LiveBlogPosting"_s,
                                   u"Report"_s, u"WebPage"_s, u"BackgroundNewsArticle"_s, u"Review"_s};
    if (type.isArray()) {
        for (const auto &item : type.toArray())
            if (isArticleType(item))
                return true;
        return false;
    }
    return kinds.contains(type.toString());
}

void collectJsonLdObjects(const QJsonValue &value, QList<QJsonObject> &objects, int depth = 0)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectJsonLdObjects(item, objects, depth + 1);
    } else if (value.isObject()) {
        const auto object = value.toObject();
        objects << object;
        if (object.contains(u"@graph"_s))
            collectJsonLdObjects(object.value(u"@graph"_s), objects, depth + 1);
    }
}

} // namespace

Metadata PageAnalysis::readMetadata() const
{
    Metadata metadata;
    QHash<QString, QString> meta;
    QList<QJsonObject> jsonLd;
    QString timeElement;
    QString relAuthor;
    QString canonical;

    auto *root = xmlDocGetRootElement(m_document);
    if (!root)
        return metadata;
    if (nameOf(root) == "html") {
        const auto lang = attribute(root, "lang");
        metadata.language = toQString(lang.empty() ? attribute(root, "xml:lang") : lang).trimmed();
    }

    // Pre-order walk over parent pointers: no recursion, so depth costs nothing here.
    int depth = 0;
    for (xmlNode *node = root; node;) {
        bool descend = isElement(node) && depth < HtmlExtractor::MaximumDepth;
        if (isElement(node)) {
            const auto name = nameOf(node);
            if (name == "meta") {
                auto key = attribute(node, "property");
                if (key.empty())
                    key = attribute(node, "name");
                if (key.empty())
                    key = attribute(node, "itemprop");
                const auto content = attribute(node, "content");
                if (!key.empty() && !content.empty()) {
                    // "property" may hold several space-separated names.
                    for (const auto &part : toQString(lower(key)).split(u' ', Qt::SkipEmptyParts))
                        if (!meta.contains(part))
                            meta.insert(part, toQString(content).trimmed());
                }
            } else if (name == "title" && metadata.titleTag.isEmpty()) {
                std::string text;
                collectText(node, text, 0);
                metadata.titleTag = simplifiedText(text);
            } else if (name == "link") {
                const auto rel = lower(attribute(node, "rel"));
                if (rel == "canonical" && canonical.isEmpty())
                    canonical = toQString(attribute(node, "href")).trimmed();
            } else if (name == "script") {
                if (lower(attribute(node, "type")) == "application/ld+json") {
                    std::string text;
                    for (auto *child = node->children; child; child = child->next)
                        if (child->content)
                            text += reinterpret_cast<const char *>(child->content);
                    const auto json = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
                    if (json.isObject())
                        collectJsonLdObjects(json.object(), jsonLd);
                    else if (json.isArray())
                        collectJsonLdObjects(json.array(), jsonLd);
                }
                descend = false;
            } else if (name == "time" && timeElement.isEmpty()) {
                timeElement = toQString(attribute(node, "datetime"));
            } else if (name == "a" && relAuthor.isEmpty() && lower(attribute(node, "rel")) == "author") {
                std::string text;
                collectText(node, text, 0);
                relAuthor = simplifiedText(text);
            } else if (name == "h1" && metadata.firstHeading.isEmpty()) {
                std::string text;
                collectText(node, text, 0);
                metadata.firstHeading = simplifiedText(text);
            } else if (name == "style" || name == "svg") {
                descend = false;
            }
        }
        if (descend && node->children) {
            node = node->children;
            ++depth;
            continue;
        }
        while (node && !node->next && node != root) {
            node = node->parent;
            --depth;
        }
        node = node && node != root ? node->next : nullptr;
    }

    QJsonObject article;
    for (const auto &object : std::as_const(jsonLd)) {
        if (isArticleType(object.value(u"@type"_s)) && object.value(u"@type"_s).toString() != u"WebPage"_s) {
            article = object;
            break;
        }
    }

    auto first = [&](std::initializer_list<QString> keys) {
        for (const auto &key : keys) {
            const auto value = meta.value(key).simplified();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };

    metadata.siteName = first({u"og:site_name"_s});
    if (metadata.siteName.isEmpty())
        metadata.siteName = jsonText(article.value(u"publisher"_s));
    if (metadata.siteName.isEmpty())
        metadata.siteName = first({u"application-name"_s, u"twitter:site"_s});

    metadata.title = first({u"og:title"_s, u"twitter:title"_s, u"dc.title"_s, u"dcterms.title"_s});
    if (metadata.title.isEmpty())
        metadata.title = jsonText(article.value(u"headline"_s));
    if (metadata.title.isEmpty()) {
        // "<title>Headline | Site</title>": keep the headline when what remains is not too short.
        auto title = metadata.titleTag;
        static const QRegularExpression suffix(uR"(^(.*\S)\s+[|\-–—»·:/\\]\s+[^|\-–—»·]*$)"_s);
        const auto match = suffix.match(title);
        // The site's name is the shorter side of the separator.
        if (match.hasMatch()
            && (match.captured(1).split(u' ', Qt::SkipEmptyParts).size() >= 3
                || match.captured(1).size() > title.size() - match.captured(1).size()))
            title = match.captured(1);
        metadata.title = title;
    }
    if (metadata.title.isEmpty())
        metadata.title = metadata.firstHeading;

    auto isName = [](const QString &value) {
        return !value.isEmpty() && value.size() < 120 && !value.startsWith(u"http"_s);
    };
    for (const auto &key : {u"author"_s, u"article:author"_s, u"dc.creator"_s, u"parsely-author"_s,
                            u"sailthru.author"_s, u"byl"_s}) {
        const auto value = meta.value(key).simplified();
        if (isName(value)) {
            metadata.byline = value;
            break;
        }
    }
    if (metadata.byline.isEmpty() && isName(jsonText(article.value(u"author"_s))))
        metadata.byline = jsonText(article.value(u"author"_s));
    if (metadata.byline.isEmpty() && isName(relAuthor))
        metadata.byline = relAuthor;

    const auto metaDate = first({u"article:published_time"_s, u"og:published_time"_s, u"datepublished"_s,
                                 u"publishdate"_s, u"pubdate"_s, u"publish-date"_s, u"date"_s,
                                 u"dc.date.issued"_s, u"dc.date"_s, u"dcterms.created"_s, u"dcterms.date"_s,
                                 u"sailthru.date"_s, u"parsely-pub-date"_s, u"article.published"_s,
                                 u"published-date"_s, u"cxenseparse:recs:publishtime"_s});
    if (const auto date = parseMachineDate(metaDate); date.isValid()) {
        metadata.published = date;
        metadata.publishedSource = DateSource::Metadata;
    } else if (const auto jsonDate = parseMachineDate(article.value(u"datePublished"_s).toString()); jsonDate.isValid()) {
        metadata.published = jsonDate;
        metadata.publishedSource = DateSource::JsonLd;
    } else if (const auto timeDate = parseMachineDate(timeElement); timeDate.isValid()) {
        metadata.published = timeDate;
        metadata.publishedSource = DateSource::TimeElement;
    }

    metadata.url = canonical;
    if (metadata.url.isEmpty())
        metadata.url = first({u"og:url"_s});
    if (metadata.url.isEmpty())
        metadata.url = article.value(u"url"_s).toString();
    if (metadata.language.isEmpty())
        metadata.language = first({u"content-language"_s, u"og:locale"_s, u"language"_s}).replace(u'_', u'-');
    metadata.articleBody = article.value(u"articleBody"_s).toString().trimmed();
    return metadata;
}

} // namespace Attache::HtmlDetail
