#include "clean/pdfreader.h"

#include "clean/htmlextractor.h"
#include "clean/pdflayout.h"
#include "clean/pdfstructure.h"
#include "clean/textcopycleaner.h"
#include "clean/textcopylines.h"
#include "core/logging.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace PdfLayout;

namespace {

using Clock = std::chrono::steady_clock;

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
}

// Poppler asks this between words while it extracts a page; the closure holds the deadline.
bool isPastDeadline(const QVariant &deadlineMs)
{
    return nowMs() >= deadlineMs.toLongLong();
}

Page readPage(const Poppler::Page &page, qint64 deadlineMs)
{
    Page result;
    result.size = page.pageSizeF();
    const auto boxes = page.textList(Poppler::Page::Rotate0, isPastDeadline, QVariant::fromValue(deadlineMs));
    // Link areas come as fractions of the page; words are placed in points.
    QList<QRectF> links;
    for (const auto &link : page.links()) {
        const auto area = link->linkArea().normalized();
        links << QRectF(area.left() * result.size.width(), area.top() * result.size.height(),
                        area.width() * result.size.width(), area.height() * result.size.height());
    }
    result.words.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes) {
        const auto bounds = box->boundingBox();
        const auto centre = bounds.center();
        const bool isLinked = std::any_of(links.cbegin(), links.cend(), [&](const QRectF &area) { return area.contains(centre); });
        result.words << Word{typedText(box->text()), bounds, box->hasSpaceAfter(), isLinked};
    }
    return result;
}

constexpr double MaximumLinkDensity = 0.5;

// Heading levels by how much larger than the body text a short block is set.
int headingLevel(const TextBlock &block, double body)
{
    if (body <= 0 || block.size < 1.15 * body || block.text.size() > 200)
        return 0;
    if (block.size >= 1.8 * body)
        return 1;
    return block.size >= 1.4 * body ? 2 : 3;
}

// The blocks as a text copy of the page would hold them: one line each, a blank line where the
// page leaves a gap, so that the text-copy cleaner's rules on runs of short lines apply.
QString asTextCopy(const QList<TextBlock> &blocks)
{
    QString text;
    for (const auto &block : blocks) {
        if (!text.isEmpty())
            text += block.isAfterGap ? u"\n\n"_s : u"\n"_s;
        text += block.text;
    }
    return text;
}

QDateTime metadataDate(const Poppler::Document &pdf)
{
    const auto created = pdf.creationDate();
    return created.isValid() ? created.toUTC() : pdf.modificationDate().toUTC();
}

// The document's own metadata stands in for what the text does not tell; failing a title, the
// largest heading of the first page.
void addMetadata(Article &article, const Poppler::Document &pdf, const QList<TextBlock> &blocks)
{
    if (article.title.isEmpty())
        article.title = pdf.info(u"Title"_s).simplified();
    if (article.title.isEmpty()) {
        const double body = bodySize(blocks);
        const TextBlock *largest = nullptr;
        for (const auto &block : blocks)
            if (block.page == 1 && headingLevel(block, body) > 0 && (!largest || block.size > largest->size))
                largest = &block;
        if (largest)
            article.title = largest->text;
    }
    if (article.byline.isEmpty())
        article.byline = pdf.info(u"Author"_s).simplified();
    if (!article.published.isValid()) {
        if (const auto date = metadataDate(pdf); date.isValid()) {
            article.published = date;
            article.publishedSource = DateSource::Metadata;
        }
    }
}

