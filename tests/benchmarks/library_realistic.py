#!/usr/bin/env python3
"""Generates a library of realistic sizes for the library benchmark: what a reader's folders hold.

Nine files in ten are text copies (.txt) of 10-30 KB, copied out of a browser with their clutter:
menus, share buttons, advertisement markers, "read more" links, related headlines, readers'
comments, cookie notices and footers around a story of 5-15 KB. One in ten is a saved page (.html)
of 100-400 KB with its stylesheets, scripts (analytics, consent, JSON-LD), inline icons, a menu
of hundreds of links, related stories, comments and footer, around a story of the same kind.

All text is composed by this script from its own vocabulary (the word lists below and those of
library_generate.py); no external data. About one story in sixteen arrives again as a wire copy
in another file, as in a real inbox.

    library_realistic.py OUT_DIR [--articles 10000] [--pages 0.1] [--seed 11]

Prints the number of files, articles and bytes written.
"""
import argparse
import html
import os
import random
from datetime import datetime, timedelta, timezone

from library_generate import (BODY, CLAUSES, CLOSINGS, COUNTRIES, FIRST, LAST, MONTHS, NAV, OPENINGS, ORDINALS,
                              ROLES, SECTORS, SOURCES, TOPICS)

# A small grammar, so that two stories share few word sequences beyond the genre's phrases.
SUBJECTS = ["The {nat_a} government", "{person}", "The {role} of {A}", "A delegation from {cap_b}", "{B}",
            "Officials in {cap_a}", "The opposition in {A}", "Negotiators from both sides", "{person3}",
            "The {nat_b} foreign ministry", "Lawmakers in {cap_b}", "A senior {nat_a} diplomat", "Exporters in {A}",
            "The central bank of {B}", "Regional governors in {A}", "The embassy of {B} in {cap_a}"]
VERBS = ["warned that", "insisted that", "signalled that", "conceded that", "argued that", "announced that",
         "told a briefing that", "wrote in a letter that", "suggested that", "repeated that", "acknowledged that",
         "hinted that", "made clear that", "complained that", "noted that", "confirmed that"]
CLAUSE_SUBJECTS = ["the proposal on {topic}", "the new quota", "a deal on {topic2}", "the tariff schedule",
                   "the joint commission", "talks with {B}", "the {sector} sector", "the visa backlog",
                   "the ministerial meeting", "the draft text", "the inspection regime", "its partners in {cap_b}",
                   "the sanctions package", "the customs dispute", "the port agreement", "the pipeline project"]
CLAUSE_VERBS = ["would not be signed before {month}", "could collapse without concessions from {A}",
                "was close to completion", "remained the main obstacle", "had been delayed by procedural questions",
                "would cost {amount} million dollars", "needed the approval of {count} provinces",
                "would be reviewed in {year2}", "had broad support in {cap_a}", "was never discussed in detail",
                "would take effect within {months} months", "had angered farmers and {sector} companies",
                "was a matter for the courts", "could be extended to {topic2}", "reflected a shift in {nat_b} policy",
                "would be raised again at the next summit"]
ADVERBIALS = ["", "", " on {day}", " in {cap_b}", " during a visit to {cap_a}", " after weeks of silence",
              " in an interview with a {nat_b} broadcaster", " at a news conference", " late on {day}",
              " according to people familiar with the talks", " in a statement posted online"]
COMMENTERS = ["grain_watcher", "OttawaObserver", "j.morel", "north_wind_77", "policywonk", "Harbour Pilot",
              "m_kaplan", "FreeTrader", "quietreader", "Ex-diplomat", "tundra_fox", "Marguerite D.", "kestrel",
              "old_hand", "LindenTree", "p.okoro"]
COMMENTS = ["This has been going on for years and nothing changes.", "Good to see some movement at last.",
            "Who pays for all of this in the end? Farmers, as usual.", "The article leaves out the history here.",
            "Symbolic gestures, nothing more.", "Interesting that {B} agreed so quickly this time.",
            "I worked on {topic} for a decade; the details matter more than the headlines.",
            "Expect the opposition to block it in committee.", "{person} has been saying this since {year}.",
            "Finally some reporting that explains both sides.", "Not convinced. Let's see what happens in {month}."]
CLUTTER_LINES = ["Advertisement", "ADVERTISEMENT", "Share this article", "Share", "Copy link", "Save", "Listen",
                 "{minutes} min read", "Sign up for our newsletter", "Subscribe now for unlimited access",
                 "Most read", "Skip to main content", "Open menu", "Search", "Sign in", "Follow", "Print",
                 "Image: {person2} / {source}", "Photo: {source}", "Updated {day}", "Comments ({count})",
                 "Continue reading below", "Story continues below advertisement", "Trending now"]
