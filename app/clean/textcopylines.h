#pragma once

// The line-level rules of TextCopyCleaner (textcopycleaner.cpp): what a line of a text copy is
// (its measures and role), and the phrase patterns that mark boilerplate, bylines and date lines.
// Internal to clean/: not for other layers.

#include <QList>
#include <QString>
#include <QStringView>

namespace Attache::TextCopyDetail {

// Lines that only follow an article: its author's box, a poll on it, recommendations.
inline const QString AfterTheArticle = QStringLiteral("after the article");
// A line of bracketed labels: a text browser's picture or form field ("[photo]", "[ ]").
inline const QString ImageOrFormField = QStringLiteral("image or form field");

// Lines longer than this are never matched against phrase patterns: boilerplate is short, and
// the bound keeps a pathological line (megabytes without a break) from costing regex time.
constexpr qsizetype PatternLineLimit = 400;
// Only this many lines above the body are searched for the headline (pairwise comparisons).
constexpr qsizetype HeaderWindow = 120;

enum class Role {
    Unknown,
    Body,
    Heading,
    ListItem,
    Title,
    Standfirst,
    Byline,
    DateLine,
    Removed,
};

struct Line
{
    QString text;
    QString key;            // lower-case, for duplicate checks
    qsizetype group = 0;    // lines not separated by a blank line share a group
    qsizetype groupSize = 1;
    int words = 0;
    bool isProse = false;
    bool endsSentence = false;
    bool isCutOff = false;  // ends with "..." or "…"
    QString boilerplate;    // reason when the line matches a boilerplate pattern
    bool isDate = false;
    bool isByline = false;
    bool isPicturePlace = false;  // "[photo_1]": where a picture stood (not a form's "[ ]")
    bool announcesList = false;   // "The tour dates:" above a list of short lines
    bool isAnnouncedItem = false; // in such a list
    Role role = Role::Unknown;
    QString reason;
};

QList<quint64> wordRunHashes(QStringView text);
int countWords(QStringView text);
bool endsWithSentencePunctuation(QStringView text);
bool isCutOffLine(QStringView text);
QStringView withoutEllipsis(QStringView text);
// `lowered` is `text` in lower case (the caller has it already).
QString boilerplateReason(const QString &text, QStringView lowered, int words);
bool isBylineLine(const QString &text, int words);
QString bylineName(const QString &text);

} // namespace Attache::TextCopyDetail
