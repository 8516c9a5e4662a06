#include "ingest/sourcedocument.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Attache {

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText: return u"text"_s;
    case SourceFormat::Html: return u"html"_s;
    case SourceFormat::Markdown: return u"markdown"_s;
    case SourceFormat::Feed: return u"feed"_s;
    case SourceFormat::Json: return u"json"_s;
    case SourceFormat::JsonLines: return u"jsonl"_s;
    case SourceFormat::Unknown: break;
    }
    return u"unknown"_s;
}

QString SourceDocument::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Attache
