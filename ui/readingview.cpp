#include "readingview.h"

#include "analyze/gazetteer.h"
#include "analyze/sentencesplitter.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>
#include <QHelpEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr qreal BasePointSize = 12.0;
constexpr int MinimumSideMargin = 24;

QColor mutedColor(const QPalette &palette)
{
    const auto text = palette.color(QPalette::Text);
    const auto base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
                            (text.blueF() * 3 + base.blueF() * 2) / 5);
}

QString entityTypeText(EntityType type)
{
    switch (type) {
    case EntityType::Person: return ReadingView::tr("person");
    case EntityType::Organisation: return ReadingView::tr("organisation");
    case EntityType::GeoPolitical: return ReadingView::tr("country, state or city");
    case EntityType::Location: return ReadingView::tr("place");
    case EntityType::Nationality: return ReadingView::tr("nationality");
    }
    return {};
}

// Type, canonical name and, for office holders, the office they held on the article's date.
QString entityToolTip(const EntityMention &mention, const QDate &articleDate)
{
    QString office;
    if (mention.type == EntityType::Person && articleDate.isValid()) {
        if (const auto held = Gazetteer::instance().officeOn(mention.entityId, articleDate))
            office = u"<br>"_s
                + ReadingView::tr("%1 on %2", "an office held on a date")
                      .arg(held->toHtmlEscaped(), QLocale().toString(articleDate, QLocale::ShortFormat));
    }
    return u"<b>%1</b><br>%2%3<br><span style=\"color:gray\">%4</span>"_s.arg(
        mention.name.toHtmlEscaped(), entityTypeText(mention.type), office, mention.entityId.toHtmlEscaped());
}

QString metadataLine(const Article &article)
{
    QStringList parts;
    if (!article.source.isEmpty())
        parts << article.source;
    if (!article.byline.isEmpty())
        parts << article.byline;
    if (article.published.isValid()) {
        auto date = QLocale().toString(article.published.date(), QLocale::LongFormat);
        if (article.isPublishedUncertain())
            date = ReadingView::tr("%1 (file date; no publication date found)").arg(date);
        parts << date;
    }
    return parts.join(u"  ·  "_s);
}

// Whether the article's text reads right only when shaped: a letter of a script whose letters
// join or stack (Arabic, Hebrew, Devanagari, Thai…) or any combining mark. Latin, Greek, Cyrillic
// and the Chinese, Japanese and Korean scripts read the same unshaped, which is much faster to lay
// out. One look at each character, far cheaper than the shaping it spares.
bool needsShaping(const Article &article)
{
    const auto needs = [](QStringView text) {
        for (const QChar c : text) {
            if (c.unicode() < 0x0300)
                continue; // Latin letters and their precomposed forms
            if (c.isMark())
                return true;
            if (!c.isLetter())
                continue;
            switch (c.script()) {
            case QChar::Script_Latin:
            case QChar::Script_Greek:
            case QChar::Script_Cyrillic:
            case QChar::Script_Common:
            case QChar::Script_Han:
            case QChar::Script_Hiragana:
            case QChar::Script_Katakana:
            case QChar::Script_Hangul:
            case QChar::Script_Bopomofo:
                continue;
            default:
                return true;
            }
        }
        return false;
    };
    if (needs(article.title) || needs(article.byline))
        return true;
    return std::any_of(article.blocks.cbegin(), article.blocks.cend(), [&](const auto &block) { return needs(block.text); });
}

// The language an article is set in: the page's own code, or, when it gave none, a guess from the
// script of its title and first paragraph for the scripts that change fonts or direction.
QString layoutLanguage(const Article &article)
{
    if (!article.language.isEmpty())
        return article.language.toLower();
    auto sample = article.title;
    if (!article.blocks.isEmpty())
        sample += article.blocks.first().text.left(400);
    int arabic = 0, hebrew = 0, han = 0, kana = 0, hangul = 0, letters = 0;
    for (const QChar c : std::as_const(sample)) {
        if (!c.isLetter())
            continue;
        ++letters;
        switch (c.script()) {
        case QChar::Script_Arabic: ++arabic; break;
        case QChar::Script_Hebrew: ++hebrew; break;
        case QChar::Script_Han: ++han; break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana: ++kana; break;
        case QChar::Script_Hangul: ++hangul; break;
        default: break;
        }
    }
    if (letters == 0)
        return {};
    if (arabic * 2 > letters)
        return u"ar"_s;
    if (hebrew * 2 > letters)
        return u"he"_s;
    if (kana > 0 && (kana + han) * 2 > letters)
        return u"ja"_s;
    if (han * 2 > letters)
        return u"zh"_s;
    if (hangul * 2 > letters)
        return u"ko"_s;
    return {};
}

