#include "annotate/annotation.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

TextSelector TextSelector::fromText(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    TextSelector selector;
    selector.start = start;
    selector.end = end;
    selector.exact = text.mid(start, end - start);
    const auto prefixStart = std::max<qsizetype>(0, start - ContextLength);
    selector.prefix = text.mid(prefixStart, start - prefixStart);
    selector.suffix = text.mid(end, ContextLength);
    return selector;
}

QString annotationKindName(AnnotationKind kind)
{
    return kind == AnnotationKind::ArticleNote ? u"article_note"_s : u"highlight"_s;
}

AnnotationKind annotationKindFromName(const QString &name)
{
    return name == u"article_note"_s ? AnnotationKind::ArticleNote : AnnotationKind::Highlight;
}

QStringList normalizedTags(const QStringList &tags)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList result;
    for (const auto &tag : tags) {
        auto cleaned = tag.trimmed();
        if (cleaned.startsWith(u'#'))
            cleaned.remove(0, 1);
        cleaned.replace(whitespace, u" "_s);
        if (cleaned.isEmpty())
            continue;
        if (!result.contains(cleaned, Qt::CaseInsensitive))
            result << cleaned;
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace Attache
