#pragma once

#include <QList>
#include <QString>

namespace Attache {

struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, after the closing punctuation

    bool operator==(const SentenceSpan &) const = default;
};

// Splits English news text into sentences. A line break always ends one; a full stop does not
// after a title ("Mr.", "Gen."), an initial ("John F. Kennedy"), a month abbreviation, or a dotted
// acronym ("U.S.") followed by a word that does not usually start a sentence, nor inside a number
// ("3.5"). Reentrant; linear in the length of the text.
QList<SentenceSpan> splitSentences(const QString &text);

} // namespace Attache