bool isRightToLeftLanguage(const QString &language)
{
    const auto primary = language.section(u'-', 0, 0);
    static const QStringList rightToLeft{u"ar"_s, u"fa"_s, u"ur"_s, u"he"_s, u"yi"_s, u"ps"_s,
                                         u"ckb"_s, u"sd"_s, u"ug"_s, u"dv"_s};
    return rightToLeft.contains(primary);
}

// Fonts for the scripts whose text Noto Serif and Noto Sans do not cover, first in the list so
// that their punctuation and figures match the text: the CJK faces differ by region (the same
// character is drawn differently in China, Taiwan, Japan and Korea).
QStringList scriptFamilies(const QString &language, bool serif)
{
    const auto primary = language.section(u'-', 0, 0);
    const auto style = serif ? u"Serif"_s : u"Sans"_s;
    if (primary == u"zh"_s) {
        const bool traditional = language.contains(u"hant"_s) || language.endsWith(u"-tw"_s)
            || language.endsWith(u"-hk"_s) || language.endsWith(u"-mo"_s);
        return {u"Noto %1 CJK %2"_s.arg(style, traditional ? u"TC"_s : u"SC"_s)};
    }
    if (primary == u"ja"_s)
        return {u"Noto %1 CJK JP"_s.arg(style)};
    if (primary == u"ko"_s)
        return {u"Noto %1 CJK KR"_s.arg(style)};
    if (primary == u"ar"_s || primary == u"fa"_s || primary == u"ur"_s || primary == u"ps"_s || primary == u"ckb"_s)
        return {serif ? u"Noto Naskh Arabic"_s : u"Noto Sans Arabic"_s};
    if (primary == u"he"_s || primary == u"yi"_s)
        return {serif ? u"Noto Serif Hebrew"_s : u"Noto Sans Hebrew"_s};
    return {};
}

} // namespace

ReadingView::ReadingView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"readingView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    document()->setDocumentMargin(0);
    setPlaceholderText(tr("Choose an article from the list, or open files with Ctrl+O."));
}

void ReadingView::setArticle(const Article &article, const ArticleAnalysis &analysis)
{
    m_article = article;
    m_analysis = analysis;
    m_isShaped = needsShaping(article);
    m_passage = {-1, -1};
    m_searchMatches.clear();
    m_blockTextOffsets = article.blockOffsets();
    render();
    verticalScrollBar()->setValue(0);
    Q_EMIT articleShown();
}

void ReadingView::clearArticle()
{
    m_article = {};
    m_analysis = {};
    m_passage = {-1, -1};
    m_searchMatches.clear();
    m_blockTextOffsets.clear();
    m_blockDocumentPositions.clear();
    clear();
}

void ReadingView::setZoomSteps(int steps)
{
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    if (hasArticle())
        render();
}

void ReadingView::setShowingRemoved(bool show)
{
    if (show == m_showRemoved)
        return;
    m_showRemoved = show;
    if (hasArticle()) {
        const auto scroll = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scroll);
    }
}

int ReadingView::documentPosition(qsizetype textOffset) const
{
    if (m_blockTextOffsets.isEmpty() || textOffset < 0)
        return -1;
    const auto next = std::upper_bound(m_blockTextOffsets.cbegin(), m_blockTextOffsets.cend(), textOffset);
    const auto block = std::distance(m_blockTextOffsets.cbegin(), next) - 1;
    const auto within = textOffset - m_blockTextOffsets.at(block);
    if (within > m_article.blocks.at(block).text.size())
        return -1;
    return m_blockDocumentPositions.at(block) + int(within);
}

qsizetype ReadingView::textOffset(int position) const
{
    if (m_blockDocumentPositions.isEmpty() || position < m_blockDocumentPositions.first())
        return -1;
    const auto next = std::upper_bound(m_blockDocumentPositions.cbegin(), m_blockDocumentPositions.cend(), position);
    const auto block = std::distance(m_blockDocumentPositions.cbegin(), next) - 1;
    const auto within = position - m_blockDocumentPositions.at(block);
    if (within > m_article.blocks.at(block).text.size())
        return -1;
    return m_blockTextOffsets.at(block) + within;
}

void ReadingView::setColors(const ThemeColors &colors)
{
    m_colors = colors;
    updateMarks();
}

void ReadingView::setHighlightingEntities(bool highlight)
{
    if (highlight == m_highlightEntities)
        return;
    m_highlightEntities = highlight;
    updateMarks();
}

