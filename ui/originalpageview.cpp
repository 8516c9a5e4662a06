#include "originalpageview.h"

#include <QDir>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr int Margin = 16;       // around the pages, in device-independent pixels
constexpr int PageGap = 12;
constexpr int MinimumPageWidth = 200;
constexpr int MaximumPageWidth = 1100; // past this a page is larger than it is printed at 130 %
constexpr double ZoomStep = 1.25;

QString problemMessage(PdfPages::Problem problem, const QString &path, const QString &detail)
{
    const auto shown = QDir::toNativeSeparators(path);
    switch (problem) {
    case PdfPages::Problem::None: return {};
    case PdfPages::Problem::Missing:
        return OriginalPageView::tr("The original file is no longer at %1: it has been moved, renamed or deleted. "
                                    "The cleaned text is still in the library.")
            .arg(shown);
    case PdfPages::Problem::Unreadable:
        return OriginalPageView::tr("The original file %1 cannot be read: %2.").arg(shown, detail);
    case PdfPages::Problem::NotPdf:
        return OriginalPageView::tr("The file at %1 is no longer a PDF: it has been replaced since it was read.")
            .arg(shown);
    case PdfPages::Problem::Encrypted:
        return OriginalPageView::tr("The original file %1 is encrypted: its pages cannot be shown without its password.")
            .arg(shown);
    case PdfPages::Problem::Damaged:
        return OriginalPageView::tr("The original file %1 is damaged: its pages cannot be shown.").arg(shown);
    }
    return {};
}

} // namespace

OriginalPageView::OriginalPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"originalPageView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(true);
    m_workers.setMaxThreadCount(1);
}

OriginalPageView::~OriginalPageView()
{
    m_workers.clear();
    m_workers.waitForDone();
}

void OriginalPageView::setFile(const QString &path, qsizetype attachedArticle)
{
    if (path == m_path && attachedArticle == m_attachedArticle && (m_pages || !m_message.isEmpty() || path.isEmpty()))
        return; // already shown (or said why not): keep the pages rendered so far
    ++m_generation;
    m_workers.clear();
    m_path = path;
    m_attachedArticle = attachedArticle;
    m_message.clear();
    m_pages.reset();
    m_rendered.clear();
    m_pending.clear();
    updateLayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    if (path.isEmpty())
        return;
    QPointer<OriginalPageView> self(this);
    m_workers.start([self, path, attachedArticle, generation = m_generation] {
        auto opened = attachedArticle < 0 ? PdfPages::open(path) : PdfPages::openAttachment(path, attachedArticle);
        QMetaObject::invokeMethod(self, [self, opened = std::move(opened), path, generation] {
            if (self && self->m_generation == generation)
                self->showOpened(opened, path);
        }, Qt::QueuedConnection);
    });
}

void OriginalPageView::showOpened(const PdfPages::Opened &opened, const QString &path)
{
    m_pages = opened.pages;
    m_message = problemMessage(opened.problem, path, opened.detail);
    updateLayout();
    viewport()->update();
    Q_EMIT fileOpened();
    renderVisiblePages();
}

void OriginalPageView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, MinimumZoomSteps, MaximumZoomSteps);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    updateLayout();
    viewport()->update();
    renderVisiblePages(); // the pages in sight at the new width; shown scaled until they arrive
    Q_EMIT zoomChanged(steps);
}

int OriginalPageView::pageWidth() const
{
    const int fitted = std::clamp(viewport()->width() - 2 * Margin, MinimumPageWidth, MaximumPageWidth);
    return std::max(MinimumPageWidth / 2, int(std::lround(fitted * std::pow(ZoomStep, m_zoomSteps))));
}

QRect OriginalPageView::pageRect(int index) const
{
    const int width = pageWidth();
    const auto size = m_pages->pageSize(index);
    const int height = int(std::lround(width * size.height() / size.width()));
    const int left = std::max(Margin, (viewport()->width() - width) / 2);
    return {left, m_pageTops.value(index), width, height};
}

void OriginalPageView::updateLayout()
{
    m_pageTops.clear();
    m_contentHeight = 0;
    if (m_pages) {
        const int width = pageWidth();
        int top = Margin;
        for (int i = 0; i < m_pages->pageCount(); ++i) {
            m_pageTops << top;
            const auto size = m_pages->pageSize(i);
            top += int(std::lround(width * size.height() / size.width())) + PageGap;
        }
        m_contentHeight = top - PageGap + Margin;
    }
    auto *bar = verticalScrollBar();
    // Keep the same page at the top when the width changes the pages' heights.
    const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    bar->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setValue(int(fraction * bar->maximum()));
    // A page zoomed wider than the view scrolls sideways: from its left edge, where lines start,
    // and then keeping the same share of the width in view from one zoom to the next.
    auto *across = horizontalScrollBar();
    const int contentWidth = m_pages ? pageWidth() + 2 * Margin : 0;
    const double share = across->maximum() > 0 ? double(across->value()) / across->maximum() : 0.0;
    across->setRange(0, std::max(0, contentWidth - viewport()->width()));
    across->setPageStep(viewport()->width());
    across->setValue(int(std::lround(share * across->maximum())));
}

