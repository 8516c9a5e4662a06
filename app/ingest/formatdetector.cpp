#include "ingest/formatdetector.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

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

// A message's header block: "Name: value" fields (folded lines start with white space) up to the
// first blank line, with at least two of the fields every mail program writes. Names alone do
// not do: a text copy may well start with "Subject: …".
enum class MessageKind { None, Email, Mhtml };

MessageKind messageKind(QStringView head)
{
    static const QRegularExpression field(uR"(^([A-Za-z][A-Za-z0-9-]*):)"_s);
    static const QSet<QString> common{u"from"_s, u"to"_s, u"subject"_s, u"date"_s, u"message-id"_s,
                                      u"mime-version"_s, u"received"_s, u"return-path"_s, u"content-type"_s,
                                      u"snapshot-content-location"_s, u"delivered-to"_s, u"reply-to"_s};
    int known = 0;
    bool isRelated = false;
    bool isSnapshot = false;
    bool isFirst = true;
    for (const auto line : head.split(u'\n')) {
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty())
            break;
        if (!isFirst && (line.front() == u' ' || line.front() == u'\t'))
            continue; // a folded field
        isFirst = false;
        const auto match = field.matchView(line);
        if (!match.hasMatch())
            return MessageKind::None;
        const auto name = match.captured(1).toLower();
        known += common.contains(name);
        isSnapshot = isSnapshot || name == u"snapshot-content-location"_s;
        isRelated = isRelated || (name == u"content-type"_s && trimmed.toString().toLower().contains(u"multipart/related"_s));
    }
    if (known < 2)
        return MessageKind::None;
    return isSnapshot || isRelated ? MessageKind::Mhtml : MessageKind::Email;
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

    // An mbox opens with its first message's "From sender date" separator line.
    if (head.startsWith(u"From "_s)) {
        const auto firstBreak = head.indexOf(u'\n');
        if (firstBreak > 0 && messageKind(head.mid(firstBreak + 1)) != MessageKind::None)
            return SourceFormat::Mbox;
    }
    switch (messageKind(head)) {
    case MessageKind::Email:
        return extension == u"mht"_s || extension == u"mhtml"_s ? SourceFormat::Mhtml : SourceFormat::Email;
    case MessageKind::Mhtml: return SourceFormat::Mhtml;
    case MessageKind::None: break;
    }

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
