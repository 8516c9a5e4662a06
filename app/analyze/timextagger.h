#pragma once

#include "analyze/analysis.h"

namespace Attache {

// Finds temporal expressions in English news and normalises them TIMEX3-style, resolving relative
// ones against the document creation time (the publication date). Reentrant.
//
// The rules (timexrules.cpp) are regular expressions compiled once per process and shared by all
// threads, each with a normaliser that turns its match into a TIMEX3 value; the longest match wins
// where rules overlap. Conventions follow TempEval-3 and MEANTIME: "2025-03-05", "2025-03",
// "2025-W10", "2025-Q3", "2025-SU", "201" (the 2010s), "19" (the 20th century), "P3Y", "PT24H",
// "PXY" (several years), "PAST_REF"/"PRESENT_REF"/"FUTURE_REF"; times "2025-03-05T14:00Z",
// "2025-03-05TMO". Bare weekdays and months take the past reading unless their clause looks ahead.
// Without a document date, relative values carry X placeholders ("XXXX-XX-XX") and are uncertain;
// with an uncertain one, every value computed from it is marked uncertain.
// Cost: linear in the text for each rule; at most 100 000 candidates are kept per text.
class TimexTagger final
{
public:
    // `language`: a BCP 47 tag; French and Spanish have rules of their own, every other
    // language (and none) is read with the English rules.
    QList<Timex> tag(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain = false,
                     QStringView language = {}) const;
};

} // namespace Attache
