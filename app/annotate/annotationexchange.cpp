// AnnotationStore's exchange: every annotation (or an article's) as JSON, and back.

#include "annotate/annotationstore.h"
#include "annotate/annotationrecords.h"

#include "clean/article.h"
#include "core/damagedfile.h"
#include "core/database.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace AnnotationRecords;

namespace {

const auto JsonFormat = u"attache-annotations"_s;
constexpr int JsonVersion = 1;

QJsonObject articleToJson(const AnnotatedArticle &article)
{
    return QJsonObject{{u"id"_s, article.id},
                       {u"content_hash"_s, article.contentHash},
                       {u"path"_s, article.path},
                       {u"url"_s, article.url},
                       {u"title"_s, article.title},
                       {u"source"_s, article.source},
                       {u"published"_s, timestamp(article.published)},
                       {u"text_hash"_s, article.textHash},
                       {u"cleaner_version"_s, article.cleanerVersion}};
}

AnnotatedArticle articleFromJson(const QJsonObject &object)
{
    AnnotatedArticle article;
    article.id = object.value(u"id"_s).toString();
    article.contentHash = object.value(u"content_hash"_s).toString();
    article.path = object.value(u"path"_s).toString();
    article.url = object.value(u"url"_s).toString();
    article.title = object.value(u"title"_s).toString();
    article.source = object.value(u"source"_s).toString();
    article.published = parseTimestamp(object.value(u"published"_s).toString());
    article.textHash = object.value(u"text_hash"_s).toString();
    article.cleanerVersion = object.value(u"cleaner_version"_s).toInt();
    return article;
}

} // namespace

// --- Exchange ---

QByteArray AnnotationStore::exportJson(const QStringList &articleIds) const
{
    QJsonArray articleArray;
    QList<AnnotatedArticle> chosen;
    if (articleIds.isEmpty()) {
        chosen = articles();
    } else {
        for (const auto &id : articleIds) {
            if (const auto article = articleById(id))
                chosen << *article;
        }
    }
    for (const auto &article : std::as_const(chosen)) {
        QJsonArray annotationArray;
        for (const auto &annotation : annotations(article.id))
            annotationArray.append(annotationToJson(annotation));
        auto object = articleToJson(article);
        object.insert(u"annotations"_s, annotationArray);
        articleArray.append(object);
    }
    const QJsonObject document{{u"format"_s, JsonFormat},
                               {u"version"_s, JsonVersion},
                               {u"exported"_s, timestamp(m_clock())},
                               {u"articles"_s, articleArray}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ImportResult AnnotationStore::importJson(const QByteArray &json)
{
    ImportResult result;
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const auto root = document.object();
    if (root.value(u"format"_s).toString() != JsonFormat) {
        result.error = u"not an Attaché annotation export (no \"format\": \"%1\")"_s.arg(JsonFormat);
        return result;
    }
    if (root.value(u"version"_s).toInt() > JsonVersion) {
        result.error = u"written by a newer Attaché (version %1)"_s.arg(root.value(u"version"_s).toInt());
        return result;
    }
    if (!m_db->transaction()) {
        result.error = m_lastError;
        return result;
    }
    const auto failWith = [&](const QString &why) {
        m_db->rollback();
        ImportResult failed;
        failed.error = why;
        return failed;
    };
    for (const auto &articleValue : root.value(u"articles"_s).toArray()) {
        const auto articleObject = articleValue.toObject();
        auto imported = articleFromJson(articleObject);
        if (imported.id.isEmpty()) {
            result.warnings << u"an article without an id was skipped"_s;
            continue;
        }
        auto local = articleById(imported.id);
        if (!local && !imported.contentHash.isEmpty())
            local = queryArticle(u"content_hash = ?"_s, {imported.contentHash});
        if (!local && !imported.url.isEmpty())
            local = queryArticle(u"url = ?"_s, {imported.url});
        if (!local) {
            if (!insertArticle(imported))
                return failWith(m_lastError);
            local = imported;
            ++result.articlesAdded;
        }
        for (const auto &annotationValue : articleObject.value(u"annotations"_s).toArray()) {
            auto annotation = annotationFromJson(annotationValue.toObject());
            if (annotation.id.isEmpty() || !annotation.created.isValid()) {
                result.warnings << u"an annotation without an id or creation time was skipped"_s;
                continue;
            }
            if (annotation.colour < 0 || annotation.colour >= Annotation::ColourCount) {
                result.warnings << u"annotation %1: colour %2 replaced by 0"_s.arg(annotation.id).arg(annotation.colour);
                annotation.colour = 0;
            }
            if (!annotation.modified.isValid())
                annotation.modified = annotation.created;
            annotation.articleId = local->id;
            // The id decides; an article note may also meet the article's own note under another id.
            auto existing = this->annotation(annotation.id);
            if (!existing && annotation.isArticleNote())
                existing = articleNote(local->id);
            if (existing) {
                if (existing->modified >= annotation.modified) {
                    ++result.annotationsKept;
                    continue;
                }
                if (existing->id != annotation.id && !erase(existing->id))
                    return failWith(m_lastError);
                ++result.annotationsUpdated;
            } else {
                ++result.annotationsAdded;
            }
            if (!write(annotation))
                return failWith(m_lastError);
        }
    }
    if (!m_db->commit())
        return failWith(m_lastError);
    Q_EMIT annotationsReset();
    return result;
}

} // namespace Attache
