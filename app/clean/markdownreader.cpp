#include "clean/markdownreader.h"

#include "clean/publicationdate.h"

#include <QRegularExpression>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.front() == u'"' && value.back() == u'"') || (value.front() == u'\'' && value.back() == u'\''))) {
        value = value.mid(1, value.size() - 2);
    }
    return value.trimmed();
}

QStringList inlineList(const QString &value)
{
    auto inner = value.trimmed();
    if (inner.startsWith(u'[') && inner.endsWith(u']'))
        inner = inner.mid(1, inner.size() - 2);
    QStringList items;
    for (const auto &part : inner.split(u',', Qt::SkipEmptyParts)) {
        const auto item = unquoted(part);
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

// The subset of YAML that clippers write: "key: value", inline lists and "- item" lists.
// Returns the length of the front matter including its fences, 0 when there is none.
qsizetype readFrontMatter(const QString &text, Article &article)
{
    if (!text.startsWith(u"---\n"_s) && !text.startsWith(u"---\r\n"_s))
        return 0;
    static const QRegularExpression fence(u"^(---|\\.\\.\\.)[ \\t]*\\r?$"_s, QRegularExpression::MultilineOption);
    const qsizetype bodyStart = text.indexOf(u'\n') + 1;
    const auto end = fence.matchView(text, bodyStart);
    if (!end.hasMatch()) {
        article.warnings << u"the YAML front matter is not closed; it was read as text"_s;
        return 0;
    }
    const auto yaml = QStringView(text).mid(bodyStart, end.capturedStart(0) - bodyStart);
    qsizetype consumed = end.capturedEnd(0);
    if (consumed < text.size() && text.at(consumed) == u'\n')
        ++consumed;

    QString listKey;
    QStringList authors;
    for (const auto rawLine : yaml.split(u'\n')) {
        const auto line = rawLine.toString();
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u"- "_s) && !listKey.isEmpty()) {
            const auto item = unquoted(trimmed.mid(2));
            if (listKey == u"tags"_s || listKey == u"keywords"_s || listKey == u"categories"_s)
                article.tags << item;
            else if (listKey == u"author"_s || listKey == u"authors"_s)
                authors << item;
            continue;
        }
        const auto colon = trimmed.indexOf(u':');
        if (colon <= 0)
            continue;
        const auto key = trimmed.left(colon).trimmed().toLower();
        const auto value = trimmed.mid(colon + 1).trimmed();
        listKey = value.isEmpty() ? key : QString();
        if (value.isEmpty())
            continue;
        if (key == u"title"_s || key == u"headline"_s) {
            article.title = unquoted(value);
        } else if (key == u"author"_s || key == u"authors"_s || key == u"byline"_s) {
            authors << (value.startsWith(u'[') ? inlineList(value) : QStringList{unquoted(value)});
        } else if (key == u"date"_s || key == u"published"_s || key == u"publishdate"_s || key == u"pubdate"_s
                   || key == u"date_published"_s || key == u"datepublished"_s) {
            if (const auto date = parseWrittenDate(unquoted(value)); date.isValid()) {
                article.published = date;
                article.publishedSource = DateSource::Metadata;
            } else {
                article.warnings << u"the front matter date \"%1\" could not be read"_s.arg(unquoted(value));
            }
        } else if (key == u"source"_s || key == u"site"_s || key == u"publisher"_s) {
            article.source = unquoted(value);
        } else if (key == u"url"_s || key == u"link"_s || key == u"source_url"_s) {
            article.url = unquoted(value);
        } else if (key == u"tags"_s || key == u"keywords"_s || key == u"categories"_s) {
            article.tags << inlineList(value);
        } else if (key == u"lang"_s || key == u"language"_s) {
            article.language = unquoted(value);
        } else if (key == u"description"_s || key == u"summary"_s || key == u"standfirst"_s) {
            article.standfirst = unquoted(value);
        }
    }
    authors.removeAll(QString());
    article.byline = authors.join(u", "_s);
    return consumed;
}

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QString> named{
        {u"&amp;"_s, u"&"_s}, {u"&lt;"_s, u"<"_s}, {u"&gt;"_s, u">"_s}, {u"&quot;"_s, u"\""_s},
        {u"&apos;"_s, u"'"_s}, {u"&nbsp;"_s, u" "_s}, {u"&mdash;"_s, u"—"_s}, {u"&ndash;"_s, u"–"_s},
        {u"&hellip;"_s, u"…"_s}, {u"&rsquo;"_s, u"’"_s}, {u"&lsquo;"_s, u"‘"_s}, {u"&rdquo;"_s, u"”"_s},
        {u"&ldquo;"_s, u"“"_s}, {u"&copy;"_s, u"©"_s},
    };
    if (entity.startsWith(u"&#"_s) && entity.endsWith(u';')) {
        const auto digits = entity.mid(2, entity.size() - 3);
        bool ok = false;
        const uint code = digits.startsWith(u'x') || digits.startsWith(u'X') ? digits.mid(1).toUInt(&ok, 16)
                                                                               : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString(QChar::ReplacementCharacter);
    }
    return named.value(entity.toString(), entity.toString());
}