void ReadingView::showPassage(qsizetype start, qsizetype end)
{
    m_passage = {start, end};
    updateMarks();
    const int from = documentPosition(start);
    const int to = documentPosition(end);
    if (from < 0 || to < 0)
        return;
    // Scroll so that the passage sits in the upper middle of the view, not at its edge.
    QTextCursor cursor(document());
    cursor.setPosition(from);
    const auto top = cursorRect(cursor).top() + verticalScrollBar()->value();
    verticalScrollBar()->setValue(int(top - viewport()->height() / 3));
}

void ReadingView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    auto selectionFor = [this](qsizetype start, qsizetype end) -> std::optional<QTextCursor> {
        const int from = documentPosition(start);
        const int to = documentPosition(end);
        if (from < 0 || to < from)
            return std::nullopt;
        QTextCursor cursor(document());
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        return cursor;
    };
    for (const auto &highlight : std::as_const(m_highlights)) {
        const auto cursor = selectionFor(highlight.start, highlight.end);
        if (!cursor)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = *cursor;
        mark.format.setBackground(highlight.color);
        if (highlight.isSelected) {
            mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            mark.format.setUnderlineColor(palette().color(QPalette::Text));
        }
        marks << mark;
    }
    for (const auto &[start, end] : std::as_const(m_searchMatches)) {
        const auto cursor = selectionFor(start, end);
        if (!cursor)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = *cursor;
        mark.format.setBackground(m_colors.searchMatch());
        mark.format.setForeground(m_colors.isDark() ? QColor(Qt::black) : palette().color(QPalette::Text));
        mark.format.setFontUnderline(true);
        marks << mark;
    }
    if (m_passage.first >= 0) {
        if (const auto cursor = selectionFor(m_passage.first, m_passage.second)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = *cursor;
            auto color = palette().color(QPalette::Highlight);
            color.setAlphaF(0.22f);
            mark.format.setBackground(color);
            marks << mark;
        }
    }
    if (m_highlightEntities) {
        // The title is the document's first block, so offsets into it are document positions.
        auto titleSelection = [this](qsizetype start, qsizetype end) -> std::optional<QTextCursor> {
            if (start < 0 || end > m_article.title.size() || end <= start)
                return std::nullopt;
            QTextCursor cursor(document());
            cursor.setPosition(int(start));
            cursor.setPosition(int(end), QTextCursor::KeepAnchor);
            return cursor;
        };
        auto addEntityMark = [&](const std::optional<QTextCursor> &cursor, EntityType type) {
            if (!cursor)
                return;
            QTextEdit::ExtraSelection mark;
            mark.cursor = *cursor;
            const auto color = m_colors.entity(type);
            mark.format.setBackground(m_colors.background(color));
            mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            mark.format.setUnderlineColor(color);
            marks << mark;
        };
        for (const auto &mention : std::as_const(m_analysis.titleEntities))
            addEntityMark(titleSelection(mention.start, mention.end), mention.type);
        for (const auto &mention : std::as_const(m_analysis.entities))
            addEntityMark(selectionFor(mention.start, mention.end), mention.type);
    }
    setExtraSelections(marks);
}

void ReadingView::setSearchMatches(const QList<std::pair<qsizetype, qsizetype>> &matches)
{
    m_searchMatches = matches;
    updateMarks();
}

void ReadingView::setHighlights(const QList<HighlightMark> &highlights)
{
    m_highlights = highlights;
    updateMarks();
}

QPair<qsizetype, qsizetype> ReadingView::selectedTextRange() const
{
    const auto cursor = textCursor();
    if (!cursor.hasSelection())
        return {-1, -1};
    const auto start = textOffset(cursor.selectionStart());
    const auto end = textOffset(cursor.selectionEnd());
    if (start < 0 || end < 0 || end <= start)
        return {-1, -1};
    return {start, end};
}

