#pragma once

#include "analyze/analysis.h"

#include <QColor>
#include <QPalette>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Attache {

// Colours for entity types, event types and annotation highlights, taken from the
// KSyntaxHighlighting theme that matches the palette (light or dark), so that every mark in the
// window follows the colour scheme. Cheap to copy; recompute when the palette changes.
class ThemeColors final
{
public:
    ThemeColors() = default;
    ThemeColors(const KSyntaxHighlighting::Repository &repository, const QPalette &palette);

    QColor entity(EntityType type) const;
    QColor event(EventType type) const;
    QColor highlight(int colorIndex) const; // five annotation colours, 0–4
    QColor searchMatch() const { return m_searchMatch; } // words a library search matched
    bool isDark() const { return m_isDark; }
    QString themeName() const { return m_themeName; }

    // A translucent version of `color` for backgrounds behind text.
    QColor background(const QColor &color) const;

private:
    QList<QColor> m_entity;
    QList<QColor> m_event;
    QList<QColor> m_highlight;
    QColor m_searchMatch;
    bool m_isDark = false;
    QString m_themeName;
};

} // namespace Attache
