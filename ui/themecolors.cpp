#include "themecolors.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Attache {

namespace {

QColor styleColor(const Theme &theme, Theme::TextStyle style, const QColor &fallback)
{
    const auto rgb = theme.textColor(style);
    return rgb ? QColor::fromRgba(rgb) : fallback;
}

} // namespace

ThemeColors::ThemeColors(const KSyntaxHighlighting::Repository &repository, const QPalette &palette)
{
    const auto theme = repository.themeForPalette(palette);
    m_themeName = theme.name();
    m_isDark = palette.color(QPalette::Base).lightness() < 128;
    const auto text = palette.color(QPalette::Text);

    // Entity types take distinct syntax colours: a person reads like a function name, an
    // organisation like a type, a country like a string, a place like a constant.
    m_entity = {
        styleColor(theme, Theme::Function, QColor(0x64, 0x4a, 0x9b)),   // Person
        styleColor(theme, Theme::DataType, QColor(0x00, 0x57, 0xae)),   // Organisation
        styleColor(theme, Theme::String, QColor(0xbf, 0x03, 0x03)),     // GeoPolitical
        styleColor(theme, Theme::Constant, QColor(0xaa, 0x55, 0x00)),   // Location
        styleColor(theme, Theme::Attribute, QColor(0x0a, 0x7a, 0x5a)),  // Nationality
    };

    // Event types: cooperative ones in calm colours, hostile ones in warm and alarm colours.
    const auto normal = styleColor(theme, Theme::Normal, text);
    m_event = {
        styleColor(theme, Theme::Comment, normal.darker(110)),     // Statement
        styleColor(theme, Theme::DataType, QColor(0x1d, 0x99, 0xf3)),   // Consultation
        styleColor(theme, Theme::Attribute, QColor(0x27, 0xae, 0x60)),  // Cooperation
        styleColor(theme, Theme::Keyword, QColor(0x8e, 0x44, 0xad)),    // Demand
        styleColor(theme, Theme::Constant, QColor(0xf6, 0x74, 0x00)),   // Criticism
        styleColor(theme, Theme::Alert, QColor(0xda, 0x44, 0x53)),      // Threat
        styleColor(theme, Theme::SpecialString, QColor(0xd3, 0x54, 0x00)), // Protest
        styleColor(theme, Theme::Warning, QColor(0xc0, 0x39, 0x2b)),    // Sanction
        styleColor(theme, Theme::Error, QColor(0xa0, 0x20, 0x20)),      // Expulsion
        styleColor(theme, Theme::Function, QColor(0x64, 0x4a, 0x9b)),   // LegalAction
        styleColor(theme, Theme::Error, QColor(0x8b, 0x00, 0x00)),      // MilitaryAction
        normal,                                                         // Other
    };

    // Annotation highlights: the theme's search and bracket-match backgrounds plus three
    // classic marker colours adjusted for light or dark.
    const auto searchHighlight = QColor::fromRgba(theme.editorColor(Theme::SearchHighlight));
    const auto bracketMatching = QColor::fromRgba(theme.editorColor(Theme::BracketMatching));
    m_searchMatch = searchHighlight.isValid() && searchHighlight.alpha() ? searchHighlight : QColor(0xff, 0xe0, 0x66);
    m_highlight = {
        m_searchMatch,
        m_isDark ? QColor(0x2e, 0x6b, 0x3a) : QColor(0xc8, 0xf0, 0xc0),
        m_isDark ? QColor(0x1f, 0x4e, 0x79) : QColor(0xc6, 0xe2, 0xff),
        m_isDark ? QColor(0x6b, 0x2d, 0x5c) : QColor(0xf6, 0xc6, 0xe8),
        bracketMatching.isValid() && bracketMatching.alpha() ? bracketMatching : QColor(0xff, 0xc8, 0x8a),
    };
}

QColor ThemeColors::entity(EntityType type) const
{
    return m_entity.value(int(type), QColor(Qt::darkGray));
}

QColor ThemeColors::event(EventType type) const
{
    return m_event.value(int(type), QColor(Qt::darkGray));
}

QColor ThemeColors::highlight(int colorIndex) const
{
    return m_highlight.value(((colorIndex % 5) + 5) % 5, QColor(Qt::yellow));
}

QColor ThemeColors::background(const QColor &color) const
{
    auto translucent = color;
    translucent.setAlphaF(m_isDark ? 0.32f : 0.16f);
    return translucent;
}

} // namespace Attache