// The HTML extractor judges containers, and a printed page's tree has fewer of them than the page
// had (a browser tags no plain <div>): the furniture after the article (an author's box, a
// newsletter form, "Explore further", the legal lines) can share the article's container. The
// text-copy cleaner's line rules find it, as in a copy of the page's text; the blocks it drops are
// left out (with their reason) unless that would leave less than half of the text. Then (an article
// mostly of list entries or short lines, which a reading by lines does not take for prose) only the
// blocks its phrase rules name are left out: a cookie notice, a search box's label, a comment
// form's line, which are furniture wherever they stand. Before all this, a heading that names what
// follows as other stories ends the article (cutAtRelatedHeading).
void trimFurniture(Article &article)
{
    cutAtRelatedHeading(article);
    QString copy;
    for (const auto &block : std::as_const(article.blocks))
        copy += block.text + u"\n\n"_s;
    const auto trimmed = TextCopyCleaner().clean(copy);
    QSet<QString> kept;
    for (const auto &block : trimmed.blocks)
        kept.insert(block.text);
    QList<Block> blocks;
    QList<RemovedFragment> removed;
    for (const auto &block : std::as_const(article.blocks)) {
        if (kept.contains(block.text))
            blocks << block;
        else
            removed << RemovedFragment{block.text, u"page furniture"_s, int(blocks.size())};
    }
    qsizetype keptCharacters = 0, allCharacters = 0;
    for (const auto &block : std::as_const(blocks))
        keptCharacters += block.text.size();
    for (const auto &block : std::as_const(article.blocks))
        allCharacters += block.text.size();
    // Keeping less than half of what the extractor found, it has taken a side part for the article.
    if (blocks.isEmpty() || 2 * keptCharacters < allCharacters) {
        blocks.clear();
        removed.clear();
        for (const auto &block : std::as_const(article.blocks)) {
            const auto reason = block.text.size() > TextCopyDetail::PatternLineLimit
                ? QString()
                : TextCopyDetail::boilerplateReason(block.text, block.text.toLower(), TextCopyDetail::countWords(block.text));
            if (reason.isEmpty())
                blocks << block;
            else
                removed << RemovedFragment{block.text, reason, int(blocks.size())};
        }
        if (blocks.isEmpty())
            return;
    }
    article.blocks = blocks;
    article.removed << removed;
}

// Share of a tagged file's drawn text its structure tree must reach to be read by it alone. A
// browser draws the alt text of pictures that did not load, and the text of form fields, outside
// the tree, and a file tagged in part leaves text out: such a page (a fifth of its text or more
// untagged) is read by layout. Chosen on the development half among 0.95, 0.9, 0.85, 0.8, 0.75,
// 0.7 and 0 once printed menus and cards were read as navigation (which made the tree the better
// reading of more pages); chosen on three by-site folds in turn, it was 0.8 twice, 0.85 and 0.
constexpr double MinimumTaggedShare = 0.8;

} // namespace

void routePopplerMessages()
{
    static const bool isRouted = [] {
        Poppler::setDebugErrorFunction([](const QString &message, const QVariant &) { qCDebug(lcClean) << "poppler:" << message; },
                                       QVariant());
        return true;
    }();
    Q_UNUSED(isRouted);
}

PdfReader::PdfReader(std::chrono::milliseconds timeLimit)
    : m_timeLimit(timeLimit)
{
}