int OriginalPageView::currentPage() const
{
    if (m_pageTops.isEmpty())
        return 0;
    const int y = verticalScrollBar()->value() + Margin;
    const auto after = std::upper_bound(m_pageTops.cbegin(), m_pageTops.cend(), y);
    return int(std::max<qsizetype>(0, (after - m_pageTops.cbegin()) - 1));
}

void OriginalPageView::renderVisiblePages()
{
    if (!m_pages || !isVisible())
        return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int first = currentPage();
    int last = first;
    while (last + 1 < m_pages->pageCount() && m_pageTops.at(last + 1) < bottom)
        ++last;
    // The next page too, so that scrolling on finds it ready.
    last = std::min(last + 1, m_pages->pageCount() - 1);
    forgetFarPages(first, last);

    const qreal ratio = devicePixelRatioF();
    const int pixels = int(std::lround(pageWidth() * ratio));
    for (int index = first; index <= last; ++index) {
        const auto cached = m_rendered.constFind(index);
        if (m_pending.contains(index) || (cached != m_rendered.cend() && (cached->isNull() || cached->width() == pixels)))
            continue;
        m_pending.insert(index);
        QPointer<OriginalPageView> self(this);
        m_workers.start([self, pages = m_pages, index, pixels, ratio, generation = m_generation] {
            auto image = pages->renderPage(index, pixels);
            image.setDevicePixelRatio(ratio);
            QMetaObject::invokeMethod(self, [self, image = std::move(image), index, generation] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_pending.remove(index);
                self->m_rendered.insert(index, image);
                self->viewport()->update();
                if (!image.isNull())
                    Q_EMIT self->pageRendered(index);
                self->renderVisiblePages(); // the width may have changed meanwhile
            }, Qt::QueuedConnection);
        });
    }
}

void OriginalPageView::forgetFarPages(int first, int last)
{
    // Zoomed in, a page's picture grows with the square of the zoom: fewer are kept.
    const int kept = m_zoomSteps > 0 ? 1 : CachedPages / 2;
    for (auto it = m_rendered.begin(); it != m_rendered.end();) {
        if (it.key() < first - kept || it.key() > last + kept)
            it = m_rendered.erase(it);
        else
            ++it;
    }
}

void OriginalPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const auto area = viewport()->rect();
    if (!m_pages) {
        const auto text = !m_message.isEmpty() ? m_message
            : m_path.isEmpty()                 ? tr("No PDF article is shown.")
                                               : tr("Opening the original file…");
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area.adjusted(3 * Margin, 3 * Margin, -3 * Margin, -3 * Margin),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        return;
    }
    const int offset = verticalScrollBar()->value();
    const int across = horizontalScrollBar()->value();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int index = currentPage(); index < m_pages->pageCount(); ++index) {
        const auto rect = pageRect(index).translated(-across, -offset);
        if (rect.top() > area.bottom())
            break;
        painter.fillRect(rect.translated(2, 2), palette().color(QPalette::Shadow));
        painter.fillRect(rect, Qt::white); // the paper, in a dark theme too: it is the original
        const auto image = m_rendered.value(index);
        if (!image.isNull()) {
            painter.drawImage(rect, image);
            continue;
        }
        painter.setPen(Qt::darkGray);
        const bool hasFailed = m_rendered.contains(index);
        painter.drawText(rect, Qt::AlignCenter,
                         hasFailed ? tr("Page %1 cannot be shown").arg(index + 1) : tr("Page %1").arg(index + 1));
    }
}

void OriginalPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateLayout();
    renderVisiblePages();
}

void OriginalPageView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    renderVisiblePages(); // nothing is rendered while the view is hidden
}

void OriginalPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    renderVisiblePages();
}

void OriginalPageView::keyPressEvent(QKeyEvent *event)
{
    auto *bar = verticalScrollBar();
    if (event->key() == Qt::Key_Home) {
        bar->setValue(bar->minimum());
    } else if (event->key() == Qt::Key_End) {
        bar->setValue(bar->maximum());
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Attache
