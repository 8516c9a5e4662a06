#!/usr/bin/env python3
"""Writes the e-mail and MHTML inputs of the golden test (tests/clean/golden/input/mail_*,
mhtml_*) and the bundled sample newsletter and saved page (resources/samples). All messages are
fictional and written for Attaché. The transfer encodings and charsets are produced here, by
Python's codecs, so that what each file claims is what its bytes are. Regenerate on purpose:

    python3 tests/clean/golden/make_mail.py
"""
import base64
import pathlib
import quopri

HERE = pathlib.Path(__file__).resolve().parent
INPUT = HERE / "input"
SAMPLES = HERE.parents[2] / "resources" / "samples"


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(text, charset="utf-8"):
    data = base64.b64encode(text.encode(charset)).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


NEWSLETTER_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chancery Brief</title>
<style>td { font-family: sans-serif }</style></head><body>
<table width="600"><tr><td><p><a href="https://brief.example.org/view/118">View this email in your browser</a></p>
<p><img src="https://brief.example.org/logo.png" alt="Chancery Brief"></p></td></tr>
<tr><td><h1>Chancery Brief — the week in diplomacy</h1>
<h2>Veloria and Ostrand sign the Tarsis river accord</h2>
<p>The two governments agreed on Tuesday to share the waters of the Tarsis river under a joint commission,
ending four years of talks held in Porto Alba and in Lindmark.</p>
<p><img src="https://brief.example.org/tarsis.jpg" alt=""></p>
<h2>A new envoy for the Lindmark talks</h2>
<p>Ostrand named Ilse Varga, until now its ambassador in Porto Alba, as envoy to the fisheries talks that resume
in Lindmark next month.</p>
<p><a href="https://brief.example.org/r/1">Read more</a></p></td></tr>
<tr><td><p><a href="https://x.example/brief">X</a> | <a href="https://linkedin.example/brief">LinkedIn</a> | <a href="https://facebook.example/brief">Facebook</a></p>
<p>You are receiving this email because you subscribed to the Chancery Brief.</p>
<p><a href="https://brief.example.org/u">Unsubscribe</a> · <a href="https://brief.example.org/p">Manage preferences</a></p>
<p>Chancery Brief, 12 Quai des Lettres, Porto Alba</p></td></tr></table></body></html>
"""

NEWSLETTER_TEXT = """View this email in your browser: https://brief.example.org/view/118

CHANCERY BRIEF - THE WEEK IN DIPLOMACY

Veloria and Ostrand sign the Tarsis river accord
The two governments agreed on Tuesday to share the waters of the Tarsis river.

Unsubscribe: https://brief.example.org/u
"""


def newsletter(path):
    path.write_text(f"""Return-Path: <brief@example.org>
From: Chancery Brief <brief@example.org>
To: analyst@example.net
Subject: =?utf-8?q?Chancery_Brief_=E2=80=94_Tarsis_accord_signed?=
Date: Tue, 17 Mar 2026 07:30:00 +0100
Message-ID: <118.brief@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NEWSLETTER_TEXT, "utf-8")}
--b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NEWSLETTER_HTML, "utf-8")}
--b1--
""", encoding="ascii", newline="\r\n")


def digest(path):
    stories = "".join(f"<h2>{t}</h2><p>{p}</p>" for t, p in [
        ("Porto Alba hosts the coastal states", "Ministers of the six coastal states met in Porto Alba on Monday to agree on common rules for tankers."),
        ("Lindmark reopens its consulate", "Ostrand's consulate in Lindmark reopened on Wednesday after two years of closure."),
        ("A census of the river basin", "The joint commission will count the farms of the Tarsis basin before the dry season."),
    ])
    html = f"<html><body><p>Having trouble viewing this email? Open it online.</p><h1>Weekly digest</h1>{stories}<p>© 2026 Coastal Review. All rights reserved.</p><p>Privacy policy</p></body></html>"
    pdf = (HERE.parents[1] / "fixtures" / "pdf" / "communique-two-pages.pdf").read_bytes()
    pdf64 = base64.b64encode(pdf).decode("ascii")
    pdf64 = "\n".join(pdf64[i:i + 76] for i in range(0, len(pdf64), 76))
    path.write_text(f"""From: "Coastal Review" <digest@coastal.example>
To: analyst@example.net
Subject: Weekly digest: three stories from the coast
Date: Fri, 20 Mar 2026 16:05:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}
--outer
Content-Type: application/pdf; name="communique.pdf"
Content-Disposition: attachment; filename="communique.pdf"
Content-Transfer-Encoding: base64

{pdf64}
--outer--
""", encoding="ascii", newline="\n")


def latin1(path):
    body = ("Chère collègue,\n\nLa délégation de Veloria arrivera à Lindmark le 2 avril pour la réunion de la commission "
            "du fleuve.\nLes débats porteront sur le partage des eaux pendant l'été.\n\n- ordre du jour\n- liste des délégués\n\n-- \nSecrétariat")
    path.write_text(f"""From: =?iso-8859-1?q?Secr=E9tariat_de_la_commission?= <secretariat@tarsis.example>
