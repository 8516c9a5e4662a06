#include "ingest/sourcedocument.h"

#include <QCryptographicHash>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// SHA-256 from OpenSSL's libcrypto when the system has it: it uses the processor's SHA
// instructions and hashes several times faster than Qt's portable code, which was a third of
// the time spent cleaning a saved page. Loaded at run time (as Qt Network loads OpenSSL), so
// nothing is needed to build; without it, Qt computes the same digest.
using Sha256Function = unsigned char *(*)(const unsigned char *data, size_t size, unsigned char *digest);

Sha256Function openSslSha256()
{
    static const Sha256Function function = [] {
        QLibrary library(u"crypto"_s, 3);
        // The library stays loaded: QLibrary does not unload it when the object goes.
        return library.load() ? reinterpret_cast<Sha256Function>(library.resolve("SHA256")) : nullptr;
    }();
    return function;
}

} // namespace

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText: return u"text"_s;
    case SourceFormat::Html: return u"html"_s;
    case SourceFormat::Markdown: return u"markdown"_s;
    case SourceFormat::Feed: return u"feed"_s;
    case SourceFormat::Json: return u"json"_s;
    case SourceFormat::JsonLines: return u"jsonl"_s;
    case SourceFormat::Pdf: return u"pdf"_s;
    case SourceFormat::Email: return u"email"_s;
    case SourceFormat::Mbox: return u"mbox"_s;
    case SourceFormat::Mhtml: return u"mhtml"_s;
    case SourceFormat::Unknown: break;
    }
    return u"unknown"_s;
}

QString SourceDocument::contentHash() const
{
    if (m_contentHash.isNull())
        m_contentHash = sha256Hex(bytes);
    return m_contentHash;
}

QString sha256Hex(QByteArrayView bytes)
{
    if (const auto sha256 = openSslSha256()) {
        unsigned char digest[32];
        sha256(reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), digest);
        return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), 32).toHex());
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Attache
