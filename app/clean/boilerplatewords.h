#pragma once

#include <QString>
#include <QStringView>

namespace Attache::BoilerplateWords {

// Which languages' words a pattern takes.
enum class Languages {
    All,
    English,
    AllButEnglish,
};

// The words of one rule of resources/knowledge/boilerplate.json as a regular-expression
// alternation ("a|b|c"): English first, then the other languages in the order of their codes.
// A rule without words gives "(?!)", which matches nothing. The file is read once per process
// (thread-safe), on the first call; build the QRegularExpression once too (a function-local
// static), not per page.
QString alternation(QStringView rule, Languages languages = Languages::All);

} // namespace Attache::BoilerplateWords