To: analyst@example.net
Subject: =?iso-8859-1?q?R=E9union_de_la_commission_=E0_Lindmark?=
Date: Mon, 23 Mar 2026 09:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

{qp(body, "latin-1")}
""", encoding="ascii", newline="\n")


def cp1252(path):
    body = "The minister said the accord was \u201ca good day for the river\u201d \u2013 and for both capitals.\n"
    path.write_bytes(("From: Press Desk <desk@example.org>\nTo: analyst@example.net\nSubject: Minister's remarks\n"
                      "Date: Tue, 24 Mar 2026 11:00:00 +0000\nMIME-Version: 1.0\n"
                      "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n" + body).encode("cp1252"))


def message(number, subject, body, date):
    return (f"From sender{number}@example.org Mon Mar 30 0{number}:00:00 2026\n"
            f"From: Sender {number} <sender{number}@example.org>\nSubject: {subject}\nDate: {date}\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n\n")


def mbox(path):
    path.write_text(
        message(1, "Talks resume in Lindmark", "The fisheries talks resume in Lindmark on Monday.", "Mon, 30 Mar 2026 08:00:00 +0000")
        + message(2, "Envoy named", "Ostrand named a new envoy.\n>From now on she leads the delegation.", "Mon, 30 Mar 2026 09:00:00 +0000")
        + message(3, "Accord ratified", "The parliament of Veloria ratified the Tarsis accord.", "Mon, 30 Mar 2026 10:00:00 +0000"),
        encoding="utf-8", newline="\n")


def broken_mbox(path):
    path.write_text(
        message(1, "Talks resume in Lindmark", "The fisheries talks resume in Lindmark on Monday.", "Mon, 30 Mar 2026 08:00:00 +0000")
        + "From broken Mon Mar 30 09:00:00 2026\n\x7f\x7f garbled by a bad disk \x7f\n\n"
        + message(3, "Accord ratified", "The parliament of Veloria ratified the Tarsis accord.", "Mon, 30 Mar 2026 10:00:00 +0000"),
        encoding="utf-8", newline="\n")


PAGE_HTML = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Quotas agreed for the northern fisheries | The Harbour Gazette</title>
<meta property="article:published_time" content="2026-03-26T08:00:00Z"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sea">Sea</a></li></ul></nav>
<article><h1>Quotas agreed for the northern fisheries</h1><p class="byline">By Tomás Ferreira</p>
<p>Negotiators from Veloria and Ostrand agreed in Lindmark on Wednesday on catch quotas for the northern fisheries,
the first such accord since the talks began in 2022.</p>
<p>The quotas, which take effect in May, cut the catch of cod by a fifth and leave the herring quota unchanged;
the delegations called the result \u201ca fair bargain\u201d.</p>
<p><img src="https://gazette.example/pics/lindmark.jpg" alt="The harbour of Lindmark"></p>
<p>A joint patrol of both navies will enforce the quotas from the summer, the Ostrand delegation said.</p></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes the port</a></li><li><a href="/b">Ferry prices rise</a></li></ul></aside>
<footer><p>© 2026 The Harbour Gazette</p></footer></body></html>
"""


def mhtml(path):
    image = base64.b64encode(b"\x89PNG\r\n\x1a\nnot really a picture").decode("ascii")
    path.write_text(f"""From: <Saved by Blink>
Snapshot-Content-Location: https://gazette.example/sea/quotas-northern-fisheries
Subject: Quotas agreed for the northern fisheries | The Harbour Gazette
Date: Thu, 26 Mar 2026 18:12:40 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--saved"

------MultipartBoundary--saved
Content-Type: text/html; charset=windows-1252
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://gazette.example/sea/quotas-northern-fisheries

{qp(PAGE_HTML, "cp1252")}
------MultipartBoundary--saved
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://gazette.example/pics/lindmark.jpg

{image}

------MultipartBoundary--saved--
""", encoding="ascii", newline="\r\n")


if __name__ == "__main__":
    newsletter(INPUT / "mail_newsletter.eml")
    digest(INPUT / "mail_digest_base64_with_pdf.eml")
    latin1(INPUT / "mail_latin1_quoted_printable.eml")
    cp1252(INPUT / "mail_windows1252_8bit.eml")
    mbox(INPUT / "mail_three.mbox")
    broken_mbox(INPUT / "mail_broken_message.mbox")
    mhtml(INPUT / "mhtml_windows1252.mhtml")
    newsletter(SAMPLES / "chancery-brief-newsletter.eml")
    mhtml(SAMPLES / "harbour-gazette-quotas.mhtml")
