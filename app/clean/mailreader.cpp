#include "clean/mailreader.h"

#include "clean/htmlextractor.h"
#include "clean/pdfreader.h"

#include <KMime/Message>
#include <KMime/Util>

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Newsletter furniture: lines about the e-mail itself rather than its stories.
const QRegularExpression &furniture()
{
    static const QRegularExpression pattern(
        uR"(\b(view (this|it|the|this e-?mail|this newsletter)? ?(online|in (your|a|the) browser|as a web ?page)|web version|having trouble viewing|unsubscribe|opt[- ]out|manage (your )?(preferences|subscriptions?|e-?mail settings)|update your (preferences|profile)|you (are )?receiv(ed|ing) this|forward (this|it) to a friend|was this (e-?mail|newsletter) forwarded|add us to your address book|follow us( on)?|se d[ée]sinscrire|d[ée]sabonner|voir (la version|ce message|cet e-?mail) en ligne|abmelden)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The legal footer begins with one of these; everything after it goes too.
const QRegularExpression &legalFooter()
{
    static const QRegularExpression pattern(
        uR"((^(©|\(c\)|copyright)\s)|\ball rights reserved\b|\bprivacy (policy|notice)\b|\btous droits r[ée]serv[ée]s\b|\bunsubscribe\b|\byou (are )?receiv(ed|ing) this\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A story's link to its web page, alone on its line: the story's text is in the message.
bool isReadMoreLink(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(read more|read on|continue reading|read the full (story|article)|lire la suite|weiterlesen|leer m[áa]s)\W*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 60 && pattern.matchView(text.trimmed()).hasMatch();
}

// A line of social network names and separators only.
bool isSocialLinks(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^((facebook|twitter|x|linkedin|instagram|youtube|mastodon|bluesky|threads|telegram|whatsapp|rss)[\s|·•,/]*)+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 200 && pattern.matchView(text.trimmed()).hasMatch();
}

// Removes the furniture from a message's blocks, keeping what is cut with its reason. The legal
// footer is only looked for in the second half: a first paragraph may mention a privacy policy.
void removeFurniture(Article &article)
{
    QList<Block> kept;
    const auto count = article.blocks.size();
    for (qsizetype i = 0; i < count; ++i) {
        const auto &block = article.blocks.at(i);
        const bool isShort = block.text.size() <= 300;
        if (isShort && i >= count / 2 && i > 0 && legalFooter().matchView(block.text).hasMatch()) {
            for (qsizetype j = i; j < count; ++j)
                article.removed << RemovedFragment{article.blocks.at(j).text, u"newsletter footer"_s, int(kept.size())};
            break;
        }
        if (isShort && (furniture().matchView(block.text).hasMatch() || isSocialLinks(block.text) || isReadMoreLink(block.text))) {
            article.removed << RemovedFragment{block.text, u"newsletter furniture"_s, int(kept.size())};
            continue;
        }
        kept << block;
    }
    article.blocks = std::move(kept);
}

// A plain-text body as paragraphs: blank lines separate them, wrapped lines are joined, "* " and
// "- " lines are list items, and a signature ("-- ") ends the text.
QList<Block> textBlocks(const QString &text)
{
    QList<Block> blocks;
    QString paragraph;
    auto flush = [&] {
        if (!paragraph.trimmed().isEmpty())
            blocks << Block{BlockKind::Paragraph, 0, paragraph.simplified()};
        paragraph.clear();
    };
    for (const auto &raw : text.split(u'\n')) {
        const auto line = raw.trimmed();
        if (raw == u"-- "_s || raw == u"--"_s)
            break;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(u"* "_s) || line.startsWith(u"- "_s) || line.startsWith(u"• "_s)) {
            flush();
            blocks << Block{BlockKind::ListItem, 0, line.mid(2).simplified()};
            continue;
        }
        paragraph += paragraph.isEmpty() ? line : u' ' + line;
    }
    flush();
    return blocks;
}

// The bytes KMime is given. NUL bytes go: no header or text part may hold one, and binary parts
// travel in base64 or quoted-printable, which never do; KMime matches header names as C strings,
// so "From\0:" would be looked up as From while built as an unknown header — and read as the wrong
// type (found by fuzzing).
QByteArray mimeBytes(const QByteArray &bytes)
{
    auto withoutNul = bytes;
    withoutNul.removeIf([](char c) { return c == '\0'; });
    return KMime::CRLFtoLF(withoutNul);
}

QString attachmentName(const KMime::Content &part)
{
    if (const auto *disposition = part.contentDisposition(); disposition && !disposition->filename().isEmpty())
        return disposition->filename();
    if (const auto *type = part.contentType(); type && !type->name().isEmpty())
        return type->name();
    return u"unnamed attachment"_s;
}

// One message as an article, plus one for each PDF attached to it; with `pdfs`, the bytes each
// article was read from are appended to it (empty for the message itself).
QList<Article> readMessage(const QByteArray &bytes, const QString &path, QStringList &warnings,
                           QList<QByteArray> *pdfs = nullptr)
{
    KMime::Message message;
    message.setContent(mimeBytes(bytes));
    message.parse();

    Article article;
    if (const auto *subject = std::as_const(message).subject())
        article.title = subject->asUnicodeString().simplified();
    if (const auto *from = std::as_const(message).from(); from && !from->mailboxes().isEmpty()) {
        const auto mailbox = from->mailboxes().constFirst();
        // The sender's name as the source, and the address that tells two senders of one name apart.
        article.source = mailbox.hasName() ? mailbox.name() : QString::fromUtf8(mailbox.address());
        article.byline = QString::fromUtf8(mailbox.address());
    }
    if (const auto *date = std::as_const(message).date(); date && date->dateTime().isValid()) {
        article.published = date->dateTime().toUTC();
        article.publishedSource = DateSource::Metadata;
    }

    if (const auto *html = std::as_const(message).mainBodyPart("text/html")) {
        // Only the markup is parsed: images, styles and links are never followed.
        article.blocks = HtmlExtractor().extractFragment(html->decodedText(), &article.warnings);
    } else if (const auto *text = std::as_const(message).mainBodyPart("text/plain")) {
        article.blocks = textBlocks(text->decodedText());
    } else if (!message.contentType()->isMultipart() && message.contentType()->isText()) {
        article.blocks = textBlocks(message.decodedText());
    }
    removeFurniture(article);

    QList<Article> articles;
    const auto attachments = message.attachments();
    if (!attachments.isEmpty()) {
        const QLocale locale;
        article.blocks << Block{BlockKind::Heading, 2, u"Attachments"_s};
        for (const auto *part : attachments) {
            const auto content = part->decodedContent();
            const auto name = attachmentName(*part);
            article.blocks << Block{BlockKind::ListItem, 0,
                                    u"%1 (%2, %3)"_s.arg(name, QString::fromLatin1(part->contentType()->mimeType()),
                                                         locale.formattedDataSize(content.size()))};
            if (part->contentType()->mimeType() != "application/pdf" && !content.startsWith("%PDF-"))
                continue;
            SourceDocument pdf;
            pdf.path = path;
            pdf.bytes = content;
            pdf.format = SourceFormat::Pdf;
            auto read = PdfReader().read(pdf);
            if (!read.isOk()) {
                warnings << u"the attachment %1 cannot be read: %2"_s.arg(name, read.error);
                continue;
            }
            for (auto &attached : read.articles) {
                attached.tags << u"attachment"_s;
                if (attached.source.isEmpty())
                    attached.source = article.source;
                articles << attached;
                if (pdfs)
                    *pdfs << content;
            }
        }
    }
    articles.prepend(article);
    if (pdfs)
        pdfs->insert(pdfs->size() - (articles.size() - 1), QByteArray());
    return articles;
}

// The messages of an mbox: each starts with a "From " line at the start of the file or after a
// blank line; ">From " lines in a body are unescaped (mboxrd).
QList<QByteArray> mboxMessages(const QByteArray &bytes)
{
    QList<QByteArray> messages;
    qsizetype start = -1;
    qsizetype position = 0;
    auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        auto message = bytes.mid(start, end - start);
        message = message.mid(message.indexOf('\n') + 1); // the separator line
        static const QRegularExpression escaped(uR"((?m)^>(>*From ))"_s);
        auto text = QString::fromLatin1(message); // Latin-1 maps bytes one to one: nothing is lost
        text.replace(escaped, u"\\1"_s);
        messages << text.toLatin1();
    };
    while (position < bytes.size()) {
        const bool isSeparator = bytes.mid(position, 5) == "From "
            && (position == 0 || (position >= 2 && bytes.at(position - 1) == '\n'
                                  && (bytes.at(position - 2) == '\n'
                                      || (position >= 3 && bytes.at(position - 2) == '\r' && bytes.at(position - 3) == '\n'))));
        if (isSeparator) {
            finish(position);
            start = position;
        }
        const auto next = bytes.indexOf('\n', position);
        position = next < 0 ? bytes.size() : next + 1;
    }
    finish(bytes.size());
    return messages;
}

bool hasHeaderBlock(const QByteArray &message)
{
    static const QRegularExpression field(uR"(^[A-Za-z][A-Za-z0-9-]*:)"_s);
    return field.matchView(QString::fromLatin1(message.left(200))).hasMatch();
}

// The messages of the file as articles; with `pdfs`, one entry an article as readMessage gives.
CleanResult readMail(const SourceDocument &document, QList<QByteArray> *pdfs)
{
    CleanResult result;
    result.path = document.path;
    if (document.format != SourceFormat::Mbox) {
        if (!hasHeaderBlock(document.bytes)) {
            result.error = u"it is not an e-mail message: it has no header fields"_s;
            return result;
        }
        result.articles = readMessage(document.bytes, document.path, result.warnings, pdfs);
        if (result.articles.constFirst().blocks.isEmpty() && result.articles.constFirst().title.isEmpty()) {
            result.articles.clear();
            if (pdfs)
                pdfs->clear();
            result.error = u"the message has neither a subject nor any text"_s;
        }
        return result;
    }
    const auto messages = mboxMessages(document.bytes);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const auto &message = messages.at(i);
        if (!hasHeaderBlock(message)) {
            result.warnings << u"message %1 of %2 cannot be read: it has no header fields"_s.arg(i + 1).arg(messages.size());
            continue;
        }
        QList<QByteArray> messagePdfs;
        const auto read = readMessage(message, document.path, result.warnings, pdfs ? &messagePdfs : nullptr);
        if (read.constFirst().blocks.isEmpty() && read.constFirst().title.isEmpty()) {
            result.warnings << u"message %1 of %2 has neither a subject nor any text"_s.arg(i + 1).arg(messages.size());
            continue;
        }
        result.articles << read;
        if (pdfs)
            *pdfs << messagePdfs;
    }
    if (messages.isEmpty())
        result.error = u"it is not a mailbox: no message starts with a \"From \" line"_s;
    return result;
}

} // namespace

