#include "ingest/sourcereader.h"

#include "core/logging.h"
#include "ingest/formatdetector.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

SourceReader::SourceReader(qint64 maximumFileSize)
    : m_maximumFileSize(maximumFileSize)
{
}

SourceReadResult SourceReader::read(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, u"the file does not exist"_s};
    if (info.isDir())
        return {std::nullopt, u"it is a folder, not a file"_s};
    if (!info.isFile())
        return {std::nullopt, u"it is not a regular file"_s};
    if (info.size() > m_maximumFileSize) {
        const QLocale locale;
        return {std::nullopt, u"the file is %1, more than the %2 Attaché reads"_s.arg(
                                  locale.formattedDataSize(info.size()), locale.formattedDataSize(m_maximumFileSize))};
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, u"it cannot be opened: %1"_s.arg(file.errorString())};
    // A buffer of the size the file has, one byte more to notice growth. (QIODevice::read(limit)
    // would allocate the whole 64 MB limit for every file, fresh pages from the kernel each time.)
    // Read at most one byte past the limit: a file that grows while we read stays bounded.
    QByteArray bytes(std::min(info.size(), m_maximumFileSize) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const auto got = file.read(bytes.data() + filled, bytes.size() - filled);
        if (got < 0)
            return {std::nullopt, u"reading failed: %1"_s.arg(file.errorString())};
        if (got == 0)
            break;
        filled += got;
        if (filled == bytes.size() && bytes.size() <= m_maximumFileSize) // it grew: read on, bounded
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, m_maximumFileSize + 1));
    }
    bytes.truncate(filled);
    if (bytes.size() > m_maximumFileSize)
        return {std::nullopt, u"the file grew past the size limit while it was read"_s};
    return fromBytes(path, bytes, info.lastModified());
}

SourceReadResult SourceReader::fromBytes(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    if (bytes.trimmed().isEmpty())
        return {std::nullopt, u"the file is empty"_s};
    // A PDF is binary by nature: told by its signature, which the format allows within the first
    // kilobyte, and parsed from its bytes by the PDF reader.
    if (const auto signature = QByteArrayView(bytes).left(1024).indexOf("%PDF-"); signature >= 0) {
        SourceDocument document;
        document.path = path;
        document.bytes = bytes;
        document.modified = modified;
        document.format = SourceFormat::Pdf;
        return {std::move(document), {}};
    }
    if (TextDecoder::looksBinary(bytes))
        return {std::nullopt, u"it is a binary file, not text"_s};

    SourceDocument document;
    document.path = path;
    document.bytes = bytes;
    document.modified = modified;
    if (TextDecoder::isPlainUtf8(bytes)) {
        // UTF-8 pages and feeds are parsed from their bytes: decoding megabytes of markup into a
        // text nobody reads cost a tenth of the time of cleaning a page. The format is told from
        // the head (FormatDetector reads at most 64K characters, at most 256 KB of UTF-8).
        auto head = QString::fromUtf8(QByteArrayView(bytes).left(256 * 1024));
        if (head.startsWith(QChar(0xFEFF)))
            head.remove(0, 1);
        document.encoding = u"UTF-8"_s;
        document.format = FormatDetector::detect(path, head);
        if (document.format != SourceFormat::Html && document.format != SourceFormat::Feed
            && document.format != SourceFormat::Email && document.format != SourceFormat::Mbox
            && document.format != SourceFormat::Mhtml) {
            document.text = bytes.size() <= 256 * 1024 ? std::move(head) : TextDecoder::decode(bytes).text;
        }
        return {std::move(document), {}};
    }
    auto decoded = TextDecoder::decode(bytes);
    document.text = std::move(decoded.text);
    document.encoding = std::move(decoded.encoding);
    document.warnings = std::move(decoded.warnings);
    document.format = FormatDetector::detect(path, document.text);
    // A MIME message's parts declare their own charsets and are decoded one by one by its reader:
    // a guess at the whole file's encoding says nothing about them.
    if (document.format == SourceFormat::Email || document.format == SourceFormat::Mbox
        || document.format == SourceFormat::Mhtml)
        document.warnings.clear();
    for (const auto &warning : std::as_const(document.warnings))
        qCInfo(lcIngest) << path << warning;
    return {std::move(document), {}};
}

} // namespace Attache
