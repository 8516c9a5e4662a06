#pragma once

#include <QString>
#include <QStringView>

namespace Attache {

// The language a text's writing system implies, for a text that does not declare its own: "ru"
// when most of its letters are Cyrillic, "ar" when most are Arabic, empty otherwise (Latin script
// says nothing about which language). Looks at the first 4 000 characters; linear.
QString languageOfScript(QStringView text);

// The language to analyse an article in: the one it declares (an HTML lang attribute, a feed's or
// JSON export's language field), else the one its script implies.
QString analysisLanguage(const QString &declared, QStringView text);

} // namespace Attache