COOKIES = ("We use cookies and similar technologies to improve your experience, to show you personalised "
           "content and advertising, and to analyse our traffic. By clicking Accept all you agree to this. "
           "You can change your choices at any time under Privacy settings.")
FOOTER = ["About us", "Contact", "Careers", "Advertise with us", "Terms of use", "Privacy policy", "Cookie settings",
          "Accessibility", "Corrections", "Newsletters", "Podcasts", "RSS feeds", "Help centre", "Sitemap"]
SECTIONS = NAV + ["Europe", "Asia", "Africa", "Americas", "Middle East", "Climate", "Technology", "Science",
                  "Health", "Sport", "Culture", "Travel", "Podcasts", "Live", "Analysis", "Investigations"]
CSS_PROPS = ["margin", "padding", "color", "background", "font-size", "line-height", "display", "border",
             "max-width", "grid-template-columns", "transition", "box-shadow", "letter-spacing", "z-index"]
JS_WORDS = ["analytics", "consent", "adSlot", "prebid", "viewport", "observer", "lazyLoad", "paywall", "metrics",
            "session", "experiment", "variant", "beacon", "tracker", "config", "bundle", "hydrate", "router"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fill(rng, when):
    (a, cap_a, nat_a), (b, cap_b, nat_b) = rng.sample(COUNTRIES, 2)
    return dict(A=a, B=b, cap_a=cap_a, cap_b=cap_b, nat_a=nat_a, nat_b=nat_b, role=rng.choice(ROLES),
                person=person(rng), person2=person(rng), person3=person(rng), topic=rng.choice(TOPICS),
                topic2=rng.choice(TOPICS), day=when.strftime("%A"), year=rng.randint(2012, 2023),
                months=rng.randint(2, 9), pct=rng.randint(3, 40), source=rng.choice(SOURCES),
                month=rng.choice(MONTHS), pct2=rng.randint(10, 90), amount=rng.randint(2, 900),
                year2=rng.randint(2015, 2026), count=rng.randint(3, 400), ordinal=rng.choice(ORDINALS),
                sector=rng.choice(SECTORS), minutes=rng.randint(3, 14))


def refresh(rng, values):
    values.update(person3=person(rng), count=rng.randint(3, 400), pct2=rng.randint(10, 90), sector=rng.choice(SECTORS),
                  year2=rng.randint(2015, 2026), amount=rng.randint(2, 900), month=rng.choice(MONTHS),
                  topic2=rng.choice(TOPICS), months=rng.randint(2, 9))


def sentence(rng, values):
    refresh(rng, values)
    if rng.random() < 0.35:
        text = rng.choice(BODY).format(**values)
        if rng.random() < 0.5:
            text = text[:-1] + rng.choice(CLAUSES).format(**values).replace(" ,", ",")
        return text
    text = (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSE_SUBJECTS)} "
            f"{rng.choice(CLAUSE_VERBS)}{rng.choice(ADVERBIALS)}.").format(**values)
    return text[0].upper() + text[1:]


