#include "clean/pdflayout.h"

#include "clean/textcopylines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Attache::PdfLayout {

namespace {

bool isMarkerText(QStringView text)
{
    for (const auto c : text) {
        if (!c.isDigit() && c != u'*' && c != u'†' && c != u'‡' && c != u'§' && c != u'¹' && c != u'²' && c != u'³'
            && !(c.unicode() >= 0x2070 && c.unicode() <= 0x2079))
            return false;
    }
    return !text.isEmpty() && text.size() <= 3;
}

bool isBullet(QChar c)
{
    return c == u'•' || c == u'◦' || c == u'▪' || c == u'‣' || c == u'∙' || c == u'·' || c == u'■' || c == u'□'
        || c == u'●' || c == u'○' || c == QChar(0xF0B7); // U+F0B7: the Symbol font's bullet
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values.at(values.size() / 2);
}

Line makeLine(const QList<Word> &words, int pageNumber)
{
    QList<double> heights, bottoms;
    for (const auto &word : words) {
        heights << word.box.height();
        bottoms << word.box.bottom();
    }
    const auto size = median(heights);
    const auto baseline = median(bottoms);
    Line line;
    line.page = pageNumber;
    line.size = size;
    bool wantsSpace = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto &word = words.at(i);
        // Words are laid side by side: a gap wider than a narrow space is one.
        if (i > 0 && word.box.left() - words.at(i - 1).box.right() > 0.15 * size)
            wantsSpace = true;
        // A footnote marker is set smaller and raised above the line; the first word of a line is
        // never one (it may be a numbered note's own number).
        if (i > 0 && word.box.height() < 0.8 * size && word.box.bottom() < baseline - 0.15 * size
            && isMarkerText(word.text)) {
            wantsSpace = wantsSpace || word.hasSpaceAfter;
            continue;
        }
        if (wantsSpace && !line.text.isEmpty())
            line.text += u' ';
        if (line.text.isEmpty())
            line.firstWordWidth = word.box.width();
        line.text += word.text;
        if (word.isLinked)
            line.linkedCharacters += word.text.size();
        line.box = line.box.isNull() ? word.box : line.box.united(word.box);
        wantsSpace = word.hasSpaceAfter;
    }
    line.text = line.text.simplified();
    return line;
}

QString runningKey(const QString &text)
{
    QString key = text.toLower();
    for (auto &c : key)
        if (c.isDigit())
            c = u'#';
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^[-–—\s]*(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}(?:\s*(?:/|of|sur|de|von|из)\s*\d{1,4})?[-–—\s]*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 24 && pattern.matchView(text).hasMatch();
}

// The indexes of the lines at a page's top and bottom edges, where running lines stand.
QList<qsizetype> edgeLines(const QList<Line> &lines)
{
    QList<qsizetype> order(lines.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return lines.at(a).box.top() < lines.at(b).box.top(); });
    if (order.size() <= 4)
        return order;
    return {order.at(0), order.at(1), order.at(order.size() - 2), order.at(order.size() - 1)};
}

QString joined(const QString &upper, const QString &lower)
{
    // "nego-" + "tiations": a word split at the line's end; "Franco-" + "German" keeps its hyphen.
    if (upper.size() >= 2 && (upper.back() == u'-' || upper.back() == QChar(0x00AD)) && upper.at(upper.size() - 2).isLower()
        && !lower.isEmpty() && lower.front().isLower())
        return upper.chopped(1) + lower;
    return upper + u' ' + lower;
}

// Where the lines fall apart into columns side by side: the x positions of gutters no line
// crosses. Empty when there is a single column.
QList<double> gutters(const QList<Line> &lines)
{
    QList<std::pair<double, double>> spans;
    for (const auto &line : lines)
        spans.append({line.box.left(), line.box.right()});
    std::sort(spans.begin(), spans.end());
    QList<double> cuts;
    double right = -1e9;
    for (const auto &[left, spanRight] : std::as_const(spans)) {
        if (right > -1e9 && left > right + 4.0)
            cuts << (left + right) / 2;
        right = std::max(right, spanRight);
    }
    return cuts;
}

