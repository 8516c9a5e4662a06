#pragma once

#include <QLocale>
#include <QString>

namespace Attache::Translations {

// Installs Attaché's catalogue (built into the program under :/i18n) and Qt's own (standard
// buttons and dialogs, from Qt's translations folder) for the first of the locale's UI languages
// that Attaché is translated into: LANGUAGE=fr or LANG=fr_FR.UTF-8 gives French. Any other
// language gets the English catalogue, which holds the plural forms ("1 article", "2 articles").
// When the language chosen is not the locale's, its locale becomes the default one, so that dates
// and numbers speak the same language as the words. Replaces what an earlier call installed.
// Returns the language installed: "fr", "en".
QString install(const QLocale &locale = QLocale::system());
// The language install() chose ("fr", "en"), or "en" before it ran.
QString language();

} // namespace Attache::Translations
