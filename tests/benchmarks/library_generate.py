#!/usr/bin/env python3
"""Generates a synthetic library of diplomatic news articles for the library benchmark.

The texts are composed from sentence templates written for this script (no external data), so
that every article is different, yet a share of them are wire copies of the same story arriving
in other files and formats, as in a real inbox. Formats: .txt, .html (with page furniture),
.md (front matter), .json (one object), .xml (RSS 2.0 feeds with several items).

    library_generate.py OUT_DIR [--articles 10000] [--seed 7]

Prints the number of files, articles and bytes written.
"""
import argparse
import html
import json
import os
import random
from datetime import datetime, timedelta, timezone

COUNTRIES = [
    ("Canada", "Ottawa", "Canadian"), ("China", "Beijing", "Chinese"), ("Japan", "Tokyo", "Japanese"),
    ("Germany", "Berlin", "German"), ("France", "Paris", "French"), ("India", "New Delhi", "Indian"),
    ("Brazil", "Brasilia", "Brazilian"), ("Kenya", "Nairobi", "Kenyan"), ("Mexico", "Mexico City", "Mexican"),
    ("Australia", "Canberra", "Australian"), ("Indonesia", "Jakarta", "Indonesian"), ("Turkey", "Ankara", "Turkish"),
    ("South Africa", "Pretoria", "South African"), ("Norway", "Oslo", "Norwegian"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Chile", "Santiago", "Chilean"), ("Egypt", "Cairo", "Egyptian"), ("Poland", "Warsaw", "Polish"),
]
ROLES = ["foreign minister", "prime minister", "trade minister", "ambassador", "president", "defence minister",
         "deputy foreign minister", "special envoy", "spokesperson for the foreign ministry"]
FIRST = ["Anna", "Kenji", "Maria", "Tomas", "Amara", "Li", "Farid", "Elena", "Rahul", "Sofia", "Jonas", "Ines",
         "Mehmet", "Chloe", "Daniel", "Nadia", "Oren", "Priya", "Lucas", "Hana", "Samuel", "Zeynep", "Marta", "Ivan"]
LAST = ["Lindqvist", "Okafor", "Tanaka", "Moreau", "Silva", "Kowalski", "Haddad", "Chen", "Mbeki", "Rossi",
        "Nguyen", "Fischer", "Ortega", "Sharma", "Novak", "Dubois", "Yilmaz", "Kim", "Barros", "Hansen"]
TOPICS = ["steel and aluminium tariffs", "rare earth exports", "fishing rights in disputed waters",
          "a free trade agreement", "visa rules for students", "climate finance", "a prisoner exchange",
          "canola imports", "semiconductor export controls", "a maritime boundary", "vaccine supplies",
          "energy cooperation", "the detention of two citizens", "election interference allegations",
          "a border incident", "development aid", "a new consulate", "grain shipments", "cyber attacks",
          "nuclear safety inspections"]
SOURCES = ["Reuters", "Agence France-Presse", "Associated Press", "Kyodo", "Xinhua", "The Globe and Mail",
           "Deutsche Welle", "Al Jazeera", "BBC News", "The Hindu", "Nikkei Asia", "Le Monde"]
OPENINGS = [
    "{A} and {B} agreed on {day} to resume talks on {topic}, ending months of tension between the two capitals.",
    "The {nat_a} {role} {person} travelled to {cap_b} on {day} for two days of talks on {topic}.",
    "{A} summoned the {nat_b} ambassador on {day} to protest against what it called unfair measures on {topic}.",
    "Officials from {A} and {B} signed a memorandum on {topic} in {cap_a} on {day}.",
    "{A} said on {day} it would impose new restrictions linked to {topic}, drawing a sharp response from {cap_b}.",
    "A phone call between the leaders of {A} and {B} on {day} focused on {topic} and regional security.",
]
BODY = [
    "{person}, the {nat_a} {role}, told reporters that both sides wanted a stable and predictable relationship.",
    "The talks in {cap_a} lasted more than four hours and ended without a joint statement.",
    "Analysts said the dispute over {topic} had weighed on bilateral trade worth billions of dollars a year.",
    "{B} has repeatedly denied the accusations and called them politically motivated.",
    "According to a readout published by the {nat_b} side, the two delegations discussed {topic} in detail.",
    "Business groups in {A} welcomed the announcement but warned that implementation would take time.",
    "The {nat_b} embassy in {cap_a} did not immediately respond to a request for comment.",
    "Relations between {A} and {B} have been strained since {year}, when a series of incidents froze contacts.",
    "{person2}, a former diplomat now at a research institute in {cap_b}, said the move was largely symbolic.",
    "Both governments agreed to set up a working group that will report back within {months} months.",
    "The {nat_a} parliament is expected to debate the measures on {topic} before the end of the session.",
    "Officials stressed that the dialogue would continue at the level of deputy ministers.",
    "Opposition politicians in {A} criticised the government for moving too slowly on {topic}.",
    "Trade between the two countries fell by {pct} percent last year, according to customs figures.",
    "The {role} said the issue of {topic2} had also been raised during the meeting.",
    "Diplomats described the atmosphere as frank but constructive, a phrase often used after difficult talks.",
    "{B} said it was ready to cooperate provided its core interests were respected.",
    "A follow-up meeting is planned in {cap_b} in the coming weeks, officials said.",
    "Environmental groups urged both governments to put climate commitments at the centre of the talks.",
    "The announcement came a day after {person2} met senior officials from several neighbouring countries.",
    "Shares of exporters rose after the news, with investors betting on an easing of the dispute.",
    "Human rights organisations called on {A} to raise the cases of detained activists.",
    "The agreement still needs approval from the cabinet in {cap_b}, which is expected next month.",
    "Observers noted that the language of the statement was noticeably softer than in previous years.",
]
BODY += [
    "{person3}, who advises the {nat_a} government on {topic2}, said a compromise was possible before {month}.",
    "In {month} the two sides had exchanged proposals on {topic}, but the drafts were never published.",
    "A survey by a polling institute in {cap_a} found that {pct2} percent of respondents supported closer ties with {B}.",
    "The {nat_b} ministry of commerce said exports to {A} reached {amount} billion dollars in {year2}.",
    "{person3} of the {nat_b} chamber of commerce said companies needed clarity on {topic2} by {month}.",
    "Local media in {cap_b} reported that {count} officials had travelled with the delegation.",
    "The meeting was the {ordinal} of its kind since {year}, according to a statement from {cap_a}.",
    "Security was tight around the venue in {cap_a}, where {count} protesters gathered on {day}.",
    "{B} has invested about {amount} billion dollars in {A} over the past decade, mostly in {sector}.",
    "A second round of talks on {sector} is expected in {month}, {person3} told a news conference.",
]
CLAUSES = [" , {person3} said.", " , according to {nat_b} officials.", " , a point repeated in {cap_b} on {day}.",
           " , as {count} lawmakers noted in a letter.", " , with {sector} firms watching closely.",
           " , {pct2} percent more than in {year2}.", " , sources in {cap_a} said."]
SECTORS = ["mining", "agriculture", "shipping", "telecommunications", "banking", "renewable energy", "automotive",
           "pharmaceuticals", "tourism", "construction", "education", "aviation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
CLOSINGS = ["Reporting by {person2}; editing by {person}.", "({source})", "Additional reporting from {cap_b}.",
            "This story has been updated with comments from officials."]
NAV = ["Home", "World", "Politics", "Business", "Markets", "Opinion", "Video", "Newsletters"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_story(rng, when):
    (a, cap_a, nat_a), (b, cap_b, nat_b) = rng.sample(COUNTRIES, 2)
    values = dict(A=a, B=b, cap_a=cap_a, cap_b=cap_b, nat_a=nat_a, nat_b=nat_b, role=rng.choice(ROLES),
                  person=person(rng), person2=person(rng), topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS),
                  day=when.strftime("%A"), year=rng.randint(2012, 2023), months=rng.randint(2, 9),
                  pct=rng.randint(3, 40), source=rng.choice(SOURCES), person3=person(rng),
                  month=rng.choice(MONTHS), pct2=rng.randint(10, 90), amount=rng.randint(2, 300),
                  year2=rng.randint(2015, 2024), count=rng.randint(3, 400), ordinal=rng.choice(ORDINALS),
                  sector=rng.choice(SECTORS))
    title = rng.choice([
        "{A} and {B} agree to resume talks on {topic}", "{nat_a} {role} visits {cap_b}",
        "{A} protests to {B} over {topic}", "{A}, {B} sign memorandum on {topic}",
        "Tensions rise between {A} and {B} over {topic}", "{A} and {B} leaders discuss {topic}",
    ]).format(**values)
    title = title[0].upper() + title[1:]
    paragraphs = [rng.choice(OPENINGS).format(**values)]
    # About 5 KB of text: every sentence template at most once, many with a varying clause, so that
    # two stories share few word sequences beyond the common phrases of the genre.
    pool = rng.sample(BODY, len(BODY))
    while len(pool) >= 3:
        sentences = [pool.pop() for _ in range(min(len(pool), rng.randint(3, 4)))]
        text = []
        for sentence in sentences:
            sentence = sentence.format(**values)
            if rng.random() < 0.6:
                values.update(person3=person(rng), count=rng.randint(3, 400), pct2=rng.randint(10, 90),
                              sector=rng.choice(SECTORS), year2=rng.randint(2015, 2024))
                sentence = sentence[:-1] + rng.choice(CLAUSES).format(**values).replace(" ,", ",")
            text.append(sentence)
        paragraphs.append(" ".join(text))
    paragraphs.append(rng.choice(CLOSINGS).format(**values))
    return dict(title=title, paragraphs=paragraphs, source=values["source"], byline=values["person2"],
                published=when, url=f"https://news.example/{when:%Y/%m/%d}/{rng.randrange(10**8):08d}")


def as_text(story):
    return f"{story['title']}\n\n{story['source']} | {story['published']:%B %d, %Y}\n\n" + "\n\n".join(story["paragraphs"]) + "\n"


def as_markdown(story):
    return (f"---\ntitle: \"{story['title']}\"\nsource: {story['source']}\nauthor: {story['byline']}\n"
            f"date: {story['published'].isoformat()}\nurl: {story['url']}\n---\n\n# {story['title']}\n\n"
            + "\n\n".join(story["paragraphs"]) + "\n")


def as_html(story, rng):
    nav = "".join(f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in NAV)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story["paragraphs"])
    related = "".join(f"<li><a href=\"/r/{rng.randrange(10**6)}\">{html.escape(rng.choice(TOPICS).capitalize())}</a></li>"
                      for _ in range(4))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(story['title'])} | {html.escape(story['source'])}</title>