CleanResult PdfReader::read(const SourceDocument &document) const
{
    CleanResult result;
    result.path = document.path;
    routePopplerMessages();
    const auto pdf = Poppler::Document::loadFromData(document.bytes);
    if (!pdf) {
        result.error = u"it is a damaged or truncated PDF: its structure cannot be read"_s;
        return result;
    }
    if (pdf->isLocked()) {
        result.error = u"it is an encrypted PDF: it cannot be opened without its password"_s;
        return result;
    }
    // Poppler rebuilds a file cut short from what is left; say so, since pages may be missing.
    if (!QByteArrayView(document.bytes).right(1024).contains("%%EOF"))
        result.warnings << u"the PDF is truncated (its end is missing): only what could be read is shown"_s;

    const int pageCount = pdf->numPages();
    if (pageCount <= 0) {
        result.error = u"it is a damaged PDF: it has no pages"_s;
        return result;
    }
    const int readable = std::min(pageCount, MaximumPages);
    if (readable < pageCount)
        result.warnings << u"only the first %1 of its %2 pages are read"_s.arg(readable).arg(pageCount);

    const qint64 deadline = nowMs() + m_timeLimit.count();
    // A tagged PDF (a page printed by a browser, a document exported with its structure) is read
    // through its structure tree: as the HTML of its headings, paragraphs, lists and links, for the
    // HTML extractor, which finds the article by the page's own signals rather than by layout.
    if (const auto structure = PdfStructure::read(document.bytes, readable, deadline);
        structure && structure->taggedCharacters > 0
        && double(structure->taggedCharacters) >= MinimumTaggedShare * double(structure->taggedCharacters + structure->untaggedCharacters)) {
        auto article = HtmlExtractor().extractPage(PdfStructure::toHtml(*structure, pdf->info(u"Title"_s).simplified()));
        trimFurniture(article);
        addMetadata(article, *pdf, {});
        result.articles << std::move(article);
        return result;
    }
    QList<Page> read;
    qsizetype words = 0;
    const auto timeLimit = u"the time limit of %1 s was reached"_s.arg(m_timeLimit.count() / 1000.0);
    for (int i = 0; i < readable; ++i) {
        if (nowMs() >= deadline) {
            if (words == 0) {
                result.error = u"reading it was stopped: "_s + timeLimit;
                return result;
            }
            result.warnings << u"reading stopped after %1 of its %2 pages: "_s.arg(i).arg(pageCount) + timeLimit;
            break;
        }
        const auto page = pdf->page(i);
        if (!page) {
            result.warnings << u"page %1 cannot be read"_s.arg(i + 1);
            continue;
        }
        read << readPage(*page, deadline);
        read.last().number = i + 1;
        words += read.last().words.size();
    }
    if (words == 0) {
        result.error = u"it has no text layer (a scan or pictures only); OCR is not done"_s;
        return result;
    }
    removeOverlays(read);
    QList<QList<Line>> pages;
    pages.reserve(read.size());
    for (const auto &page : std::as_const(read))
        pages << pageLines(page, page.number);
    removeRunningLines(pages);
    const auto blocks = blocksOf(pages);

    // Link lists stay in the text copy: the cleaner tells the article's end by the runs of short
    // lines after it, and a copy without them would run on into the teasers below.
    auto article = TextCopyCleaner().clean(asTextCopy(blocks));
    const double body = bodySize(blocks);
    QHash<QString, const TextBlock *> byText;
    for (const auto &block : blocks)
        byText.insert(block.text, &block);
    if (article.blocks.isEmpty()) {
        // Nothing reads as an article (a table, a form): every block is kept rather than none.
        for (const auto &block : blocks)
            article.blocks << Attache::Block{BlockKind::Paragraph, 0, block.text};
    }
    // A block that is mostly link text (a "Read more" teaser, a row of tags, a related headline)
    // is not the article's, wherever it stands: the link-density rule of saved pages, which a
    // printed page keeps in its link annotations.
    QList<Attache::Block> kept;
    for (const auto &cleaned : std::as_const(article.blocks)) {
        const auto *source = byText.value(cleaned.text);
        if (source && source->linkDensity() >= MaximumLinkDensity) {
            article.removed << RemovedFragment{cleaned.text, u"links"_s, int(kept.size())};
            continue;
        }
        kept << cleaned;
    }
    article.blocks = kept;
    for (auto &cleaned : article.blocks) {
        const auto *source = byText.value(cleaned.text);
        if (!source)
            continue;
        if (const int level = headingLevel(*source, body); level > 0 && cleaned.kind == BlockKind::Paragraph) {
            cleaned.kind = BlockKind::Heading;
            cleaned.level = level;
        } else if (source->isBulleted && cleaned.kind == BlockKind::Paragraph) {
            cleaned.kind = BlockKind::ListItem;
        }
    }

    addMetadata(article, *pdf, blocks);
    result.articles << std::move(article);
    return result;
}

} // namespace Attache
