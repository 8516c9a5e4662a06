#pragma once

#include <Qt>

namespace Attache {

// Custom roles of the core's item models, in one place so views and tests agree.
enum ItemDataRole {
    ArticleIdRole = Qt::UserRole + 1, // QString
    ArticlePathRole,                  // QString
    TitleRole,                        // QString
    SourceRole,                       // QString: site or publisher
    BylineRole,                       // QString
    PublishedRole,                    // QDateTime
    IsPublishedUncertainRole,         // bool
    FormatRole,                       // QString: "text", "html", …
    WarningsRole,                     // QStringList
};

} // namespace Attache
