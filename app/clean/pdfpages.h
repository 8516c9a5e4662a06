#pragma once

#include <QImage>
#include <QList>
#include <QMutex>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace Attache {

// The pages of a PDF file as pictures: what the reader's "view original page" shows beside the
// cleaned text. The file is read once into memory (opened read-only, never written) and Poppler
// renders from those bytes; nothing is fetched from the network.
// Thread: open() and renderPage() take milliseconds to seconds on a large page, so call them off
// the GUI thread. An opened document may be shared between threads: renders are serialised.
class PdfPages final
{
public:
    // Why a file could not be opened; the window words the message in the user's language.
    enum class Problem { None, Missing, Unreadable, NotPdf, Encrypted, Damaged };

    struct Opened
    {
        std::shared_ptr<PdfPages> pages; // null when problem is not None
        Problem problem = Problem::None;
        QString detail; // the system's reason for Unreadable, else empty
    };

    // Files larger than this are not loaded for viewing (the cleaner reads far fewer bytes).
    static constexpr qint64 MaximumFileSize = qint64(512) * 1024 * 1024;

    static Opened open(const QString &path);
    // The PDF attached to an e-mail (.eml or .mbox) that the file's article at `articleIndex`
    // (from 0, as the cleaner numbers a file's articles) was read from. NotPdf when that article
    // is no PDF attachment (the file has changed since it was read).
    static Opened openAttachment(const QString &mailPath, qsizetype articleIndex);

    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    int pageCount() const { return int(m_pageSizes.size()); }
    // In points (1/72 inch), as the page is shown (its rotation applied).
    QSizeF pageSize(int index) const { return m_pageSizes.value(index); }
    // The page `index` (from 0) `width` pixels wide, on white; a null image when it cannot be
    // rendered (an index out of range, a damaged page).
    QImage renderPage(int index, int width) const;

private:
    PdfPages(std::unique_ptr<Poppler::Document> document, QByteArray bytes);
    static Opened fromBytes(QByteArray bytes);

    QByteArray m_bytes; // Poppler reads from these as long as the document lives
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_pageSizes;
    mutable QMutex m_renderLock; // a Poppler document is not safe for two threads at once
};

} // namespace Attache
