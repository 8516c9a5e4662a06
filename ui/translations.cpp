#include "translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Attache::Translations {

namespace {
    // Owned by the application object; replaced as a pair.
    QTranslator *s_attache = nullptr;
    QTranslator *s_qt = nullptr;
    bool s_hasSetDefaultLocale = false;
    QString s_language = QStringLiteral("en");

    // The locale the system formats dates with (man 7 locale: LC_ALL, then LC_TIME, then LANG). Not
// QLocale::system(), whose language follows LANGUAGE while its dates follow LC_TIME.
QLocale dateLocale()
{
    for (const char *variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const auto name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return QLocale(name.section(u'.', 0, 0).section(u'@', 0, 0));
    }
    return QLocale::c();
}

void removeInstalled()
    {
        for (auto **translator : { &s_attache, &s_qt }) {
            if (*translator) {
                QCoreApplication::removeTranslator(*translator);
                delete *translator;
                *translator = nullptr;
            }
        }
    }
} // namespace

QString install(const QLocale &locale)
{
    removeInstalled();
    auto *attache = new QTranslator(QCoreApplication::instance());
    // Tries each UI language of the locale in turn ("fr_FR", "fr", …), then English.
    if (!attache->load(locale, u"attache"_s, u"_"_s, u":/i18n"_s) && !attache->load(u":/i18n/attache_en.qm"_s)) {
        qCWarning(lcUi) << "no translation catalogue is built into the program";
        delete attache;
        s_language = u"en"_s;
        return s_language;
    }
    QCoreApplication::installTranslator(attache);
    s_attache = attache;

    const QLocale language(attache->language());
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(language, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt; // Qt's own strings are English already, or not installed (qt6-translations-l10n)
    }
    if (language.language() != QLocale::English && language.language() != dateLocale().language()) {
        QLocale::setDefault(language);
        s_hasSetDefaultLocale = true;
    } else if (s_hasSetDefaultLocale) {
        QLocale::setDefault(QLocale::system());
        s_hasSetDefaultLocale = false;
    }
    s_language = QLocale::languageToCode(language.language());
    return s_language;
}

QString language()
{
    return s_language;
}

} // namespace Attache::Translations
