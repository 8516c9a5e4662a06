#include "clean/textcopycleaner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache {

// TODO: the cleaning issue replaces this paragraph splitter with the real text-copy cleaner.
Article TextCopyCleaner::clean(const QString &text) const
{
    Article article;
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    const auto paragraphs = QString(text).replace(u"\r\n"_s, u"\n"_s).split(blankLines, Qt::SkipEmptyParts);
    for (const auto &paragraph : paragraphs) {
        const auto simplified = paragraph.simplified();
        if (simplified.isEmpty())
            continue;
        if (article.title.isEmpty() && simplified.count(u' ') >= 3) {
            article.title = simplified;
            continue;
        }
        article.blocks << Block{BlockKind::Paragraph, 0, simplified};
    }
    return article;
}

} // namespace Attache
