#pragma once

#include <Qt>

namespace Attache {

// Custom roles of the core's item models, in one place so views and tests agree.
enum ItemDataRole {
    ArticleIdRole = Qt::UserRole + 1, // QString: Article::id ("name" or "name#n")
    ArticlePathRole,                  // QString
    TitleRole,                        // QString
    SourceRole,                       // QString: site or publisher
    BylineRole,                       // QString
    PublishedRole,                    // QDateTime
    IsPublishedUncertainRole,         // bool
    FormatRole,                       // QString: "text", "html", …
    WarningsRole,                     // QStringList
    // The library index (LibraryListModel):
    IndexIdRole,                      // qint64: the article's id in the library index
    TriageStateRole,                  // int: TriageState (0 inbox, 1 later, 2 archive)
    PriorityRole,                     // int: 1–3, 0 = none
    IsStarredRole,                    // bool
    IsReadRole,                       // bool
    IsMarkedRole,                     // bool: marked for a bulk action
    MainEntitiesRole,                 // QStringList: up to three names, most mentioned first
    DuplicateCountRole,               // int: copies grouped under this entry
    GroupDayRole,                     // QDate: local day of publication, for day section headers
    SnippetRole,                      // QString: where the search words matched (empty without words)
    SnippetRangesRole,                // QVariantList of QPoint(start, end) into SnippetRole, for highlighting

    // EntityModel
    EntityIdRole = Qt::UserRole + 100, // QString: "country/CA"
    EntityTypeRole,                    // int: Attache::EntityType
    MentionCountRole,                  // int
    ArticleCountRole,                  // int
    IsEntityGroupRole,                 // bool: a type heading, not an entity

    // TimelineModel
    EventBeginRole = Qt::UserRole + 200, // QDate
    EventEndRole,                        // QDate
    EventTypeRole,                       // int: Attache::EventType
    EventLabelRole,                      // QString
    EventActorsRole,                     // QStringList: canonical names
    EventActorIdsRole,                   // QStringList
    EventSentenceRole,                   // QString
    EventIsUncertainRole,                // bool
    EventArticleRole,                    // int: TimelineEvent::articleRow (the window maps it to a library id)
    EventSentenceStartRole,              // qsizetype: offset in Article::text()
    EventSentenceEndRole,                // qsizetype
    EventIsInCurrentArticleRole,         // bool

    // AnnotationListModel (app/annotate); Qt::DisplayRole is the quote, or the note of an article note.
    AnnotationIdRole = Qt::UserRole + 300, // QString
    AnnotationRole,                        // Attache::Annotation
    QuoteRole,                             // QString: the passage as highlighted
    NoteRole,                              // QString: Markdown
    TagsRole,                              // QStringList
    ColourIndexRole,                       // int 0–4 (Qt::DecorationRole is left to the view's theme)
    StartRole,                             // qsizetype: offset in Article::text()
    EndRole,                               // qsizetype
    IsOrphanRole,                          // bool
    IsArticleNoteRole,                     // bool
    CreatedRole,                           // QDateTime
    ModifiedRole,                          // QDateTime
};

} // namespace Attache
