#include "analyze/scriptlanguage.h"

#include "core/logging.h"
#include "core/textcase.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryFile>

#include <libexttextcat/textcat.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// The languages told apart in Latin script: those Attaché reads, and their near neighbours, so
// that Italian or Portuguese is not taken for Spanish.
constexpr const char *LatinLanguages[] = {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr"};

// libexttextcat's classifier, restricted to LatinLanguages (fewer profiles: faster, and no
// rare language picked on a short text). Its handle is not reentrant: one call at a time.
class Guesser
{
public:
    Guesser()
    {
        // The library reads its configuration from a file: a temporary one lists our profiles.
        if (!m_config.open())
            return;
        for (const char *language : LatinLanguages)
            m_config.write(QByteArray(language) + ".lm " + language + "--utf8\n");
        m_config.flush();
        m_handle = special_textcat_Init(QFile::encodeName(m_config.fileName()).constData(), ATTACHE_EXTTEXTCAT_DATA);
        if (!m_handle)
            qCWarning(lcAnalyze) << "the language profiles in" << ATTACHE_EXTTEXTCAT_DATA
                                 << "cannot be read: articles that declare no language are read as English";
    }
    ~Guesser()
    {
        if (m_handle)
            textcat_Done(m_handle);
    }
    Guesser(const Guesser &) = delete;
    Guesser &operator=(const Guesser &) = delete;

    QString guess(QStringView text)
    {
        if (!m_handle)
            return {};
        const auto sample = text.left(1500).toUtf8();
        QMutexLocker lock(&m_mutex);
        const QString answer = QString::fromUtf8(textcat_Classify(m_handle, sample.constData(), size_t(sample.size())));
        // "[fr--utf8][it--utf8]" when unsure between two; "UNKNOWN" or "SHORT" when it cannot
        // tell: only a single, clear answer counts.
        if (!answer.startsWith(u'[') || answer.count(u'[') != 1)
            return {};
        return answer.mid(1, answer.indexOf(u"--"_s) - 1);
    }

private:
    QTemporaryFile m_config;
    void *m_handle = nullptr;
    QMutex m_mutex;
};

} // namespace

QString languageOfScript(QStringView text)
{
    int letters = 0;
    int cyrillic = 0;
    int arabic = 0;
    int latin = 0;
    for (const QChar c : text.left(4000)) {
        if (!c.isLetter())
            continue;
        ++letters;
        switch (c.script()) {
        case QChar::Script_Cyrillic: ++cyrillic; break;
        case QChar::Script_Arabic: ++arabic; break;
        case QChar::Script_Latin: ++latin; break;
        default: break;
        }
    }
    if (letters == 0)
        return {};
    if (cyrillic * 2 > letters)
        return u"ru"_s;
    if (arabic * 2 > letters)
        return u"ar"_s;
    if (latin * 2 > letters) {
        static Guesser guesser;
        return guesser.guess(text);
    }
    return {};
}

bool hasPrimaryLanguage(QStringView tag)
{
    return tag.size() == 2 || (tag.size() > 2 && (tag.at(2) == u'-' || tag.at(2) == u'_'));
}

QString primaryLanguage(QStringView tag)
{
    if (!hasPrimaryLanguage(tag))
        return {};
    return tag.left(2).toString().toLower();
}

bool isLanguage(QStringView tag, QStringView code)
{
    return hasPrimaryLanguage(tag) && code.size() == 2 && lowerCase(tag.at(0).unicode()) == code.at(0).unicode()
        && lowerCase(tag.at(1).unicode()) == code.at(1).unicode();
}

QString analysisLanguage(const QString &declared, QStringView text)
{
    return declared.trimmed().isEmpty() ? languageOfScript(text) : declared.trimmed();
}

} // namespace Attache
