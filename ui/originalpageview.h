#pragma once

#include "clean/pdfpages.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Attache {

// The pages of a PDF article as the file shows them ("view original page"), one under the
// other, fitted to the view's width. The file is opened and each page rendered on a worker
// thread, and only the pages in sight (and the next one) are rendered, so that a 200-page file
// neither freezes the window nor fills the memory. When the file has moved or cannot be read,
// the view says so in words instead.
class OriginalPageView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit OriginalPageView(QWidget *parent = nullptr);
    ~OriginalPageView() override;

    // Starts reading the file; an empty path clears the view. Cheap: the work is done later.
    // With `attachedArticle` (from 0), the file is an e-mail and the pages shown are those of the
    // PDF attachment its article of that number was read from (PdfPages::openAttachment).
    void setFile(const QString &path, qsizetype attachedArticle = -1);
    qsizetype attachedArticle() const { return m_attachedArticle; }
    QString file() const { return m_path; }
    // What the view shows instead of pages (the file has moved, is damaged…), or empty.
    QString message() const { return m_message; }
    int pageCount() const { return m_pages ? m_pages->pageCount() : 0; }
    bool isPageRendered(int index) const { return m_rendered.contains(index); }
    // The page at the top of the view, from 0.
    int currentPage() const;

    // Rendered pages kept beyond those in sight: bounds the memory a long file takes.
    static constexpr int CachedPages = 6;

    // Zoom, in steps of a quarter from the page fitted to the view's width (step 0). Each step
    // renders the pages in sight again with Poppler at the new size: the text stays sharp, and a
    // page wider than the view scrolls sideways. Kept from file to file.
    static constexpr int MinimumZoomSteps = -3;
    static constexpr int MaximumZoomSteps = 5;
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    void zoomIn() { setZoomSteps(m_zoomSteps + 1); }
    void zoomOut() { setZoomSteps(m_zoomSteps - 1); }
    void resetZoom() { setZoomSteps(0); }
    // The size in device pixels the page was last rendered at, or an empty size.
    QSize renderedPageSize(int index) const { return m_rendered.value(index).size(); }
    // The width pages are laid out at (device-independent pixels): the view's, times the zoom.
    int pageWidth() const;

Q_SIGNALS:
    void fileOpened();               // the pages are known (or message() says why not)
    void pageRendered(int index);
    void zoomChanged(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showOpened(const PdfPages::Opened &opened, const QString &path);
    void updateLayout();
    void renderVisiblePages();
    void forgetFarPages(int first, int last);
    QRect pageRect(int index) const; // in content coordinates

    QString m_path;
    qsizetype m_attachedArticle = -1;
    QString m_message;
    std::shared_ptr<PdfPages> m_pages;
    QList<int> m_pageTops;         // content y of each page at the current width
    int m_contentHeight = 0;
    QHash<int, QImage> m_rendered; // at the width they were rendered for (stale ones are scaled)
    QSet<int> m_pending;
    int m_generation = 0;          // bumped on every new file: late renders are dropped
    int m_zoomSteps = 0;
    QThreadPool m_workers;         // one thread: pages render in the order asked, a file at a time
};

} // namespace Attache