// Recursive XY cut: columns side by side are read one after the other, left first; where no
// gutter runs through the whole region, it is cut into bands at the gaps no line crosses, and
// neighbouring bands are read as one region again when together they still have a gutter (the
// main text and a sidebar are not interleaved where their paragraphs happen to leave a common gap).
QList<Line> readingOrder(QList<Line> lines, int depth = 0)
{
    if (lines.size() <= 1 || depth > 32)
        return lines;
    if (const auto cuts = gutters(lines); !cuts.isEmpty()) {
        QList<QList<Line>> columns(cuts.size() + 1);
        for (auto &line : lines) {
            const auto column = std::upper_bound(cuts.cbegin(), cuts.cend(), line.box.center().x()) - cuts.cbegin();
            columns[column] << std::move(line);
        }
        QList<Line> ordered;
        for (auto &column : columns)
            ordered << readingOrder(std::move(column), depth + 1);
        return ordered;
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    QList<QList<Line>> bands;
    double bottom = -1e9;
    for (auto &line : lines) {
        if (bands.isEmpty() || line.box.top() >= bottom)
            bands.append(QList<Line>{});
        bottom = std::max(bottom, line.box.bottom());
        bands.last() << std::move(line);
    }
    if (bands.size() == 1) {
        std::stable_sort(bands.first().begin(), bands.first().end(), [](const Line &a, const Line &b) {
            return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
        });
        return bands.first();
    }
    QList<Line> ordered;
    QList<Line> region = bands.takeFirst();
    for (auto &band : bands) {
        auto merged = region + band;
        if (!gutters(region).isEmpty() && !gutters(merged).isEmpty()) {
            region = std::move(merged);
            continue;
        }
        ordered << readingOrder(std::move(region), depth + 1);
        region = std::move(band);
    }
    ordered << readingOrder(std::move(region), depth + 1);
    return ordered;
}

// Where a word stands, to the point, with its text: the same on each page an overlay covers.
struct PlacedWord
{
    QString text;
    int left = 0;
    int top = 0;

    bool operator==(const PlacedWord &) const = default;
};

size_t qHash(const PlacedWord &word, size_t seed = 0)
{
    return qHashMulti(seed, word.text, word.left, word.top);
}

PlacedWord placedKey(const Word &word)
{
    return {word.text, qRound(word.box.left()), qRound(word.box.top())};
}

// Boxes of text set normally touch at most; one drawn over another shares a good part of it.
bool covers(const QRectF &upper, const QRectF &lower)
{
    const auto common = upper.intersected(lower);
    const auto area = [](const QRectF &box) { return box.width() * box.height(); };
    return !common.isEmpty() && area(common) > 0.25 * std::min(area(upper), area(lower));
}

int repeatedOnPages(int pageCount)
{
    return std::max<int>(2, int(std::ceil(pageCount / 2.0)));
}

} // namespace

