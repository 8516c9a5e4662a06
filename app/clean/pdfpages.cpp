#include "clean/pdfpages.h"

#include "clean/mailreader.h"
#include "clean/pdfreader.h"
#include "ingest/sourcereader.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Attache {

PdfPages::Opened PdfPages::openAttachment(const QString &mailPath, qsizetype articleIndex)
{
    if (!QFileInfo::exists(mailPath))
        return {nullptr, Problem::Missing, {}};
    const auto read = SourceReader(MaximumFileSize).read(mailPath);
    if (!read.document)
        return {nullptr, Problem::Unreadable, read.error};
    if (read.document->format != SourceFormat::Email && read.document->format != SourceFormat::Mbox)
        return {nullptr, Problem::NotPdf, {}};
    auto bytes = MailReader().attachedPdf(*read.document, articleIndex);
    if (bytes.isEmpty())
        return {nullptr, Problem::NotPdf, {}}; // the message has changed since it was read
    return fromBytes(std::move(bytes));
}

PdfPages::Opened PdfPages::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {nullptr, Problem::Missing, {}};
    QFile file(path);
    if (info.size() > MaximumFileSize)
        return {nullptr, Problem::Unreadable, u"it is larger than %1 MB"_s.arg(MaximumFileSize >> 20)};
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, Problem::Unreadable, file.errorString()};
    auto bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {nullptr, Problem::Unreadable, file.errorString()};
    return fromBytes(std::move(bytes));
}

PdfPages::Opened PdfPages::fromBytes(QByteArray bytes)
{
    // The header may follow a little junk; beyond that the file is something else now.
    if (!QByteArrayView(bytes).left(1024).contains("%PDF-"))
        return {nullptr, Problem::NotPdf, {}};
    routePopplerMessages();
    auto document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return {nullptr, Problem::Damaged, {}};
    if (document->isLocked())
        return {nullptr, Problem::Encrypted, {}};
    if (document->numPages() <= 0)
        return {nullptr, Problem::Damaged, {}};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::TextHinting);
    return {std::shared_ptr<PdfPages>(new PdfPages(std::move(document), std::move(bytes))), Problem::None, {}};
}

PdfPages::PdfPages(std::unique_ptr<Poppler::Document> document, QByteArray bytes)
    : m_bytes(std::move(bytes))
    , m_document(std::move(document))
{
    const int count = m_document->numPages();
    m_pageSizes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto page = m_document->page(i);
        // A page Poppler cannot read keeps a Letter-sized place, so that the others stay in order.
        const auto size = page ? page->pageSizeF() : QSizeF();
        m_pageSizes << (size.isEmpty() ? QSizeF(612, 792) : size);
    }
}

PdfPages::~PdfPages() = default;

QImage PdfPages::renderPage(int index, int width) const
{
    if (index < 0 || index >= pageCount() || width <= 0)
        return {};
    const double dotsPerInch = 72.0 * width / m_pageSizes.at(index).width();
    const QMutexLocker lock(&m_renderLock);
    const auto page = m_document->page(index);
    if (!page)
        return {};
    return page->renderToImage(dotsPerInch, dotsPerInch);
}

} // namespace Attache
