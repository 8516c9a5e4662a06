#include "clean/textcopycleaner.h"
#include "clean/textcopylines.h"
#include "core/textcase.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace TextCopyDetail;

namespace {

// How a headline's or a name's first letter looks: a capital, or a letter of a script without
// case (Arabic, Hebrew, Chinese), where every word is written alike.
bool opensLikeAName(QChar c)
{
    return c.isUpper() || c.isTitleCase() || c.category() == QChar::Letter_Other;
}

bool isHeadlineLike(const Line &line)
{
    if (line.words < 1 || line.words > 20 || line.text.size() > 200 || line.isProse)
        return false;
    if (!line.boilerplate.isEmpty() || line.isDate || line.isByline)
        return false;
    const auto first = line.text.front();
    if (!(opensLikeAName(first) || first.isDigit() || first == u'"' || first == u'“' || first == u'‘' || first == u'\''))
        return false;
    const auto last = line.text.back();
    return last != u',' && last != u';' && last != u'.' && last != u':' && last != u'|';
}

// A name alone on a line ("Priya Sandhu", "Jean-Luc de la Tour"): two to five capitalised words
// but for a few particles, nothing but letters, hyphens, apostrophes and initials' dots.
bool isNameLine(const Line &line)
{
    if (line.words < 2 || line.words > 5 || line.text.size() > 60 || !line.boilerplate.isEmpty() || line.isDate
        || line.isProse)
        return false;
    static const QSet<QString> particles{u"de"_s, u"da"_s, u"del"_s, u"della"_s, u"der"_s, u"den"_s, u"van"_s,
                                         u"von"_s, u"la"_s, u"le"_s, u"du"_s, u"al"_s, u"bin"_s, u"ibn"_s,
                                         u"y"_s, u"dos"_s, u"das"_s, u"di"_s, u"ter"_s, u"zu"_s};
    for (const auto word : QStringView(line.text).split(u' ', Qt::SkipEmptyParts)) {
        if (particles.contains(word.toString()))
            continue;
        if (!opensLikeAName(word.front()))
            return false;
        for (const auto c : word)
            if (!c.isLetter() && !c.isMark() && c != u'-' && c != u'\'' && c != u'’' && c != u'.')
                return false;
    }
    return true;
}

// Whether the line at index has a date line or a reading time line just above or below it,
// within [from, to).
bool isBesideDateLine(const QList<Line> &lines, qsizetype index, qsizetype from, qsizetype to)
{
    auto isDateLike = [&](qsizetype j) {
        return j >= from && j < to && (lines.at(j).isDate || lines.at(j).boilerplate == u"reading time"_s);
    };
    return isDateLike(index - 1) || isDateLike(index + 1);
}

// The standfirst: a sentence or two just below the headline.
bool isStandfirstLike(const Line &line)
{
    return line.words >= 6 && line.words <= 80 && line.boilerplate.isEmpty() && !line.isByline && !line.isDate
        && (line.endsSentence || line.words >= 12) && !line.isCutOff;
}

// How much a line speaks for being inside the article body; the body is the run of lines with
// the largest total. gapLength counts the lines without prose just before this one: each further
// line of a gap costs more, so that a heading or a caption between paragraphs is bridged but a
// long list of links between the article and more prose below it is not.
double bodyScore(const Line &line, bool isRepeat, int gapLength)
{
    if (line.boilerplate == u"comments"_s)
        return -50.0; // what follows is readers' comments, however long
    if (line.boilerplate == AfterTheArticle)
        return -50.0; // an author's box, a poll on the article: the article has ended
    if (line.isPicturePlace)
        return 0.0; // between paragraphs: neither text nor clutter
    if (line.isProse && !isRepeat)
        return line.words;
    const double base = isRepeat ? -4.0 : !line.boilerplate.isEmpty() ? -6.0 : (line.endsSentence && line.words >= 4) ? -1.0 : -3.0;
    return base - gapLength;
}

} // namespace

