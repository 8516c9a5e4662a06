#pragma once

#include "clean/article.h"

#include <QTextBrowser>

namespace Attache {

// The typeset article: title, a metadata line, the standfirst and the cleaned blocks at a
// comfortable measure, in a serif face that follows the palette. Read-only, but with a caret
// for keyboard selection. Never loads anything from the network.
class ReadingView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReadingView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clearArticle();
    const Article &article() const { return m_article; }
    bool hasArticle() const { return !m_article.path.isEmpty(); }

    // Extra points over the base size; see Settings::readingZoom.
    void setZoomSteps(int steps);
    void setShowingRemoved(bool show);
    bool isShowingRemoved() const { return m_showRemoved; }

    // Document position of a character offset in Article::text(), or -1 when out of range.
    int documentPosition(qsizetype textOffset) const;

    // Characters per line the view aims for.
    static constexpr int MeasureInCharacters = 70;

Q_SIGNALS:
    void articleShown();

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateMargins();
    QFont bodyFont() const;

    Article m_article;
    QList<qsizetype> m_blockTextOffsets;     // Article::blockOffsets()
    QList<int> m_blockDocumentPositions;     // where each article block starts in the document
    int m_zoomSteps = 0;
    bool m_showRemoved = false;
};

} // namespace Attache