void removeOverlays(QList<Page> &pages)
{
    if (pages.size() < 2)
        return;
    QList<QList<PlacedWord>> keys;
    QHash<PlacedWord, int> pagesWithKey;
    for (const auto &page : std::as_const(pages)) {
        QList<PlacedWord> pageKeys;
        pageKeys.reserve(page.words.size());
        for (const auto &word : page.words)
            pageKeys << placedKey(word);
        for (const auto &key : QSet<PlacedWord>(pageKeys.cbegin(), pageKeys.cend()))
            ++pagesWithKey[key];
        keys << std::move(pageKeys);
    }
    const int needed = repeatedOnPages(int(pages.size()));
    const auto isRepeated = [&](const PlacedWord &key) { return pagesWithKey.value(key) >= needed; };
    // The repeated words that cover text somewhere, then those set beside them in the same row
    // (the rest of the button's or the bar's words), until no more join.
    QSet<PlacedWord> overlays;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const auto &words = pages.at(p).words;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!isRepeated(keys.at(p).at(i)) || overlays.contains(keys.at(p).at(i)))
                continue;
            for (qsizetype j = 0; j < words.size(); ++j) {
                if (j != i && !isRepeated(keys.at(p).at(j)) && covers(words.at(i).box, words.at(j).box)) {
                    overlays.insert(keys.at(p).at(i));
                    break;
                }
            }
        }
    }
    if (overlays.isEmpty())
        return;
    for (bool isGrowing = true; isGrowing;) {
        isGrowing = false;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const auto &words = pages.at(p).words;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const auto &key = keys.at(p).at(i);
                if (!overlays.contains(key))
                    continue;
                const auto &box = words.at(i).box;
                for (qsizetype j = 0; j < words.size(); ++j) {
                    const auto &other = words.at(j).box;
                    const double gap = std::max(other.left() - box.right(), box.left() - other.right());
                    if (std::abs(other.top() - box.top()) <= 1 && gap <= 0.5 * box.height() && isRepeated(keys.at(p).at(j))
                        && !overlays.contains(keys.at(p).at(j))) {
                        overlays.insert(keys.at(p).at(j));
                        isGrowing = true;
                    }
                }
            }
        }
    }
    for (qsizetype p = 0; p < pages.size(); ++p) {
        auto &words = pages[p].words;
        QList<Word> kept;
        kept.reserve(words.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!overlays.contains(keys.at(p).at(i)))
                kept << words.at(i);
        }
        words = std::move(kept);
    }
}