<meta property="og:site_name" content="{html.escape(story['source'])}">
<meta name="author" content="{html.escape(story['byline'])}">
<meta property="article:published_time" content="{story['published'].isoformat()}">
<link rel="canonical" href="{story['url']}"></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{html.escape(story['title'])}</h1>
<p class="byline">By {html.escape(story['byline'])}</p>
<time datetime="{story['published'].isoformat()}">{story['published']:%B %d, %Y}</time>
{body}
</article><aside><h2>Related</h2><ul>{related}</ul></aside></main>
<footer><p>&copy; {story['published'].year} {html.escape(story['source'])}. All rights reserved.</p>
<p>Share: Facebook · X · LinkedIn · Email</p></footer></body></html>
"""


def as_json(story):
    return json.dumps(dict(headline=story["title"], source=story["source"], author=story["byline"],
                           datePublished=story["published"].isoformat(), url=story["url"],
                           text="\n\n".join(story["paragraphs"])), ensure_ascii=False, indent=1) + "\n"


def as_feed(stories, rng):
    items = []
    for story in stories:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in story["paragraphs"])
        items.append(f"""<item><title>{html.escape(story['title'])}</title><link>{story['url']}</link>
<pubDate>{story['published']:%a, %d %b %Y %H:%M:%S +0000}</pubDate><dc:creator>{html.escape(story['byline'])}</dc:creator>
<description><![CDATA[{content}]]></description></item>""")
    source = stories[0]["source"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{html.escape(source)} — World</title>
<link>https://news.example/</link><description>World news</description>
{chr(10).join(items)}
</channel></rss>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    files = articles = size = 0
    recent = []  # stories that may come again as wire copies

    def write(relative, text):
        nonlocal files, size
        path = os.path.join(args.out, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        files += 1
        size += len(text.encode("utf-8"))

    while articles < args.articles:
        when = start + timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        folder = f"{when:%Y-%m}/{rng.choice(['desk-a', 'desk-b', 'wires', 'clips'])}"
        if recent and rng.random() < 0.06:
            story = dict(rng.choice(recent))  # the same wire text again, often under another headline
            story["title"] = story["title"] + rng.choice(["", " (update)", " - report"])
            story["source"] = rng.choice(SOURCES)
        else:
            story = make_story(rng, when)
            recent = (recent + [story])[-200:]
        kind = rng.random()
        name = f"{folder}/{articles:05d}"
        if kind < 0.08 and args.articles - articles >= 5:
            batch = [story] + [make_story(rng, when - timedelta(hours=h)) for h in range(1, rng.randint(3, 6))]
            write(name + ".xml", as_feed(batch, rng))
            articles += len(batch)
            continue
        if kind < 0.45:
            write(name + ".txt", as_text(story))
        elif kind < 0.70:
            write(name + ".html", as_html(story, rng))
        elif kind < 0.85:
            write(name + ".md", as_markdown(story))
        else:
            write(name + ".json", as_json(story))
        articles += 1
    print(f"files: {files}\narticles: {articles}\nbytes: {size}")


if __name__ == "__main__":
    main()