def make_story(rng, when, body_chars):
    values = fill(rng, when)
    title = rng.choice([
        "{A} and {B} agree to resume talks on {topic}", "{nat_a} {role} visits {cap_b}",
        "{A} protests to {B} over {topic}", "{A}, {B} sign memorandum on {topic}",
        "Tensions rise between {A} and {B} over {topic}", "{A} and {B} leaders discuss {topic}",
    ]).format(**values)
    paragraphs = [rng.choice(OPENINGS).format(**values)]
    size = len(paragraphs[0])
    while size < body_chars:
        paragraph = " ".join(sentence(rng, values) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    paragraphs.append(rng.choice(CLOSINGS).format(**values))
    return dict(title=title[0].upper() + title[1:], paragraphs=paragraphs, values=values, source=values["source"],
                byline=values["person2"], published=when,
                url=f"https://news.example/{when:%Y/%m/%d}/{rng.randrange(10**8):08d}")


def headline(rng, when):
    values = fill(rng, when)
    return rng.choice(["{A} weighs new rules on {topic}", "{person} to lead talks with {B}",
                       "What the {nat_a} deal on {topic} means", "{cap_b} responds to {A} on {topic2}",
                       "Analysis: {A}'s {sector} gamble", "Five things to know about {topic}"]).format(**values)


def as_text_copy(story, rng, target):
    """A story as copied out of a browser: the clutter before, inside and after it."""
    v = dict(story["values"])
    lines = [story["source"], "Skip to main content"] + rng.sample(SECTIONS, rng.randint(6, 14))
    lines += ["Search", "Sign in", "", story["title"], "", f"By {story['byline']}",
              f"{story['published']:%B %d, %Y} {story['published']:%H:%M} GMT", rng.choice(CLUTTER_LINES).format(**v), ""]
    for i, paragraph in enumerate(story["paragraphs"]):
        lines += [paragraph, ""]
        if i and rng.random() < 0.18:
            refresh(rng, v)
            extra = rng.choice(CLUTTER_LINES).format(**v) if rng.random() < 0.6 else "Read more: " + headline(rng, story["published"])
            lines += [extra, ""]
    lines += ["Share this article", "Facebook", "X", "LinkedIn", "Email", "", "More from World", ""]
    tail = []
    size = sum(len(line) + 1 for line in lines)
    while size + sum(len(line) + 1 for line in tail) < target:
        roll = rng.random()
        if roll < 0.45:
            tail += [headline(rng, story["published"]), f"{rng.randint(1, 59)} minutes ago", ""]
        elif roll < 0.85:
            refresh(rng, v)
            tail += [rng.choice(COMMENTERS), f"{rng.randint(1, 23)} hours ago",
                     " ".join(rng.choice(COMMENTS).format(**v) for _ in range(rng.randint(1, 4))),
                     f"Reply · {rng.randint(0, 90)} likes", ""]
        else:
            tail += [rng.choice(CLUTTER_LINES).format(**v), ""]
    lines += tail + [COOKIES, "Accept all", "Manage choices", ""] + rng.sample(FOOTER, 8)
    lines += [f"© {story['published'].year} {story['source']}. All rights reserved."]
    return "\n".join(lines) + "\n"


def css(rng, rules):
    out = []
    for _ in range(rules):
        selector = rng.choice([".c-", ".o-", "#", ".article__", ".nav__", ".promo-"]) + rng.choice(JS_WORDS) + str(rng.randrange(999))
        props = "".join(f"{rng.choice(CSS_PROPS)}:{rng.randint(0, 64)}px;" for _ in range(rng.randint(2, 7)))
        out.append(f"{selector}{{{props}}}")
    return "\n".join(out)


def script(rng, statements):
    out = ["(function(w,d){'use strict';var q=w.__q||[];"]
    for i in range(statements):
        a, b = rng.choice(JS_WORDS), rng.choice(JS_WORDS)
        out.append(f"function {a}{i}(e){{if(!e||e.{b}<{rng.randint(0, 99)})return null;"
                   f"var t=d.querySelectorAll('[data-{b}=\"'+e.id+'\"]');for(var k=0;k<t.length;k++){{t[k].setAttribute('data-{a}',k);}}"
                   f"q.push(['{a}',{rng.randint(0, 10**6)},e.{b}]);return t.length<{rng.randint(1, 9)}&&e.{a}>{rng.randint(0, 9)};}}")
    out.append("w.__q=q;})(window,document);")
    return "\n".join(out)


def as_page(story, rng, target):
    """A saved page: head with styles and scripts, a large menu, the article, then the rest."""
    v = dict(story["values"])
    esc = html.escape
    title = esc(story["title"])
    menu = "".join(f"<li class=\"nav__item\"><a class=\"nav__link\" href=\"/{s.lower().replace(' ', '-')}/{rng.randrange(10**5)}\">"
                   f"{esc(s)}</a></li>" for s in rng.choices(SECTIONS, k=rng.randint(120, 260)))
    icons = "".join(f"<svg class=\"icon\" viewBox=\"0 0 24 24\"><path d=\"M{rng.randint(0, 24)} {rng.randint(0, 24)}"
                    f"L{rng.randint(0, 24)} {rng.randint(0, 24)}Z\"/></svg>" for _ in range(30))
    body = []
    for i, paragraph in enumerate(story["paragraphs"]):
        body.append(f"<p class=\"article__body-text\">{esc(paragraph)}</p>")
        if i and rng.random() < 0.12:
            body.append(f"<div class=\"ad-slot\" data-slot=\"mid-{i}\"><span>Advertisement</span><script>"
                        f"googletag.cmd.push(function(){{googletag.display('ad-{rng.randrange(10**6)}');}});</script></div>")
        if i and rng.random() < 0.08:
            body.append(f"<aside class=\"read-more\"><a href=\"/r/{rng.randrange(10**6)}\">Read more: "
                        f"{esc(headline(rng, story['published']))}</a></aside>")
    related = "".join(f"<li><a href=\"/r/{rng.randrange(10**6)}\"><img src=\"/i/{rng.randrange(10**6)}.jpg\" alt=\"\">"
                      f"<span>{esc(headline(rng, story['published']))}</span></a></li>" for _ in range(rng.randint(8, 24)))
    comments = []
    for _ in range(rng.randint(5, 30)):
        refresh(rng, v)
        comments.append(f"<div class=\"comment\"><b>{esc(rng.choice(COMMENTERS))}</b><p>"
                        f"{esc(' '.join(rng.choice(COMMENTS).format(**v) for _ in range(rng.randint(1, 3))))}</p></div>")
    footer = "".join(f"<a href=\"/{f.lower().replace(' ', '-')}\">{esc(f)}</a>" for f in FOOTER)
    ld = (f"{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{title}\","
          f"\"datePublished\":\"{story['published'].isoformat()}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{esc(story['byline'])}\"}},"
          f"\"publisher\":{{\"@type\":\"Organization\",\"name\":\"{esc(story['source'])}\"}}}}")
    head = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {esc(story['source'])}</title>\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:site_name\" content=\"{esc(story['source'])}\">\n"
            f"<meta name=\"author\" content=\"{esc(story['byline'])}\">\n"
            f"<meta property=\"article:published_time\" content=\"{story['published'].isoformat()}\">\n"
            f"<link rel=\"canonical\" href=\"{story['url']}\">\n<script type=\"application/ld+json\">{ld}</script>\n")
    middle = (f"</head>\n<body class=\"article-page\"><div id=\"consent\" class=\"cookie-banner\"><p>{COOKIES}</p>"
              f"<button>Accept all</button><button>Manage choices</button></div>\n<div hidden>{icons}</div>\n"
              f"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{esc(story['source'])}</a>"
              f"<nav class=\"nav\"><ul class=\"nav__list\">{menu}</ul></nav></header>\n"
              f"<main><article class=\"article\"><header><h1 class=\"article__title\">{title}</h1>"
              f"<p class=\"byline\">By <a href=\"/authors/{rng.randrange(999)}\">{esc(story['byline'])}</a></p>"
              f"<time datetime=\"{story['published'].isoformat()}\">{story['published']:%B %d, %Y}</time>"
              f"<div class=\"share\"><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div></header>\n"
              f"<figure><img src=\"/i/{rng.randrange(10**6)}.jpg\" alt=\"\"><figcaption>Photo: {esc(story['source'])}</figcaption></figure>\n"
              + "\n".join(body) +
              f"\n</article><aside class=\"related\"><h2>More from World</h2><ul>{related}</ul></aside>\n"
              f"<section class=\"comments\"><h2>Comments</h2>{''.join(comments)}</section></main>\n"
              f"<footer class=\"site-footer\"><nav>{footer}</nav><p>&copy; {story['published'].year} {esc(story['source'])}. "
              f"All rights reserved.</p></footer>\n")
    # Styles and scripts make up the rest, as on a real page: about a third in the head, the
    # rest at the end of the body.
    room = max(0, target - len(head) - len(middle) - 40)
    styles = f"<style>{css(rng, room // 3 // 90)}</style>\n"
    scripts = []
    left = room - len(styles)
    while left > 0:
        chunk = script(rng, max(1, min(left, 30000) // 330))
        scripts.append(f"<script>{chunk}</script>\n")
        left -= len(chunk) + 18
    return head + styles + middle + "".join(scripts) + "</body></html>\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--pages", type=float, default=0.1, help="share of saved HTML pages")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    files = size = 0
    recent = []
    for n in range(args.articles):
        when = start + timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        if recent and rng.random() < 0.06:
            story = dict(rng.choice(recent))  # the same wire story again, often under another headline
            story["title"] += rng.choice(["", " (update)", " - report"])
        else:
            story = make_story(rng, when, rng.randint(5000, 15000))
            recent = (recent + [story])[-200:]
        is_page = rng.random() < args.pages
        text = as_page(story, rng, int(rng.triangular(100_000, 400_000, 120_000))) if is_page \
            else as_text_copy(story, rng, int(rng.triangular(10_000, 30_000, 14_000)))
        folder = f"{when:%Y-%m}/{rng.choice(['desk-a', 'desk-b', 'wires', 'clips'])}"
        path = os.path.join(args.out, folder, f"{n:05d}" + (".html" if is_page else ".txt"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        files += 1
        size += len(data)
    print(f"files: {files}\narticles: {args.articles}\nbytes: {size}")


if __name__ == "__main__":
    main()
