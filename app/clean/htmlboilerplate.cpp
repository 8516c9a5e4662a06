// Pass 3 of the HTML extractor, last step: the lines pages repeat around articles.

#include "clean/boilerplatewords.h"
#include "clean/htmlpage.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache::HtmlDetail {

using BoilerplateWords::alternation;
using BoilerplateWords::Languages;

// Short lines that web pages repeat around articles whatever the site: widget labels, credits,
// and the "you may also like" lists that follow the text.
void PageAnalysis::dropBoilerplateBlocks()
{
    // The word lists are resources/knowledge/boilerplate.json, read once (these are statics).
    // Unicode properties: the lists hold words in Cyrillic, Arabic and CJK scripts, whose letters
    // must count as word characters for \b and \w.
    constexpr auto unicodeCaseless = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression widgetLabel(
        QString(u"^("_s + alternation(u"pageFurniture") + u")$"_s), unicodeCaseless);
    static const QRegularExpression credit(
        uR"(^(\(?(photo|image|picture|foto|credit|source)s?( copyright| credit)?\s*[:©].{0,80}|image copyright .{0,60}|©.{0,60}|.{0,60}\b(getty images|afp|reuters|ap photo|shutterstock)\)?\.?)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relatedMarker(
        QString(u"^("_s + alternation(u"relatedMarkers") + uR"()\b.{0,40}$)"_s), unicodeCaseless);
    static const QRegularExpression dateLine(
        QString(u"^("_s + alternation(u"datePrefixes")
                + uR"()?\b.{0,40}((19|20)\d\d|\d{1,2}:\d\d\s*(am|pm)?).{0,40}$)"_s),
        unicodeCaseless);
    // English words on ASCII word boundaries, with time zones and numbers.
    static const QRegularExpression wordsOfDate(
        QString(uR"(\b()"_s + alternation(u"dateWords", Languages::English) + uR"(|[A-Z]{2,4}T|\d+)\b)"_s),
        QRegularExpression::CaseInsensitiveOption);
    // The same in the other languages of the news read here, with the words that join a date's
    // parts ("22 de outubro de 2010 às 20:13", "le 3 mars 2019 à 14 h").
    static const QRegularExpression foreignWordsOfDate(
        QString(uR"(\b()"_s + alternation(u"dateWords", Languages::AllButEnglish) + uR"()\b)"_s),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The prefix in any case ("By", "BY", "Reviewed by", "Автор:", "记者 "), the name capitalised,
    // or in a script without case (Arabic, CJK).
    static const QRegularExpression bylineLine(
        QString(u"^(?i:"_s + alternation(u"bylinePrefixes") + uR"()(\s+|\s*[:：]\s*)[\p{Lu}\p{Lo}].{0,80}$)"_s),
        QRegularExpression::UseUnicodePropertiesOption);
    // A byline that carries its date ("By Ann Lee on Monday, November 18th, 2019 at 11:08 a.m.")
    // is one even under a quoted claim or a kicker that precedes it.
    static const QRegularExpression datedByline(
        uR"(\b(on|am|le|el|em|il)\s+.{0,20}\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|\d{1,2}[./]\d{1,2}[./])\b.{0,12}\b(19|20)\d\d\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pictureCredit(
        uR"(\(((image|photo|picture|pictured|credit|foto|bild)s?|AP|AFP|Reuters|Getty Images|EPA|dpa)\b[^)]{0,60}\)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "Tags: diplomacy, Geneva" under the article.
    static const QRegularExpression tagList(
        QString(u"^("_s + alternation(u"tagLabels") + uR"()(\s*[:：]\s*\S|\s+[^.!?。]+$))"_s),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "Follow Newsbeat on Instagram, Facebook and YouTube."
    static const QRegularExpression socialFollow(
        uR"(^(follow|like|find|join|subscribe to)\b.{0,40}\bon (facebook|twitter|x|instagram|youtube|linkedin|tiktok|telegram|whatsapp|threads|bluesky)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorBox(
        QString(u"^("_s + alternation(u"authorBoxLabels") + uR"()\s*[:：]?$)"_s), unicodeCaseless);
    // "Related: …", "SEE MORE: …", "Also: …", "Main article: …" lines point to other articles.
    static const QRegularExpression relatedLink(
        QString(u"^("_s + alternation(u"relatedLinkLabels") + uR"()\s*[:：]\s*\S.{0,140}$)"_s), unicodeCaseless);
    static const QRegularExpression captionLabel(uR"(^(image|media|photo|video) caption\b)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    // A picture's caption that ends with its credit: "… in Inner Mongolia.Credit: EPA".
    static const QRegularExpression creditEnding(uR"((Credit|Photo|Image|Picture|Foto)s?:\s*[^.:]{1,60}$)"_s);
    static const QRegularExpression closingNotice(
        uR"((©|\bcopyright\b|all rights reserved|\bsubscribe\b|\bnewsletters?\b|sign up for|follow (us|him|her) on))"_s,
        QRegularExpression::CaseInsensitiveOption);

    // A block the page repeats (gallery captions, pull quotes) is read once.
    QHash<QString, qsizetype> seen; // text → index of its last occurrence
    auto isGalleryKind = [](BlockKind kind) { return kind == BlockKind::Caption || kind == BlockKind::ListItem; };
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto earlier = seen.value(m_blocks[i].text, -1);
        if (m_blocks[i].text.size() >= 20 && earlier >= 0 && i - earlier <= 4 && m_blocks[i].kind != BlockKind::Heading
            && (isGalleryKind(m_blocks[earlier].kind) || isGalleryKind(m_blocks[i].kind))) {
            removeBlock(i, u"repeated caption"_s);
            continue;
        }
        seen.insert(m_blocks[i].text, i);
        ++i;
    }
    // A date or byline line is metadata; "(Image: …)" lines are picture credits; and short
    // copyright or newsletter notices close pages, not articles.
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto &text = m_blocks[i].text;
        bool isDate = false;
        if (text.size() < 100 && text.size() >= 10 && m_blocks[i].kind != BlockKind::Heading
            && dateLine.match(text).hasMatch()) {
            auto rest = text;
            rest.remove(wordsOfDate);
            rest.remove(foreignWordsOfDate);
            // Words left over; Chinese and Japanese have no spaces, so two of their characters
            // count as a word (a whole sentence is not one word).
            static const QRegularExpression word(uR"([\p{Han}\p{Hiragana}\p{Katakana}]{2}|\p{L}{2,})"_s);
            isDate = rest.count(word) <= 2;
        }
        if (isDate)
            removeBlock(i, u"date line"_s);
        else if (text.size() < 100 && bylineLine.match(text).hasMatch()
                 && (i < 2 || (i < 5 && datedByline.match(text).hasMatch())))
            removeBlock(i, u"byline"_s);
        else if (text.size() < 250 && pictureCredit.match(text).hasMatch())
            removeBlock(i, u"picture credit"_s);
        else if (text.size() < 300 && m_blocks[i].kind != BlockKind::Heading && creditEnding.match(text).hasMatch())
            removeBlock(i, u"picture caption"_s);
        else if (i * 2 >= m_blocks.size() && text.size() < 250 && tagList.match(text).hasMatch())
            removeBlock(i, u"tags"_s);
        else if (text.size() < 150 && socialFollow.match(text).hasMatch())
            removeBlock(i, u"social links"_s);
        else if (text.size() < 300 && captionLabel.match(text).hasMatch())
            removeBlock(i, u"picture caption"_s);
        else if (m_blocks[i].kind != BlockKind::Heading && text.size() < 160 && relatedLink.match(text).hasMatch())
            removeBlock(i, u"related articles"_s);
        else if (i >= m_blocks.size() - 3 && i > 2 && text.size() < 300 && closingNotice.match(text).hasMatch())
            removeBlock(i, u"closing notice"_s);
        else
            ++i;
    }
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto &block = m_blocks[i];
        if (block.kind == BlockKind::Preformatted || block.text.size() > 140) {
            ++i;
            continue;
        }
        const auto text = block.text.trimmed();
        if (widgetLabel.match(text).hasMatch()) {
            removeBlock(i, u"page furniture"_s);
        } else if (block.kind != BlockKind::Caption && credit.match(text).hasMatch()) {
            // A credit standing alone is page furniture; in a picture's caption it is the
            // caption's (whole captions are kept, credit and all).
            removeBlock(i, u"picture credit"_s);
        } else if (relatedMarker.match(text).hasMatch() && i * 2 >= m_blocks.size()) {
            // The marker and the short link lines after it; a real paragraph ends the list, and so
            // does a sentence (headlines end without a full stop): after a "Read more" button that
            // unfolds the rest of the text, the text goes on. Chinese and Japanese sentences have
            // no spaces to count words by: their full stop and some length say it.
            static const QRegularExpression sentence(uR"(^((\S+\s+){7,}.*[.!?؟]|.{10,}[。！？])["”’»」』]?$)"_s);
            removeBlock(i, u"related articles"_s);
            while (i < m_blocks.size() && m_blocks[i].text.size() < 120 && m_blocks[i].kind != BlockKind::Heading
                   && !sentence.match(m_blocks[i].text).hasMatch()) {
                m_removed.last().text += u'\n' + m_blocks[i].text;
                m_blocks.removeAt(i);
                for (auto &fragment : m_removed)
                    if (fragment.beforeBlock > i)
                        --fragment.beforeBlock;
            }
        } else if (authorBox.match(text).hasMatch() && i * 2 >= m_blocks.size()) {
            // The author's box closes a page: the label, the name and a short biography.
            removeBlock(i, u"author box"_s);
            for (int taken = 0; taken < 3 && i < m_blocks.size() && m_blocks[i].text.size() < 600; ++taken) {
                m_removed.last().text += u'\n' + m_blocks[i].text;
                m_blocks.removeAt(i);
                for (auto &fragment : m_removed)
                    if (fragment.beforeBlock > i)
                        --fragment.beforeBlock;
            }
        } else {
            ++i;
        }
    }
}

} // namespace Attache::HtmlDetail