Article TextCopyCleaner::clean(const QString &text) const
{
    Article article;

    // 1. Lines, grouped by blank lines.
    QList<Line> lines;
    {
        QString normalized = text;
        normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        qsizetype group = 0;
        bool blankSeen = false;
        for (const auto raw : QStringView(normalized).split(u'\n')) {
            auto simplified = raw.toString().simplified();
            // A zero-width space or a byte-order mark alone is a blank line too.
            simplified.remove(QChar(0x200B)).remove(QChar(0xFEFF));
            if (simplified.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (blankSeen && !lines.isEmpty())
                ++group;
            blankSeen = false;
            Line line;
            line.text = simplified;
            line.key = lowerCased(simplified);
            line.group = group;
            lines << line;
        }
    }
    if (lines.isEmpty())
        return article;
    {
        QHash<qsizetype, qsizetype> groupSizes;
        for (const auto &line : std::as_const(lines))
            ++groupSizes[line.group];
        for (auto &line : lines)
            line.groupSize = groupSizes.value(line.group);
    }

    // 2. Features of each line.
    for (auto &line : lines) {
        line.words = countWords(line.text);
        line.endsSentence = endsWithSentencePunctuation(line.text);
        line.isCutOff = isCutOffLine(line.text);
        line.boilerplate = boilerplateReason(line.text, line.key, line.words);
        line.isProse = line.boilerplate.isEmpty() && !line.isCutOff
            && ((line.words >= 10 && line.endsSentence) || line.words >= 25 || (line.text.size() >= 200 && line.words >= 5));
        line.isDate = line.words <= 16 && !line.isProse && parseDateLine(line.text).isValid();
        line.isByline = isBylineLine(line.text, line.words);
        static const QRegularExpression blankField(u"\\[\\s*\\]"_s);
        line.isPicturePlace = line.boilerplate == ImageOrFormField && !blankField.match(line.text).hasMatch();
    }
    // Bracketed labels right under "Advertisement" or under a form field belong to them, however
    // many follow one another.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto &above = lines.at(i - 1);
        const bool isUnderAdvertOrForm = above.boilerplate == u"advertisement"_s
            || (above.boilerplate == ImageOrFormField && !above.isPicturePlace);
        if (lines.at(i).isPicturePlace && above.group == lines.at(i).group && isUnderAdvertOrForm)
            lines[i].isPicturePlace = false;
    }

    // "Comments" in a row of share buttons, or "Comment" in a menu (an opinion section), links
    // elsewhere: it does not open the readers' comments.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto &line = lines[i];
        if (line.boilerplate != u"comments"_s || line.words > 3)
            continue;
        auto isShareNeighbour = [&](qsizetype j) {
            return j >= 0 && j < lines.size() && lines.at(j).group == line.group
                && lines.at(j).boilerplate == u"share buttons"_s;
        };
        if (isShareNeighbour(i - 1) || isShareNeighbour(i + 1))
            line.boilerplate = u"share buttons"_s;
        else if (line.groupSize >= 5)
            line.boilerplate = u"navigation"_s;
    }

    // The complete version of a cut-off line nearby is a headline, however long.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isCutOff)
            continue;
        const auto stem = withoutEllipsis(lines.at(i).key);
        if (stem.size() < 12)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - 3); j < std::min(lines.size(), i + 4); ++j) {
            if (j != i && lines.at(j).key.size() > stem.size() && QStringView(lines.at(j).key).startsWith(stem))
                lines[j].isProse = false;
        }
    }

    // A breadcrumb trail ends with the headline that follows it: "Home News Business <headline>".
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        for (qsizetype j = i + 1; j < std::min(lines.size(), i + 4); ++j) {
            const auto &shorter = lines.at(j);
            if (shorter.words >= 4 && lines.at(i).key.size() > shorter.key.size() && lines.at(i).key.endsWith(shorter.key)) {
                lines[i].boilerplate = u"breadcrumb"_s;
                lines[i].isProse = false;
                break;
            }
        }
    }

    // 3. The body: the run of lines with the largest total score (Kadane's maximum subarray).
    const qsizetype count = lines.size();
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = -1; // inclusive
    {
        QHash<QString, qsizetype> firstSeen;
        double best = 0.0;
        double running = 0.0;
        qsizetype runStart = 0;
        int gapLength = 0;
        bool isAfterComments = false;
        // The article usually starts just under its byline or date line: the first prose line
        // within a few lines of the first such line weighs more.
        qsizetype anchoredProse = -1;
        for (qsizetype i = 0; i < count && anchoredProse < 0; ++i) {
            if (!lines.at(i).isDate && !lines.at(i).isByline)
                continue;
            // Share buttons and pictures between the date line and the text do not count.
            int steps = 0;
            for (qsizetype j = i + 1; j < count && steps < 4; ++j) {
                if (lines.at(j).isProse) {
                    anchoredProse = j;
                    break;
                }
                if (lines.at(j).boilerplate.isEmpty())
                    ++steps;
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            const bool isRepeat = firstSeen.contains(lines.at(i).key);
            firstSeen.insert(lines.at(i).key, i);
            if (running <= 0.0) {
                running = 0.0;
                runStart = i;
            }
            double score = bodyScore(lines.at(i), isRepeat, gapLength);
            // An author's name beside a date line, once the text has begun: the next article of
            // a page that loads one after another.
            if (best > 0.0 && lines.at(i).isDate
                && ((i > 0 && (isNameLine(lines.at(i - 1)) || lines.at(i - 1).isByline))
                    || (i + 1 < count && (isNameLine(lines.at(i + 1)) || lines.at(i + 1).isByline))))
                score = -40.0;
            // Readers' comments follow an article: a comments line before any prose is a link.
            if (lines.at(i).boilerplate == u"comments"_s && best > 0.0)
                isAfterComments = true;
            else if (isAfterComments && score > 0.0)
                score *= 0.1; // readers' comments are prose too, but not the article
            if (i == anchoredProse)
                score += 25.0;
            // Share lines, "Read also" and the like mark the end of an article: they widen a gap more.
            if (!lines.at(i).isPicturePlace)
                gapLength = score > 0.0 ? 0 : std::min(gapLength + (lines.at(i).boilerplate.isEmpty() ? 1 : 3), 1000);
            running += score;
            if (running > best) {
                best = running;
                bodyStart = runStart;
                bodyEnd = i;
            }
        }
    }
    const bool hasProseBody = bodyEnd >= bodyStart;
    // A list the article announces ("The tour dates:") ends it, however short its lines: the
    // announcing line and the lines written under it, up to the next blank line.
    // "More from …:", "Most popular:" announce other articles.
    static const QRegularExpression otherArticles(
        u"\\b(more|related|popular|latest|recommended|trending|read|watch|see|also|stories|articles|news)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (hasProseBody) {
        qsizetype announcing = -1;
        for (const auto i : {bodyEnd + 1, bodyEnd}) {
            if (i < count && lines.at(i).text.endsWith(u':') && lines.at(i).boilerplate.isEmpty() && lines.at(i).words >= 4
                && !otherArticles.match(lines.at(i).text).hasMatch()) {
                announcing = i;
                break;
            }
        }
        qsizetype last = announcing;
        while (announcing >= 0 && last + 1 < count && lines.at(last + 1).group == lines.at(announcing).group
               && lines.at(last + 1).boilerplate.isEmpty() && !lines.at(last + 1).isProse)
            ++last;
        if (announcing >= 0 && last - announcing >= 2) {
            lines[announcing].announcesList = true;
            for (qsizetype i = announcing + 1; i <= last; ++i)
                lines[i].isAnnouncedItem = true;
            bodyEnd = std::max(bodyEnd, last);
        }
    }
    if (!hasProseBody) {
        // Short notes without a paragraph of prose: keep every line that is not boilerplate.
        bodyStart = 0;
        bodyEnd = count - 1;
    }

    // 4. The headline: among headline-like lines above the body, prefer the complete version of a
    // cut-off one, then one that is repeated (page title and heading), then length and nearness.
    qsizetype titleIndex = -1;
    if (hasProseBody && bodyStart > 0) {
        const qsizetype from = std::max<qsizetype>(0, bodyStart - HeaderWindow);
        double bestScore = -1e9;
        for (qsizetype i = from; i < bodyStart; ++i) {
            const auto &candidate = lines.at(i);
            if (!isHeadlineLike(candidate) || candidate.isCutOff || candidate.words < 3)
                continue;
            double score = std::min(candidate.words, 15) / 5.0;
            // The author's name written without "By" looks like a short headline.
            if (isNameLine(candidate) && isBesideDateLine(lines, i, from, bodyStart))
                score -= 3.0;
            int repeats = 0;
            bool completesCutOff = false;
            for (qsizetype j = from; j < bodyStart; ++j) {
                if (j == i)
                    continue;
                const auto &other = lines.at(j);
                if (other.key == candidate.key)
                    ++repeats;
                else if (other.isCutOff) {
                    const auto stem = withoutEllipsis(other.key);
                    if (stem.size() >= 12 && QStringView(candidate.key).startsWith(stem))
                        completesCutOff = true;
                }
            }
            if (completesCutOff)
                score += 4.0;
            if (repeats > 0)
                score += 1.5;
            // Lines in a long run of short lines are menus.
            if (candidate.groupSize >= 5)
                score -= 2.0;
            // Distance to the body, in lines that are not byline, date or standfirst.
            int distance = 0;
            bool bylineBetween = false;
            for (qsizetype j = i + 1; j < bodyStart; ++j) {
                const auto &between = lines.at(j);
                if (between.isByline)
                    bylineBetween = true;
                if (!between.isByline && !between.isDate && !isStandfirstLike(between))
                    ++distance;
            }
            score -= 0.25 * distance;
            if (bylineBetween)
                score += 0.5;
            if (i + 1 < bodyStart && isStandfirstLike(lines.at(i + 1)))
                score += 1.0;
            if (score > bestScore) {
                bestScore = score;
                titleIndex = i;
            }
        }
        if (titleIndex >= 0) {
            article.title = lines.at(titleIndex).text;
            lines[titleIndex].role = Role::Title;
        }
    }

    // 5. Section headings directly above the first paragraph belong to the body.
    if (hasProseBody) {
        qsizetype start = bodyStart;
        while (start > 0 && start > titleIndex + 1 && bodyStart - start < 3) {
            const auto &above = lines.at(start - 1);
            if (!isHeadlineLike(above) || above.isCutOff || above.role == Role::Title
                || (isNameLine(above) && isBesideDateLine(lines, start - 1, 0, count))
                || (titleIndex >= 0 && above.key == lines.at(titleIndex).key) || above.groupSize >= 4)
                break;
            --start;
        }
        bodyStart = start;
    }

    // 6. Between headline and body: standfirst, byline, date line.
    const qsizetype headerFrom = titleIndex >= 0 ? titleIndex + 1 : std::max<qsizetype>(0, bodyStart - 12);
    qsizetype bylineIndex = -1;
    for (qsizetype i = headerFrom; i < bodyStart; ++i) {
        auto &line = lines[i];
        if (line.isByline && article.byline.isEmpty()) {
            line.role = Role::Byline;
            article.byline = bylineName(line.text);
            bylineIndex = i;
        } else if (line.key == u"by"_s && i + 1 < bodyStart && article.byline.isEmpty() && lines.at(i + 1).words <= 5) {
            line.role = Role::Byline;
            lines[i + 1].role = Role::Byline;
            article.byline = lines.at(i + 1).text;
            ++i;
        } else if (article.byline.isEmpty() && isNameLine(line) && isBesideDateLine(lines, i, headerFrom, bodyStart)) {
            // A name beside the date line is the author's, written without "By".
            line.role = Role::Byline;
            article.byline = line.text;
        } else if (line.isDate && !article.published.isValid()) {
            line.role = Role::DateLine;
            article.published = parseDateLine(line.text);
            article.publishedSource = DateSource::TextDateLine;
        } else if (titleIndex >= 0 && article.standfirst.isEmpty() && isStandfirstLike(line)) {
            line.role = Role::Standfirst;
            article.standfirst = line.text;
        }
    }
    // A date line may also stand above the headline, or open the body.
    if (!article.published.isValid()) {
        const qsizetype from = std::max<qsizetype>(0, (titleIndex >= 0 ? titleIndex : bodyStart) - 8);
        const qsizetype to = std::min(count, bodyStart + 3);
        for (qsizetype i = from; i < to; ++i) {
            if (lines.at(i).isDate && lines.at(i).role == Role::Unknown) {
                lines[i].role = Role::DateLine;
                article.published = parseDateLine(lines.at(i).text);
                article.publishedSource = DateSource::TextDateLine;
                break;
            }
        }
    }
    // Else the byline may carry it: "By Jane Roe · 28 August 2025".
    if (!article.published.isValid() && bylineIndex >= 0) {
        article.published = parseDateLine(lines.at(bylineIndex).text);
        article.publishedSource = article.published.isValid() ? DateSource::TextDateLine : article.publishedSource;
    }

    // 7. Inside the body: keep prose once, mark headings, drop clutter.
    QHash<QString, QString> seen; // key → what it was, for the reason of a repeat
    QSet<quint64> bodyRuns;       // wordRunHashes() of the body so far
    // Most of the line's four-word runs are already in the body: the article given again.
    auto isGivenAgain = [&bodyRuns](const QList<quint64> &runs) {
        if (runs.size() < 12)
            return false;
        qsizetype known = 0;
        for (const auto run : runs)
            known += bodyRuns.contains(run) ? 1 : 0;
        return known * 10 >= runs.size() * 7;
    };
    if (!article.title.isEmpty())
        seen.insert(lines.at(titleIndex).key, u"repeated headline"_s);
    if (!article.standfirst.isEmpty())
        seen.insert(article.standfirst.toLower(), u"repeated standfirst"_s);
    const auto titleStem = article.title.toLower();
    for (qsizetype i = bodyStart; i <= bodyEnd; ++i) {
        auto &line = lines[i];
        if (line.role != Role::Unknown)
            continue;
        if (!line.boilerplate.isEmpty()) {
            line.role = Role::Removed;
            line.reason = line.boilerplate;
            continue;
        }
        if (const auto it = seen.constFind(line.key); it != seen.constEnd()) {
            line.role = Role::Removed;
            line.reason = it.value();
            continue;
        }
        if (line.isCutOff && !titleStem.isEmpty() && withoutEllipsis(line.key).size() >= 12
            && QStringView(titleStem).startsWith(withoutEllipsis(line.key))) {
            line.role = Role::Removed;
            line.reason = u"cut-off headline"_s;
            continue;
        }
        if (line.isProse || (line.endsSentence && line.words >= 4)) {
            const auto runs = wordRunHashes(line.text);
            if (isGivenAgain(runs)) {
                line.role = Role::Removed;
                line.reason = u"repeated text"_s;
                continue;
            }
            line.role = Role::Body;
            seen.insert(line.key, u"repeated paragraph"_s);
            for (const auto run : runs)
                bodyRuns.insert(run);
            continue;
        }
        if (line.isAnnouncedItem) {
            line.role = Role::ListItem;
            continue;
        }
        if (line.announcesList) {
            line.role = Role::Body;
            continue;
        }
        if (line.isDate) {
            line.role = Role::Removed;
            line.reason = u"date line"_s;
            continue;
        }
        if (line.isByline) {
            line.role = Role::Removed;
            line.reason = u"byline"_s;
            continue;
        }
        // A short line: a heading when it looks like one and prose follows it, else clutter.
        qsizetype next = i + 1;
        while (next <= bodyEnd && (lines.at(next).isCutOff || !lines.at(next).boilerplate.isEmpty()))
            ++next;
        // A heading may stand on another (a kicker over a section title), not on a third.
        if (next < bodyEnd && isHeadlineLike(lines.at(next)) && lines.at(next + 1).isProse)
            ++next;
        const bool isFollowedByText = next <= bodyEnd && lines.at(next).isProse;
        const bool isInLinkList = line.groupSize >= 4;
        if (!hasProseBody) {
            line.role = Role::Body;
            seen.insert(line.key, u"repeated line"_s);
        } else if (isHeadlineLike(line) && isFollowedByText && !isInLinkList && line.words <= 15) {
            line.role = Role::Heading;
            seen.insert(line.key, u"repeated heading"_s);
        } else if (line.words >= 8 && !isInLinkList) {
            line.role = Role::Body;
            seen.insert(line.key, u"repeated paragraph"_s);
        } else {
            line.role = Role::Removed;
            line.reason = isInLinkList ? u"link list"_s : u"short fragment"_s;
        }
    }

    // 8. Everything else is removed, with a reason a reader understands.
    for (qsizetype i = 0; i < count; ++i) {
        auto &line = lines[i];
        if (line.role != Role::Unknown)
            continue;
        line.role = Role::Removed;
        if (!line.boilerplate.isEmpty())
            line.reason = line.boilerplate;
        else if (titleIndex >= 0 && line.key == lines.at(titleIndex).key)
            line.reason = u"repeated headline"_s;
        else if (const auto it = seen.constFind(line.key); it != seen.constEnd())
            line.reason = it.value();
        else if (titleIndex >= 0 && line.isCutOff && withoutEllipsis(line.key).size() >= 8
                 && QStringView(lines.at(titleIndex).key).startsWith(withoutEllipsis(line.key)))
            line.reason = u"cut-off headline"_s;
        else if (!article.standfirst.isEmpty() && line.key == article.standfirst.toLower())
            line.reason = u"repeated standfirst"_s;
        else if (line.isDate)
            line.reason = u"date line"_s;
        else if (line.isByline)
            line.reason = u"byline"_s;
        else if (i > bodyEnd)
            line.reason = line.isProse ? u"after the article"_s : u"footer"_s;
        else if (titleIndex >= 0 && i < titleIndex && line.groupSize < 4 && isHeadlineLike(line) && line.words >= 5)
            line.reason = u"alternative headline"_s;
        else if (line.groupSize >= 4 || line.words <= 4)
            line.reason = u"navigation"_s;
        else
            line.reason = u"before the article"_s;
    }

    for (const auto &line : std::as_const(lines)) {
        switch (line.role) {
        case Role::Body: article.blocks << Block{BlockKind::Paragraph, 0, line.text}; break;
        case Role::Heading: article.blocks << Block{BlockKind::Heading, 2, line.text}; break;
        case Role::ListItem: article.blocks << Block{BlockKind::ListItem, 0, line.text}; break;
        case Role::Removed:
            article.removed << RemovedFragment{line.text, line.reason, int(article.blocks.size())};
            break;
        case Role::Title:
        case Role::Standfirst:
        case Role::Byline:
        case Role::DateLine:
        case Role::Unknown:
            break;
        }
    }
    // A heading with nothing after it is a stray line, not a section.
    while (!article.blocks.isEmpty() && article.blocks.constLast().kind == BlockKind::Heading) {
        const auto heading = article.blocks.takeLast();
        article.removed << RemovedFragment{heading.text, u"short fragment"_s, int(article.blocks.size())};
    }
    if (article.title.isEmpty() && !hasProseBody && article.blocks.size() > 1
        && article.blocks.constFirst().text.size() <= 200 && !endsWithSentencePunctuation(article.blocks.constFirst().text)) {
        article.title = article.blocks.takeFirst().text;
        for (auto &fragment : article.removed)
            fragment.beforeBlock = std::max(0, fragment.beforeBlock - 1);
    }
    return article;
}

} // namespace Attache