CleanResult MailReader::read(const SourceDocument &document) const
{
    return readMail(document, nullptr);
}

QByteArray MailReader::attachedPdf(const SourceDocument &document, qsizetype articleIndex) const
{
    QList<QByteArray> pdfs;
    readMail(document, &pdfs);
    return pdfs.value(articleIndex);
}

CleanResult MhtmlReader::read(const SourceDocument &document) const
{
    CleanResult result;
    result.path = document.path;
    KMime::Message message;
    message.setContent(mimeBytes(document.bytes));
    message.parse();

    // The main page is the first HTML part; the others are its images and frames.
    const KMime::Content *html = nullptr;
    QList<const KMime::Content *> pending{&message};
    while (!pending.isEmpty() && !html) {
        const auto *part = pending.takeFirst();
        const auto children = part->contents();
        if (children.empty()) {
            if (const auto *type = part->contentType(); type && type->isHTMLText())
                html = part;
            continue;
        }
        for (qsizetype i = qsizetype(children.size()) - 1; i >= 0; --i)
            pending.prepend(children[size_t(i)]);
    }
    if (!html) {
        result.error = u"it is not a saved page: the MHTML file holds no HTML part"_s;
        return result;
    }
    auto article = HtmlExtractor().extractPage(html->decodedText());
    if (article.url.isEmpty()) {
        if (const auto *location = message.headerByType("Snapshot-Content-Location"))
            article.url = location->asUnicodeString().trimmed();
        else if (const auto *partLocation = html->contentLocation())
            article.url = partLocation->asUnicodeString().trimmed();
    }
    if (article.title.isEmpty())
        if (const auto *subject = std::as_const(message).subject())
            article.title = subject->asUnicodeString().simplified();
    // The Date field is when the page was saved, not published: as uncertain as a file's time.
    if (!article.published.isValid())
        if (const auto *date = std::as_const(message).date(); date && date->dateTime().isValid()) {
            article.published = date->dateTime().toUTC();
            article.publishedSource = DateSource::FileModified;
        }
    if (!article.blocks.isEmpty())
        result.articles << std::move(article);
    return result;
}

} // namespace Attache
