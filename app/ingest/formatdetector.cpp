#include "ingest/formatdetector.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr qsizetype SniffWindow = 2048;

QString extensionOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool looksLikeJsonLines(QStringView text)
{
    // At least two lines, each a complete object: a JSON array or object is tried first.
    int objects = 0;
    for (const auto line : text.left(64 * 1024).split(u'\n')) {
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!trimmed.startsWith(u'{') || !trimmed.endsWith(u'}'))
            return false;
        if (++objects >= 2)
            return true;
    }
    return false;
}

} // namespace

SourceFormat FormatDetector::detect(const QString &path, const QString &text)
{
    const auto head = QStringView(text).left(SniffWindow).trimmed();
    const auto lowerHead = head.toString().toLower();
    const auto extension = extensionOf(path);

    if (lowerHead.startsWith(u"<?xml"_s) || lowerHead.startsWith(u"<rss"_s) || lowerHead.startsWith(u"<feed"_s)
        || lowerHead.startsWith(u"<rdf:rdf"_s)) {
        static const QRegularExpression feedRoot(uR"(<(rss|feed|rdf:rdf)[\s>])"_s);
        if (feedRoot.match(lowerHead).hasMatch())
            return SourceFormat::Feed;
        if (lowerHead.contains(u"<html"_s))
            return SourceFormat::Html;
    }
    if (lowerHead.startsWith(u"<!doctype html"_s) || lowerHead.startsWith(u"<html"_s)
        || lowerHead.startsWith(u"<!--"_s) || lowerHead.startsWith(u"<head"_s)
        || lowerHead.startsWith(u"<body"_s) || lowerHead.startsWith(u"<meta"_s))
        return SourceFormat::Html;

    if (head.startsWith(u'{') || head.startsWith(u'[')) {
        if (head.startsWith(u'{') && looksLikeJsonLines(text))
            return SourceFormat::JsonLines;
        if (extension == u"jsonl"_s || extension == u"ndjson"_s)
            return SourceFormat::JsonLines;
        return SourceFormat::Json;
    }

    if (extension == u"html"_s || extension == u"htm"_s || extension == u"xhtml"_s)
        return SourceFormat::Html;
    if (extension == u"md"_s || extension == u"markdown"_s)
        return SourceFormat::Markdown;
    if (extension == u"json"_s)
        return SourceFormat::Json;
    if (extension == u"jsonl"_s || extension == u"ndjson"_s)
        return SourceFormat::JsonLines;
    if (extension == u"rss"_s || extension == u"atom"_s || extension == u"rdf"_s || extension == u"xml"_s)
        return SourceFormat::Feed;
    // Markdown clippings without the extension still start with YAML front matter.
    if (head.startsWith(u"---\n"_s) || head.startsWith(u"---\r\n"_s))
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

} // namespace Attache
