#include "clean/boilerplatewords.h"

#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Attache::BoilerplateWords {

namespace {

// Language code → rule → fragments, from the resource compiled into the program.
const QJsonObject &languageTable()
{
    static const QJsonObject table = [] {
        const auto path = u":/knowledge/boilerplate.json"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcClean) << "cannot read" << path << "-" << file.errorString();
            return QJsonObject();
        }
        QJsonParseError error;
        const auto document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject()) {
            qCWarning(lcClean) << "cannot read" << path << "-" << error.errorString();
            return QJsonObject();
        }
        return document.object().value(u"languages"_s).toObject();
    }();
    return table;
}

} // namespace

QString alternation(QStringView rule, Languages languages)
{
    const auto &table = languageTable();
    const auto key = rule.toString();
    QStringList fragments;
    auto take = [&](const QString &language) {
        for (const auto &fragment : table.value(language).toObject().value(key).toArray())
            fragments << fragment.toString();
    };
    if (languages != Languages::AllButEnglish)
        take(u"en"_s);
    if (languages != Languages::English) {
        for (const auto &language : table.keys()) // sorted by code
            if (language != u"en"_s)
                take(language);
    }
    if (fragments.isEmpty())
        return u"(?!)"_s;
    return fragments.join(u'|');
}

} // namespace Attache::BoilerplateWords
