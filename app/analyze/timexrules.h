#pragma once

// The TIMEX3 rules behind TimexTagger: each a regular expression, compiled once per process and
// shared by all threads, with a normaliser that turns its match into a TIMEX3 value. Internal to
// analyze; the tagger (timextagger.cpp) runs them and resolves overlaps.

#include "analyze/analysis.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace Attache::TimexRules {

// Where a match sits: the whole text and the document creation time (the publication date).
struct Context
{
    const QString &text;
    QDate dct;
    qsizetype start;
    qsizetype end;
    // Whether an underspecified expression ("Friday", "June") reads as future here.
    bool isFuture() const;
};

struct Resolution
{
    QString value;
    TimexType type = TimexType::Date;
    bool usesDocumentDate = true;
};

using Normaliser = std::function<std::optional<Resolution>(const QRegularExpressionMatch &, const Context &)>;

struct Rule
{
    QRegularExpression pattern;
    Normaliser normalise;
};

// Every rule, the more specific first (the tagger prefers the earlier rule among equally long
// matches). Built on first use, thread-safe.
const std::vector<Rule> &rules();
// The rules for text in `language` (BCP 47): French and Spanish have their own
// (timexrulesromance.cpp); every other language gets the English ones.
const std::vector<Rule> &rulesFor(QStringView language);

} // namespace Attache::TimexRules
