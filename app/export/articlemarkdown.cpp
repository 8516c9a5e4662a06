#include "export/articlemarkdown.h"

using namespace Qt::StringLiterals;

namespace Attache {

QString blocksToMarkdown(const QList<Block> &blocks)
{
    QString text;
    for (const auto &block : blocks) {
        switch (block.kind) {
        case BlockKind::Heading: text += QString(qBound(2, block.level + 1, 6), u'#') + u' ' + block.text; break;
        case BlockKind::Quote: text += u"> "_s + block.text; break;
        case BlockKind::ListItem: text += QString(block.level * 2, u' ') + u"- "_s + block.text; break;
        case BlockKind::Caption: text += u'*' + block.text + u'*'; break;
        case BlockKind::Preformatted: text += u"```\n"_s + block.text + u"\n```"_s; break;
        case BlockKind::Paragraph: text += block.text; break;
        }
        text += u"\n\n"_s;
    }
    return text;
}

QString articleToMarkdown(const Article &article)
{
    QString text = u"# "_s + article.title + u"\n\n"_s;
    QStringList meta;
    for (const auto &part : {article.source, article.byline,
                             article.published.isValid() ? article.published.toString(Qt::ISODate) : QString()})
        if (!part.isEmpty())
            meta << part;
    if (!meta.isEmpty())
        text += u'*' + meta.join(u" · "_s) + u"*\n\n"_s;
    return text + blocksToMarkdown(article.blocks);
}

} // namespace Attache