void ReadingView::selectSentenceAtCaret()
{
    const auto text = m_article.text();
    auto offset = textOffset(textCursor().position());
    if (offset < 0 || text.isEmpty())
        return;
    offset = std::min<qsizetype>(offset, text.size() - 1);
    // The same sentences as the timeline's: "Mr. Kerry arrived in the U.S. on Monday." is one.
    const auto sentences = splitSentences(text);
    const auto containing = std::find_if(sentences.begin(), sentences.end(),
                                         [offset](const SentenceSpan &span) { return offset < span.end; });
    if (containing == sentences.end())
        return;
    const auto start = containing->start;
    const auto end = containing->end;
    const int from = documentPosition(start);
    const int to = documentPosition(end);
    if (from < 0 || to < 0)
        return;
    auto cursor = textCursor();
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

bool ReadingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        const auto offset = textOffset(position);
        if (m_highlightEntities && offset < 0 && position < m_article.title.size()) {
            for (const auto &mention : std::as_const(m_analysis.titleEntities)) {
                if (mention.start <= position && position < mention.end) {
                    QToolTip::showText(help->globalPos(), entityToolTip(mention, m_article.published.date()), this);
                    return true;
                }
            }
        }
        if (m_highlightEntities && offset >= 0) {
            for (const auto &mention : std::as_const(m_analysis.entities)) {
                if (mention.start <= offset && offset < mention.end) {
                    QToolTip::showText(help->globalPos(), entityToolTip(mention, m_article.published.date()), this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QTextBrowser::event(event);
}

QVariant ReadingView::loadResource(int, const QUrl &)
{
    // Articles are shown as text only: no images, no remote or local resources are ever loaded.
    return {};
}

void ReadingView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReadingView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && hasArticle())
        render();
}

QFont ReadingView::bodyFont() const
{
    QFont font(u"Noto Serif"_s);
    font.setFamilies(scriptFamilies(layoutLanguage(m_article), true) << u"Noto Serif"_s);
    // Shaping (kerning, ligatures) was half of the time to show an article; Latin text reads the
    // same without it. Qt leaves the letters of Arabic unjoined without it, so an article in a
    // script that needs it (or quoting one) is shaped.
    const auto strategy = m_isShaped ? QFont::PreferQuality : QFont::StyleStrategy(QFont::PreferQuality | QFont::PreferNoShaping);
    font.setStyleHint(QFont::Serif, strategy);
    font.setPointSizeF(std::max(7.0, BasePointSize + m_zoomSteps));
    return font;
}

void ReadingView::updateMargins()
{
    applyMargins(document());
}

void ReadingView::applyMargins(QTextDocument *doc) const
{
    // Centre a column of about MeasureInCharacters average characters; narrow windows get the
    // full width less a small margin.
    const QFontMetricsF metrics(bodyFont());
    const auto measure = metrics.averageCharWidth() * MeasureInCharacters;
    const auto available = viewport()->width();
    const auto side = std::max<qreal>(MinimumSideMargin, (available - measure) / 2);
    auto frameFormat = doc->rootFrame()->frameFormat();
    if (qFuzzyCompare(frameFormat.leftMargin(), side))
        return;
    frameFormat.setLeftMargin(side);
    frameFormat.setRightMargin(side);
    frameFormat.setTopMargin(32);
    frameFormat.setBottomMargin(48);
    doc->rootFrame()->setFrameFormat(frameFormat);
}

void ReadingView::render()
{
    // The article is typeset into a new document that has no layout yet, then handed to the
    // view: filling the shown document would lay the whole article out at once, while a new one
    // is laid out as far as the window shows and the rest when idle, so the next article
    // appears sooner. (The view deletes the old document: it is the view's child.)
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    m_blockDocumentPositions.clear();
    const auto body = bodyFont();
    doc->setDefaultFont(body);
    applyMargins(doc);

    const auto muted = mutedColor(palette());
    QTextCursor cursor(doc);
    cursor.beginEditBlock();

    const auto lineHeight = [](qreal percent) {
        QTextBlockFormat format;
        format.setLineHeight(percent, QTextBlockFormat::ProportionalHeight);
        return format;
    };

    // A right-to-left article is laid out right to left throughout, also where a paragraph opens
    // with a Latin name or a figure; in the others each paragraph follows its own first letter.
    const auto direction = isRightToLeftLanguage(layoutLanguage(m_article)) ? Qt::RightToLeft : Qt::LayoutDirectionAuto;
    auto insertBlock = [&](QTextBlockFormat blockFormat, const QTextCharFormat &charFormat,
                           const QString &text, bool first = false) {
        blockFormat.setLayoutDirection(direction);
        if (!first)
            cursor.insertBlock(blockFormat, charFormat);
        else {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        }
        const int start = cursor.position();
        cursor.insertText(text, charFormat);
        return start;
    };

    // Title
    QTextCharFormat titleChars;
    auto titleFont = body;
    titleFont.setPointSizeF(body.pointSizeF() * 1.75);
    titleFont.setWeight(QFont::DemiBold);
    titleChars.setFont(titleFont);
    auto titleBlock = lineHeight(115);
    titleBlock.setBottomMargin(body.pointSizeF() * 0.6);
    titleBlock.setHeadingLevel(1);
    insertBlock(titleBlock, titleChars, m_article.title, true);

    // Metadata line: source · byline · date
    QTextCharFormat metaChars;
    auto metaFont = body;
    metaFont.setFamilies(scriptFamilies(layoutLanguage(m_article), false) << u"Noto Sans"_s);
    metaFont.setStyleHint(QFont::SansSerif);
    metaFont.setPointSizeF(body.pointSizeF() * 0.8);
    metaChars.setFont(metaFont);
    metaChars.setForeground(muted);
    auto metaBlock = lineHeight(120);
    metaBlock.setBottomMargin(body.pointSizeF() * 1.4);
    insertBlock(metaBlock, metaChars, metadataLine(m_article));

    if (!m_article.standfirst.isEmpty()) {
        QTextCharFormat standfirstChars;
        auto standfirstFont = body;
        standfirstFont.setPointSizeF(body.pointSizeF() * 1.15);
        standfirstChars.setFont(standfirstFont);
        auto standfirstBlock = lineHeight(140);
        standfirstBlock.setBottomMargin(body.pointSizeF() * 1.2);
        insertBlock(standfirstBlock, standfirstChars, m_article.standfirst);
    }

    QTextCharFormat removedChars;
    removedChars.setFont(metaFont);
    removedChars.setForeground(muted);
    removedChars.setFontStrikeOut(false);
    QTextCharFormat removedLabelChars = removedChars;
    removedLabelChars.setFontWeight(QFont::Bold);
    auto removedBlock = lineHeight(120);
    removedBlock.setLeftMargin(body.pointSizeF());
    removedBlock.setBottomMargin(body.pointSizeF() * 0.5);
    removedBlock.setBackground(QColor(muted.red(), muted.green(), muted.blue(), 28));
    auto insertRemovedBefore = [&](qsizetype blockIndex) {
        if (!m_showRemoved)
            return;
        for (const auto &fragment : std::as_const(m_article.removed)) {
            if (fragment.beforeBlock != blockIndex)
                continue;
            auto format = removedBlock;
            format.setLayoutDirection(direction);
            cursor.insertBlock(format, removedLabelChars);
            cursor.insertText(tr("Removed (%1): ").arg(fragment.reason), removedLabelChars);
            cursor.insertText(fragment.text.simplified(), removedChars);
        }
    };

    QTextCharFormat bodyChars;
    bodyChars.setFont(body);
    auto paragraphBlock = lineHeight(145);
    paragraphBlock.setBottomMargin(body.pointSizeF() * 0.9);

    for (qsizetype i = 0; i < m_article.blocks.size(); ++i) {
        insertRemovedBefore(i);
        const auto &block = m_article.blocks.at(i);
        auto blockFormat = paragraphBlock;
        auto chars = bodyChars;
        switch (block.kind) {
        case BlockKind::Heading: {
            auto headingFont = body;
            headingFont.setPointSizeF(body.pointSizeF() * (block.level <= 2 ? 1.3 : 1.1));
            headingFont.setWeight(QFont::DemiBold);
            chars.setFont(headingFont);
            blockFormat = lineHeight(120);
            blockFormat.setTopMargin(body.pointSizeF() * 0.8);
            blockFormat.setBottomMargin(body.pointSizeF() * 0.5);
            blockFormat.setHeadingLevel(std::clamp(block.level + 1, 2, 6));
            break;
        }
        case BlockKind::Quote:
            blockFormat.setLeftMargin(body.pointSizeF() * 2);
            blockFormat.setRightMargin(body.pointSizeF() * 2);
            chars.setFontItalic(true);
            break;
        case BlockKind::ListItem:
            blockFormat.setLeftMargin(body.pointSizeF() * (1.5 + 1.5 * block.level));
            blockFormat.setTextIndent(-body.pointSizeF());
            blockFormat.setBottomMargin(body.pointSizeF() * 0.4);
            break;
        case BlockKind::Caption:
            chars.setFont(metaFont);
            chars.setForeground(muted);
            break;
        case BlockKind::Preformatted:
            chars.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            blockFormat.setNonBreakableLines(true);
            break;
        case BlockKind::Paragraph: break;
        }
        if (block.kind == BlockKind::ListItem) {
            blockFormat.setLayoutDirection(direction);
            cursor.insertBlock(blockFormat, chars);
            cursor.insertText(u"•\u2002"_s, chars);
            m_blockDocumentPositions << cursor.position();
            cursor.insertText(block.text, chars);
        } else {
            m_blockDocumentPositions << insertBlock(blockFormat, chars, block.text);
        }
    }
    insertRemovedBefore(m_article.blocks.size());
    cursor.endEditBlock();
    setDocument(doc);
    updateMarks();
}

} // namespace Attache