QList<Line> pageLines(const Page &page, int pageNumber)
{
    // Rows: words whose middles lie within half a line of each other (a raised footnote marker
    // stays in its line), taken in the order of their middles.
    QList<Word> words = page.words;
    std::stable_sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<Word>> rows;
    double rowMiddle = 0, rowHeight = 0;
    for (const auto &word : std::as_const(words)) {
        if (word.text.trimmed().isEmpty())
            continue;
        if (rows.isEmpty() || std::abs(word.box.center().y() - rowMiddle) > 0.5 * std::max(rowHeight, word.box.height())) {
            rows.append(QList<Word>{});
            rowMiddle = word.box.center().y();
            rowHeight = word.box.height();
        }
        rows.last() << word;
        if (word.box.height() > rowHeight) {
            rowHeight = word.box.height();
            rowMiddle = word.box.center().y();
        }
    }
    // Each row, left to right, is cut where the gap between two words is wider than a column
    // gutter can be inside a line of text.
    QList<Line> lines;
    for (auto &row : rows) {
        std::sort(row.begin(), row.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        QList<Word> segment;
        for (const auto &word : std::as_const(row)) {
            if (!segment.isEmpty()) {
                const auto &last = segment.constLast();
                const double size = std::max(last.box.height(), word.box.height());
                if (word.box.left() - last.box.right() > 1.2 * size) {
                    if (auto line = makeLine(segment, pageNumber); !line.text.isEmpty())
                        lines << std::move(line);
                    segment.clear();
                }
            }
            segment << word;
        }
        if (!segment.isEmpty())
            if (auto line = makeLine(segment, pageNumber); !line.text.isEmpty())
                lines << std::move(line);
    }
    return readingOrder(lines);
}

void removeRunningLines(QList<QList<Line>> &pages)
{
    QHash<QString, int> pagesWithKey;
    for (const auto &lines : std::as_const(pages)) {
        QSet<QString> keys;
        for (const auto index : edgeLines(lines))
            keys.insert(runningKey(lines.at(index).text));
        for (const auto &key : std::as_const(keys))
            ++pagesWithKey[key];
    }
    const int needed = repeatedOnPages(int(pages.size()));
    for (auto &lines : pages) {
        QList<qsizetype> dropped;
        for (const auto index : edgeLines(lines)) {
            const auto &text = lines.at(index).text;
            if (isPageNumber(text) || (pages.size() >= 2 && pagesWithKey.value(runningKey(text)) >= needed))
                dropped << index;
        }
        std::sort(dropped.begin(), dropped.end(), std::greater<>());
        for (const auto index : std::as_const(dropped))
            lines.removeAt(index);
    }
}

QList<TextBlock> blocksOf(const QList<QList<Line>> &pages)
{
    QList<TextBlock> blocks;
    for (const auto &lines : pages) {
        // The width the page's text spans: a line under two fifths of it is never a paragraph's
        // inner line, so a menu of short entries is not run together into one line.
        double left = 1e9, right = -1e9;
        for (const auto &line : lines) {
            left = std::min(left, line.box.left());
            right = std::max(right, line.box.right());
        }
        const double textWidth = std::max(1.0, right - left);
        const Line *previous = nullptr;
        double blockRight = 0;
        for (const auto &line : lines) {
            auto text = line.text;
            const bool startsWithBullet = isBullet(text.front());
            if (startsWithBullet)
                text = text.mid(1).trimmed();
            if (text.isEmpty()) {
                continue; // a bullet alone; its entry follows on the same line or the next
            }
            const double size = std::max(line.size, 1.0);
            bool continues = false;
            if (previous && !blocks.isEmpty() && !startsWithBullet) {
                const double gap = line.box.top() - previous->box.bottom();
                const double larger = std::max(previous->size, line.size);
                const double columnRight = std::max({blockRight, previous->box.right(), line.box.right()});
                continues = std::abs(previous->size - line.size) <= 0.15 * larger && gap >= -0.3 * size
                    && gap <= 0.7 * size && std::abs(line.box.left() - previous->box.left()) <= 3 * size
                    && previous->box.right() + 0.3 * size + line.firstWordWidth > columnRight
                    && previous->box.width() >= 0.4 * textWidth;
            }
            if (continues) {
                auto &block = blocks.last();
                block.text = joined(block.text, text);
                block.linkedCharacters += line.linkedCharacters;
                blockRight = std::max(blockRight, line.box.right());
            } else {
                TextBlock block;
                block.text = text;
                block.size = line.size;
                block.page = line.page;
                block.isBulleted = startsWithBullet;
                block.linkedCharacters = line.linkedCharacters;
                block.isAfterGap = !previous || line.box.top() - previous->box.bottom() > 0.5 * size;
                blocks << block;
                blockRight = line.box.right();
            }
            previous = &line;
        }
    }
    return blocks;
}

double bodySize(const QList<TextBlock> &blocks)
{
    QHash<int, qsizetype> characters; // by half points
    for (const auto &block : blocks)
        characters[int(std::lround(block.size * 2))] += block.text.size();
    int best = 0;
    qsizetype bestCount = -1;
    for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best / 2.0;
}

void cutAtRelatedHeading(Article &article)
{
    qsizetype allCharacters = 0;
    for (const auto &block : std::as_const(article.blocks))
        allCharacters += block.text.size();
    qsizetype above = 0;
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        const auto &block = article.blocks[i];
        if (block.kind == BlockKind::Heading && i > 0 && 2 * above >= allCharacters
            && block.text.size() <= TextCopyDetail::PatternLineLimit) {
            const auto reason = TextCopyDetail::boilerplateReason(block.text, block.text.toLower(), TextCopyDetail::countWords(block.text));
            if (reason == u"read also" || reason == TextCopyDetail::AfterTheArticle || reason == u"comments") {
                for (qsizetype j = i; j < article.blocks.size(); ++j)
                    article.removed << RemovedFragment{article.blocks[j].text, reason, int(i)};
                article.blocks.resize(i);
                return;
            }
        }
        above += block.text.size();
    }
}

QString typedText(const QString &glyphs)
{
    const auto isLookAlike = [](QChar c) {
        const auto u = c.unicode();
        return (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF);
    };
    if (std::none_of(glyphs.cbegin(), glyphs.cend(), isLookAlike))
        return glyphs;
    // Character by character: the other compatibility forms (full-width letters) are as typed.
    QString typed;
    typed.reserve(glyphs.size());
    for (const auto c : glyphs)
        typed += isLookAlike(c) ? QString(c).normalized(QString::NormalizationForm_KC) : QString(c);
    return typed;
}

} // namespace Attache::PdfLayout
