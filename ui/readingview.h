#pragma once

#include "themecolors.h"

#include "analyze/analysis.h"
#include "clean/article.h"

#include <QTextBrowser>

namespace Attache {

// A reader's highlight as the view paints it: a span of Article::text() and its colour.
struct HighlightMark
{
    qsizetype start = 0;
    qsizetype end = 0;
    QColor color;
    bool isSelected = false; // the highlight the notes dock or the keyboard is on: drawn outlined
    QString toolTip;         // the note, shown on hover; empty for none
};

// The typeset article: title, a metadata line, the standfirst and the cleaned blocks at a
// comfortable measure, in a serif face that follows the palette. Read-only, but with a caret
// for keyboard selection. Never loads anything from the network.
class ReadingView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReadingView(QWidget *parent = nullptr);

    void setArticle(const Article &article, const ArticleAnalysis &analysis = {});
    void clearArticle();
    const Article &article() const { return m_article; }
    bool hasArticle() const { return !m_article.path.isEmpty(); }

    // Extra points over the base size; see Settings::readingZoom.
    void setZoomSteps(int steps);
    void setShowingRemoved(bool show);
    bool isShowingRemoved() const { return m_showRemoved; }

    // Document position of a character offset in Article::text(), or -1 when out of range.
    int documentPosition(qsizetype textOffset) const;
    // The reverse: offset in Article::text() of a document position, or -1 outside the blocks.
    qsizetype textOffset(int documentPosition) const;

    void setColors(const ThemeColors &colors);
    void setHighlightingEntities(bool highlight);
    bool isHighlightingEntities() const { return m_highlightEntities; }
    const ArticleAnalysis &analysis() const { return m_analysis; }

    // Marks a passage of Article::text() (an event's sentence, an entity mention) and scrolls
    // it into the middle of the view. An empty range clears the mark.
    void showPassage(qsizetype start, qsizetype end);

    // The reader's highlights, drawn under the entity marks. Replaces the previous set.
    void setHighlights(const QList<HighlightMark> &highlights);
    const QList<HighlightMark> &highlights() const { return m_highlights; }
    // The selection as offsets into Article::text(), or {-1, -1} when nothing of the article is selected.
    QPair<qsizetype, qsizetype> selectedTextRange() const;
    // Selects the sentence around the caret (the `v` key): from the previous sentence end to the next.
    void selectSentenceAtCaret();
    QPair<qsizetype, qsizetype> shownPassage() const { return m_passage; }
    // Where the library search's words matched (offsets into Article::text()): drawn boxed so
    // that they differ from the reader's own highlights. Cleared by setArticle().
    void setSearchMatches(const QList<std::pair<qsizetype, qsizetype>> &matches);
    const QList<std::pair<qsizetype, qsizetype>> &searchMatches() const { return m_searchMatches; }

    // Characters per line the view aims for.
    static constexpr int MeasureInCharacters = 70;

Q_SIGNALS:
    void articleShown();

protected:
    bool event(QEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateMargins();
    void applyMargins(QTextDocument *doc) const;
    void updateMarks();
    QFont bodyFont() const;

    Article m_article;
    ArticleAnalysis m_analysis;
    bool m_isShaped = false; // the article needs text shaping (needsShaping())
    ThemeColors m_colors;
    bool m_highlightEntities = true;
    QPair<qsizetype, qsizetype> m_passage{-1, -1};
    QList<HighlightMark> m_highlights;
    QList<std::pair<qsizetype, qsizetype>> m_searchMatches;
    QList<qsizetype> m_blockTextOffsets;     // Article::blockOffsets()
    QList<int> m_blockDocumentPositions;     // where each article block starts in the document
    int m_zoomSteps = 0;
    bool m_showRemoved = false;
};

} // namespace Attache
