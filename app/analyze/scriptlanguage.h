#pragma once

#include <QString>
#include <QStringView>

namespace Attache {

// The language of a text that does not declare its own: "ru" when most of its letters are
// Cyrillic, "ar" when most are Arabic; in Latin script, the one libexttextcat's profiles single out
// among English, French, German, Spanish, Italian, Portuguese, Dutch, Polish and Turkish; empty
// when none is clear. Looks at the start of the text only; thread-safe.
QString languageOfScript(QStringView text);

// The language to analyse an article in: the one it declares (an HTML lang attribute, a feed's or
// JSON export's language field), else the one its script implies.
QString analysisLanguage(const QString &declared, QStringView text);

// The primary language subtag of a BCP 47 tag, lower-cased: "fr" for "fr", "fr-CA" or "FR_fr";
// empty for anything that does not start with a two-letter subtag ("deutsch", "x").
QString primaryLanguage(QStringView tag);
// primaryLanguage(tag) == code (two lower-case letters), and !primaryLanguage(tag).isEmpty(),
// without building a string: the analysis asks them of every article.
bool isLanguage(QStringView tag, QStringView code);
bool hasPrimaryLanguage(QStringView tag);

} // namespace Attache
