#pragma once

// Small helpers over libxml2 nodes and their UTF-8 text, shared by the parts of the HTML extractor
// (htmlextractor.cpp and the html*.cpp files beside it). Internal to clean/: not for other layers.

#include <QString>

#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

namespace Attache::HtmlDetail {

using Name = std::string_view;

inline Name nameOf(const xmlNode *node)
{
    return node && node->name ? Name(reinterpret_cast<const char *>(node->name)) : Name();
}

inline bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

inline bool isOneOf(Name name, std::initializer_list<Name> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The attribute's value when it is plain text (the common case); empty otherwise.
inline Name attribute(const xmlNode *node, const char *name)
{
    for (auto *property = node->properties; property; property = property->next) {
        if (std::strcmp(reinterpret_cast<const char *>(property->name), name) != 0)
            continue;
        const auto *child = property->children;
        if (child && child->type == XML_TEXT_NODE && child->content)
            return Name(reinterpret_cast<const char *>(child->content));
        return {};
    }
    return {};
}

inline bool hasAttribute(const xmlNode *node, const char *name)
{
    for (auto *property = node->properties; property; property = property->next)
        if (std::strcmp(reinterpret_cast<const char *>(property->name), name) == 0)
            return true;
    return false;
}

inline std::string lower(Name text)
{
    std::string result(text);
    for (auto &c : result)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return result;
}

inline QString toQString(Name text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline bool contains(const std::string &haystack, Name needle)
{
    return haystack.find(needle) != std::string::npos;
}

inline bool containsAny(const std::string &haystack, std::initializer_list<Name> needles)
{
    for (const auto needle : needles)
        if (contains(haystack, needle))
            return true;
    return false;
}

// Whole tokens of class and id ("ad" must not match "header" or "shadow").
inline bool hasToken(const std::string &signals, std::initializer_list<Name> tokens)
{
    std::size_t start = 0;
    while (start < signals.size()) {
        auto end = signals.find_first_of(" -_", start);
        if (end == std::string::npos)
            end = signals.size();
        const Name token(signals.data() + start, end - start);
        for (const auto wanted : tokens)
            if (token == wanted)
                return true;
        start = end + 1;
    }
    return false;
}

inline bool isHeadingName(Name name)
{
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Elements that start a new block of text; everything else flows inline.
inline bool isBlockName(Name name)
{
    static constexpr std::array<Name, 40> names{
        "address", "article", "aside",  "blockquote", "dd",      "details", "dialog", "div",
        "dl",      "dt",      "fieldset", "figcaption", "figure", "footer",  "form",   "h1",
        "h2",      "h3",      "h4",     "h5",         "h6",      "header",  "hgroup", "hr",
        "li",      "main",    "nav",    "ol",         "p",       "pre",     "section", "table",
        "ul",      "tr",      "td",     "th",         "tbody",   "thead",   "caption", "center"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never hold article text.
inline bool isSkippedName(Name name)
{
    static constexpr std::array<Name, 23> names{
        "script", "style",  "noscript", "template", "svg",    "iframe", "object", "embed",
        "canvas", "button", "input",    "select",   "textarea", "head", "link",   "meta",
        "title",  "map",    "audio",    "video",    "source", "option", "datalist"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

inline bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Length in characters with runs of white space counted once, and the number of commas.
// Chinese and Japanese write words without spaces, each character carrying about what a short
// word and its space do in alphabetic text: a Han, kana or CJK-symbol character counts three, so
// that the length thresholds read their prose as prose. Their commas ("，", "、") and the
// Arabic one ("،") count as commas.
inline void measureText(Name text, int &length, int &commas, bool &endsInSpace)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isSpace(c)) {
            if (!endsInSpace)
                ++length;
            endsInSpace = true;
            continue;
        }
        endsInSpace = false;
        if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++length;
            // U+3040–U+9FFF: kana, CJK extension A and unified ideographs (lead bytes E3–E9, less
            // E3 80, the CJK punctuation block U+3000–U+303F).
            if (c >= 0xE3 && c <= 0xE9 && (c != 0xE3 || (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) != 0x80)))
                length += 2;
        }
        if (c == ',')
            ++commas;
        else if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                 && static_cast<unsigned char>(text[i + 2]) == 0x81) // ideographic comma
            ++commas;
        else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC
                 && static_cast<unsigned char>(text[i + 2]) == 0x8C) // full-width comma
            ++commas;
        else if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x8C) // Arabic comma
            ++commas;
    }
}

inline QString simplifiedText(const std::string &raw)
{
    return QString::fromUtf8(raw.data(), qsizetype(raw.size())).simplified();
}

// The site's name in an address's host, near enough: "news.example.co.uk" and "www.example.com"
// both give "example" (one publisher's sites in several countries share it). Empty when the
// address has no host.
inline std::string siteNameOf(Name url)
{
    auto start = url.find("//");
    if (start == Name::npos)
        return {};
    start += 2;
    auto end = url.find_first_of("/?#:", start);
    if (end == Name::npos)
        end = url.size();
    auto host = lower(url.substr(start, end - start));
    auto last = host.rfind('.');
    if (last == std::string::npos || last == 0)
        return host;
    auto cut = host.rfind('.', last - 1);
    // Country domains with a short second level ("co.uk", "com.au") drop one more label.
    if (cut != std::string::npos && host.size() - last - 1 == 2 && last - cut - 1 <= 3) {
        last = cut;
        cut = host.rfind('.', last - 1);
    }
    const auto from = cut == std::string::npos ? 0 : cut + 1;
    return host.substr(from, last - from);
}

} // namespace Attache::HtmlDetail