// md4c calls back block by block; this collects the text of the innermost leaf block.
struct Collector
{
    Article *article = nullptr;
    QString buffer;
    int quoteDepth = 0;
    int listDepth = 0;
    int headingLevel = 0;
    bool isInCode = false;
    bool isInHtml = false;
    bool isInTableRow = false;
    bool hasTakenTitle = false;

    void flush()
    {
        const auto text = isInCode ? buffer : buffer.simplified();
        buffer.clear();
        if (text.trimmed().isEmpty())
            return;
        Block block;
        if (isInCode) {
            block.kind = BlockKind::Preformatted;
            QString code = text;
            while (code.endsWith(u'\n'))
                code.chop(1);
            block.text = code;
        } else if (headingLevel > 0) {
            block.kind = BlockKind::Heading;
            block.level = headingLevel;
            block.text = text;
            if (headingLevel == 1 && !hasTakenTitle && article->blocks.isEmpty()) {
                hasTakenTitle = true;
                if (article->title.isEmpty()) {
                    article->title = text;
                    return;
                }
                if (article->title.compare(text, Qt::CaseInsensitive) == 0) {
                    article->removed << RemovedFragment{text, u"repeated headline"_s, 0};
                    return;
                }
            }
        } else if (listDepth > 0) {
            block.kind = BlockKind::ListItem;
            block.level = listDepth - 1;
            block.text = text;
        } else if (quoteDepth > 0) {
            block.kind = BlockKind::Quote;
            block.text = text;
        } else {
            block.text = text;
        }
        article->blocks << block;
    }

    static Collector &of(void *userdata) { return *static_cast<Collector *>(userdata); }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        auto &self = of(userdata);
        // Text of a list item before a nested list or paragraph is a block of its own.
        if (type != MD_BLOCK_TD && type != MD_BLOCK_TH)
            self.flush();
        switch (type) {
        case MD_BLOCK_QUOTE: ++self.quoteDepth; break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: ++self.listDepth; break;
        case MD_BLOCK_H: self.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level); break;
        case MD_BLOCK_CODE: self.isInCode = true; break;
        case MD_BLOCK_HTML: self.isInHtml = true; break;
        case MD_BLOCK_TR: self.isInTableRow = true; break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            if (!self.buffer.isEmpty())
                self.buffer += u" | "_s;
            break;
        default: break;
        }
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
    {
        auto &self = of(userdata);
        switch (type) {
        case MD_BLOCK_QUOTE: self.flush(); self.quoteDepth = std::max(0, self.quoteDepth - 1); break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: self.flush(); self.listDepth = std::max(0, self.listDepth - 1); break;
        case MD_BLOCK_H: self.flush(); self.headingLevel = 0; break;
        case MD_BLOCK_CODE: self.flush(); self.isInCode = false; break;
        case MD_BLOCK_HTML: {
            const auto html = self.buffer.simplified();
            self.buffer.clear();
            if (!html.isEmpty())
                self.article->removed << RemovedFragment{html, u"raw HTML"_s, int(self.article->blocks.size())};
            self.isInHtml = false;
            break;
        }
        case MD_BLOCK_TR: self.flush(); self.isInTableRow = false; break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH: break;
        default: self.flush(); break;
        }
        return 0;
    }

    static int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
    static int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }

    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
    {
        auto &self = of(userdata);
        const auto chunk = QString::fromUtf8(text, qsizetype(size));
        switch (type) {
        case MD_TEXT_NULLCHAR: self.buffer += QChar::ReplacementCharacter; break;
        case MD_TEXT_BR: self.buffer += self.isInCode ? u"\n"_s : u" "_s; break;
        case MD_TEXT_SOFTBR: self.buffer += self.isInCode ? u"\n"_s : u" "_s; break;
        case MD_TEXT_ENTITY: self.buffer += decodeEntity(chunk); break;
        case MD_TEXT_HTML:
            // Inline tags are markup, not text; a raw HTML block is kept aside as removed.
            if (self.isInHtml)
                self.buffer += chunk;
            break;
        default: self.buffer += chunk; break;
        }
        return 0;
    }
};

} // namespace

Article MarkdownReader::read(const QString &text) const
{
    Article article;
    const auto bodyOffset = readFrontMatter(text, article);
    const QByteArray body = QStringView(text).mid(bodyOffset).toUtf8();

    Collector collector;
    collector.article = &article;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &Collector::enterBlock;
    parser.leave_block = &Collector::leaveBlock;
    parser.enter_span = &Collector::enterSpan;
    parser.leave_span = &Collector::leaveSpan;
    parser.text = &Collector::onText;
    if (md_parse(body.constData(), MD_SIZE(body.size()), &parser, &collector) != 0)
        article.warnings << u"the Markdown could not be parsed to its end"_s;
    collector.flush();
    return article;
}

} // namespace Attache
