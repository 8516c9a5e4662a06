#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Attache {

// The forms a gazetteer name takes in running text beyond the one written in the list, so that
// a name in one language resolves to the same entity in all its forms:
// - Russian (a name in Cyrillic) declines: a one-word name gets its case forms by its ending
//   (Россия → России, Россию, Россией; Москва → Москвы, Москве, Москву, Москвой; Берлин →
//   Берлина, Берлину, Берлином, Берлине), and "ё" is also written "е". Names of several words
//   are kept as written here (russianPhraseCaseForms declines a place's).
// - Arabic drops its short-vowel marks and tatweel in news text, and writes "and" (و), "with"
//   (ب) and "for" (ل) as one word with the name: العراق → والعراق, بالعراق, للعراق.
// - German adds -s for a name's genitive (Deutschlands, Berlins): a one-word name in Latin
//   script that does not end in s, x, z or ß gets that form too.
// Other names come back as written. The first form is always the name itself (Arabic: unmarked).
QStringList nameVariants(const QString &name);
// The case forms of a Russian name of adjectives and a noun, declined together ("Южная Корея"
// → "Южной Кореи", "Южной Корее", "Южную Корею", "Южной Кореей"; "Соединённые Штаты" →
// "Соединённых Штатов", …): the forms other than the name itself, none when a word before the
// noun is no adjective by its ending or the noun's declension is not plain. For names of places
// and organisations: a person's first name and surname do not decline as an adjective and noun.
QStringList russianPhraseCaseForms(const QString &name);
// The case forms of a Russian man's surname that a noun's declension (nameVariants()) does not
// give: an adjectival one declines as an adjective ("Зеленский" → "Зеленского", "Зеленскому",
// "Зеленским", "Зеленском"), one in -ов, -ев, -ин, -ын takes -ым in the instrumental ("Путиным",
// "Лавровым"). Empty for other names.
QStringList russianSurnameForms(const QString &surname);
// A German name of a country or an organisation as it stands after an article, where the list has
// it in the nominative without one: its adjectives decline ("die Vereinigten Staaten", "im
// Vereinigten Königreich", "des Vereinigten Königreichs", "das Vereinigte Königreich", "das
// Auswärtige Amt") and a plural takes -n in the dative ("in den Niederlanden", "in den Vereinigten
// Arabischen Emiraten"). The forms other than the name itself; a form nobody writes ("Ukrainen")
// is harmless, as no text holds it.
QStringList germanDeclinedForms(const QString &name);
// The script of the first letter of text (Script_Unknown for text without letters).
QChar::Script firstLetterScript(QStringView text);

// The translations of a gettext catalogue (.mo, either byte order): original → translation,
// without the header entry; empty (and a warning in `error`) when the file is unreadable or is
// not a catalogue.
QHash<QString, QString> readGettextCatalogue(const QString &path, QString *error = nullptr);

} // namespace Attache
