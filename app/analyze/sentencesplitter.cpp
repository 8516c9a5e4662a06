#include "analyze/sentencesplitter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

bool isAbbreviation(const QString &word)
{
    static const QSet<QString> abbreviations{
        u"mr"_s,   u"mrs"_s,  u"ms"_s,   u"dr"_s,   u"prof"_s, u"gen"_s,  u"sen"_s,  u"rep"_s,  u"gov"_s,
        u"lt"_s,   u"col"_s,  u"sgt"_s,  u"capt"_s, u"cmdr"_s, u"adm"_s,  u"maj"_s,  u"st"_s,   u"jr"_s,
        u"sr"_s,   u"inc"_s,  u"corp"_s, u"ltd"_s,  u"co"_s,   u"no"_s,   u"vs"_s,   u"etc"_s,  u"approx"_s,
        u"dept"_s, u"est"_s,  u"fig"_s,  u"jan"_s,  u"feb"_s,  u"mar"_s,  u"apr"_s,  u"jun"_s,  u"jul"_s,
        u"aug"_s,  u"sep"_s,  u"sept"_s, u"oct"_s,  u"nov"_s,  u"dec"_s,  u"rev"_s,  u"hon"_s,  u"pres"_s,
        u"amb"_s,  u"sec"_s,  u"mt"_s,   u"ft"_s,   u"e.g"_s,  u"i.e"_s,  u"al"_s};
    return abbreviations.contains(word.toLower());
}

// Words that, capitalised after "U.S." or "a.m.", show that a new sentence has begun.
bool isSentenceOpener(const QString &word)
{
    static const QSet<QString> openers{
        u"The"_s, u"A"_s,    u"An"_s,    u"He"_s,   u"She"_s,  u"It"_s,   u"They"_s, u"We"_s,    u"I"_s,
        u"In"_s,  u"But"_s,  u"And"_s,   u"This"_s, u"That"_s, u"These"_s, u"Those"_s, u"There"_s, u"On"_s,
        u"At"_s,  u"After"_s, u"Before"_s, u"However"_s, u"Meanwhile"_s, u"Its"_s, u"His"_s, u"Her"_s,
        u"Their"_s, u"Our"_s, u"As"_s,   u"If"_s,   u"When"_s, u"While"_s, u"Following"_s, u"During"_s};
    return openers.contains(word);
}

} // namespace

QList<SentenceSpan> splitSentences(const QString &text)
{
    QList<SentenceSpan> sentences;
    const auto size = text.size();
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        auto s = start;
        while (s < end && text.at(s).isSpace())
            ++s;
        auto e = end;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            sentences.append({s, e});
        start = end;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = text.at(i);
        if (c == u'\n') {
            flush(i);
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        // Take closing quotes and brackets with the sentence.
        auto end = i + 1;
        while (end < size && (text.at(end) == u'"' || text.at(end) == u'\'' || text.at(end) == u')'
                              || text.at(end) == u'\u201D' || text.at(end) == u'\u2019'))
            ++end;
        if (end < size && !text.at(end).isSpace())
            continue; // "3.5", "U.S.-led", "example.com"
        auto next = end;
        while (next < size && text.at(next).isSpace() && text.at(next) != u'\n')
            ++next;
        if (next >= size || text.at(next) == u'\n') {
            flush(end);
            i = end - 1;
            continue;
        }
        if (c == u'.') {
            // The word before the full stop, with inner dots ("U.S", "a.m").
            auto wordStart = i;
            while (wordStart > 0 && (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1) == u'.'))
                --wordStart;
            const auto word = text.mid(wordStart, i - wordStart);
            auto nextWordEnd = next;
            while (nextWordEnd < size && text.at(nextWordEnd).isLetter())
                ++nextWordEnd;
            const auto nextWord = text.mid(next, nextWordEnd - next);
            const auto following = text.at(next);
            const bool isInitial = word.size() == 1 && word.at(0).isUpper();
            const bool isDottedAcronym = word.contains(u'.');
            if (isInitial || isAbbreviation(word))
                continue;
            if (isDottedAcronym && !isSentenceOpener(nextWord))
                continue;
            if (following.isLower())
                continue;
        }
        flush(end);
        i = end - 1;
    }
    flush(size);
    return sentences;
}

} // namespace Attache
