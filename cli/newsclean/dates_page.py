"""Dates the page prints for its readers: the date line of the article's header (beside the
headline and the byline), date-named elements, and "Date: ..." lines.

The header's date line is what a reader sees as the article's date; each date found there
says whether a label calls it the publication or an update ("Updated May 4, 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from newsclean import dates
from newsclean import patterns as P
from newsclean.hints import class_hint, classify, is_hidden
from newsclean.metadata_sources import COMMENTS_ONLY, FOREIGN, headline_element, in_chrome
from newsclean.phrases import DATE_LINE_WORDS
from newsclean.text import squash

Kind = Literal["published", "updated", "plain"]

# labels that say which date follows them, in the languages newsclean reads most
UPDATED_LABEL = re.compile(
    r"\b(?:(?:last\s+)?updated|last\s+modified|modified|revised|edited|editiert|aktualisiert|"
    r"zuletzt\s+(?:geändert|aktualisiert)|geändert|letzte\s+änderung|stand|mis\s+à\s+jour|modifié|"
    r"actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|päivitetty)\b",
    re.I,
)
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|first\s+published|originally\s+published|veröffentlicht|erschienen|"
    r"erstellt|gepostet|publié|mise\s+en\s+ligne|publicad[oa]|pubblicat[oa]|publicat|gepubliceerd|"
    r"julkaistu)\b",
    re.I,
)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:h]([0-5]\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?!\w)", re.I)
NOON = 12
# a date line holds little but the date and a byline: at most this many other words
# ("3. August 2015 · Filed under", "06.11.2023 13:30 von Jane Doe"); a sentence holds more
MAX_REST_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_PIECE_CHARS = 100
# how far the header reaches: text pieces after the headline, wrappers before it
HEADER_PIECES = 40
SIBLINGS_BEFORE = 2
MAX_LEVELS_UP = 6
# the story has begun after this many long paragraphs: dates further on are the body's
STORY_PARAGRAPHS = 3
MIN_STORY_PARAGRAPH = 150
MIN_PROSE_OPENING = 40
MAX_SHOWN = 4
# a section heading after the headline: the story has begun
SECTION_HEADINGS = frozenset({"h2", "h3"})
# quoted posts, figures and captions carry their own dates (an embedded tweet's, a photo's)
FOREIGN_TAGS = frozenset({"blockquote", "figure", "figcaption", "aside", "iframe"})


@dataclass(frozen=True, slots=True)
class Shown:
    """A date printed on the page."""

    day: str  # YYYY-MM-DD
    kind: Kind
    clock: tuple[int, int] | None = None  # the time of day printed beside it (24-hour)
    stamp: str | None = None  # the machine value of the <time datetime> that prints it
    swapped: str | None = None  # "09.10.2024" read the other way (month first), when it can be


def header_dates(body: etree._Element, title: str | None, dayfirst: bool, *,
                 whole_story: bool = False) -> list[Shown]:
    """The dates printed around the article's headline, in page order: in wrappers just
    before it, inside it (a <small> under the title), and in the lines after it up to the
    story's first paragraphs (or, with `whole_story`, past them: a short post's footer).
    Hidden elements, quoted posts, captions and teaser boxes are passed over, and so are
    the story's own paragraphs."""
    h1 = headline_element(body, title)
    if h1 is None:
        return []
    found: list[Shown] = []
    around = set(h1.iterancestors())
    for owner, text in _header_pieces(h1, whole_story):
        shown = _shown(owner, text, dayfirst)
        if shown and shown not in found and not _foreign(owner, around):
            found.append(shown)
            if len(found) >= MAX_SHOWN:
                break
    return found


def _header_pieces(h1: etree._Element, whole_story: bool) -> Iterator[tuple[etree._Element, str]]:
    """(owner element, text) of the pieces of text around the headline, in page order: the
    wrappers just before it, its own children, then what follows it in the page."""
    anchor = h1
    for _ in range(2):  # a headline alone in its wrapper: the wrapper's neighbours hold the byline
        parent = anchor.getparent()
        if parent is None or any(_has_text(sib) for sib in anchor.itersiblings(preceding=True)):
            break
        anchor = parent
    before = list(anchor.itersiblings(preceding=True))[:SIBLINGS_BEFORE]
    for sibling in reversed(before):
        yield from (piece for piece in _pieces(sibling) if piece is not STORY)
    for child in h1:  # "<h1>Title<br><small>02.02.2022</small></h1>"
        yield from (piece for piece in _pieces(child) if piece is not STORY)
        if child.tail and child.tail.strip():
            yield h1, squash(child.tail)
    budget, story = HEADER_PIECES, 0
    for following in _following(h1):
        for piece in _pieces(following):
            if piece is STORY:
                story += 1
                if story >= STORY_PARAGRAPHS and not whole_story:
                    return
                continue
            yield piece
            budget -= 1
            if budget <= 0:
                return


def _following(el: etree._Element) -> Iterator[etree._Element]:
    """The elements after one in page order, its own descendants left out: its following
    siblings, then its parent's, and so on up to the article (and the <article> elements
    that follow it) or the page's <main>, at most a few levels up: what comes after the
    article is other stories'."""
    node: etree._Element | None = el
    for _ in range(MAX_LEVELS_UP):
        if node is None or node.tag in ("body", "html", "main"):
            return
        if node.tag == "article":  # the story ends with its <article>, or goes on in the next one
            yield from node.itersiblings("article")
            return
        yield from node.itersiblings()
        node = node.getparent()


Piece = tuple[etree._Element, str]
STORY: Piece = (etree.Element("p"), "")  # stands for a paragraph of the story, passed over


def _pieces(el: etree._Element) -> Iterator[Piece]:
    """Each text node under an element in page order, with the element it belongs to (a
    tail belongs to the parent); a <time> as one piece; a story paragraph as STORY."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
        return
    if el.tag == "p" and _opens_story(el):
        yield STORY
        return
    if el.tag == "time" and (el.get("datetime") or el.get("content")):
        whole = squash(" ".join(el.itertext()))
        if len(list(dates.spans(whole))) <= 1:  # one date: its machine value says which
            yield el, whole or "-"
            return
    if el.text and el.text.strip():
        yield _piece(el, el.text)
    for child in el:
        yield from _pieces(child)
        if child.tail and child.tail.strip():
            yield _piece(el, child.tail)
    if el.tag in SECTION_HEADINGS:
        yield STORY  # read, then counted as where the story goes on


def _piece(owner: etree._Element, text: str) -> Piece:
    text = squash(text)
    return STORY if len(text) >= MIN_STORY_PARAGRAPH else (owner, text)


def _opens_story(p: etree._Element) -> bool:
    """A long paragraph that opens with prose (not a "Page 1 of 2" or date line run into it)."""
    whole = "".join(p.itertext())
    opening = next((t for t in p.itertext() if t.strip()), "")
    return len(whole) >= MIN_STORY_PARAGRAPH and len(opening.strip()) >= MIN_PROSE_OPENING


def _has_text(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and bool("".join(el.itertext()).strip())


def _shown(owner: etree._Element, text: str, dayfirst: bool) -> Shown | None:
    """The date a piece of text prints, when the piece is a date line."""
    if len(text) > MAX_PIECE_CHARS:
        return None
    found = list(dates.spans(text, dayfirst=dayfirst, short_years=True))
    stamp = None
    if owner.tag == "time":
        stamp = dates.iso(owner.get("datetime") or owner.get("content"), dayfirst=dayfirst)
    if len(found) != 1 and not stamp:
        return None  # no date, or several ("Published ... Updated ...": each in its own piece)
    day, start, end = found[0] if found else (stamp or "", 0, 0)
    rest = text[:start] + " " + text[end:]
    label = _label(text[:start], owner)
    rest = _CLOCK.sub(" ", rest)
    rest = UPDATED_LABEL.sub(" ", PUBLISHED_LABEL.sub(" ", rest))
    rest = DATE_LINE_WORDS.sub(" ", dates.MONTH_PATTERN.sub(" ", rest))
    if found and len(_WORD.findall(rest)) > MAX_REST_WORDS:
        return None
    if stamp:
        day = stamp[:10]
    swapped = _swapped(text[start:end], day) if found and not stamp else None
    return Shown(day=day, kind=label, clock=_clock(text[end:] if found else text), stamp=stamp, swapped=swapped)


_NUMERIC = re.compile(r"^\d{1,2}\D\s?\d{1,2}\D")


def _swapped(written: str, day: str) -> str | None:
    """A numeric date read with day and month exchanged, when both readings are dates."""
    if not _NUMERIC.match(written):
        return None
    year, month, mday = (int(part) for part in day.split("-"))
    if mday > 12 or mday == month:
        return None
    return f"{year:04d}-{mday:02d}-{month:02d}"


def _label(before: str, owner: etree._Element) -> Kind:
    """What the words before a date (or the element's own names) call it."""
    for text in (before, _previous_text(owner)):
        if UPDATED_LABEL.search(text):
            return "updated"
        if PUBLISHED_LABEL.search(text):
            return "published"
    prop = owner.get("itemprop") or ""
    hint = class_hint(owner)
    if prop == "dateModified" or (hint and P.MODIFIED_HINT.search(hint) and not P.PUBLISHED_HINT.search(hint)):
        return "updated"
    if prop == "datePublished" or (hint and P.PUBLISHED_HINT.search(hint)):
        return "published"
    return "plain"


def time_label(el: etree._Element) -> Kind:
    """What a <time> element's label or names call it."""
    return _label("", el)


def _previous_text(el: etree._Element) -> str:
    """The text just before an element in its line ("<span>Updated</span> <time>...")."""
    prev = el.getprevious()
    if prev is not None:
        return squash(" ".join(prev.itertext()) + " " + (prev.tail or ""))[-40:]
    parent = el.getparent()
    return squash(parent.text or "")[-40:] if parent is not None else ""


def _clock(text: str) -> tuple[int, int] | None:
    m = _CLOCK.search(text)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
    if half.startswith("p") and hour < NOON:
        hour += NOON
    elif half.startswith("a") and hour == NOON:
        hour = 0
    return hour, minute


def _foreign(el: etree._Element, around: set[etree._Element]) -> bool:
    """Whether a date sits where it dates something else: in a hidden element, a quoted post,
    a figure, a box named strongly for teasers or comments. Wrappers of the headline itself are the article's,
    whatever their names say ("node-promoted")."""
    for node in (el, *el.iterancestors()):
        if node in around:
            return False
        if node.tag in FOREIGN_TAGS or is_hidden(node):
            return True
        verdict = classify(node, node.tag)
        if verdict is not None and verdict[0] in FOREIGN and verdict[2]:
            return True  # a weak name ("secondary-text", an entry's <footer>) is layout
    return False


# elements that show a date to readers: microformats, schema.org, and date-ish class names
_DATE_XPATH = etree.XPath(
    './/*[@itemprop="datePublished" or @itemprop="dateCreated" or (self::abbr and @title) or '
    'contains(@class,"date") or contains(@class,"Date") or contains(@class,"time") or '
    'contains(@class,"publish") or contains(@class,"posted") or contains(@class,"datum") or '
    'contains(@class,"fecha") or contains(@id,"date") or contains(@class,"meta")]'
)
# a date shown to readers sits in a short element
MAX_DATE_ELEMENT_CHARS = 120
# an element not named for dates must hold little but the date ("Dec 26, 2025 · 4 min read")
MAX_BARE_DATE_CHARS = 40
MAX_DATE_CANDIDATES = 3


def visible_dates(body: etree._Element, dayfirst: bool) -> list[str]:
    """Dates shown on the page (hAtom, itemprop, date-classed elements), in page order.

    Dates inside comment threads are skipped: they date the comments, not the article.
    """
    found: list[str] = []
    for el in _DATE_XPATH(body):
        value = el.get("content") or el.get("datetime") or (el.get("title") if el.tag == "abbr" else None)
        iso = dates.iso(value, dayfirst=dayfirst) if value else None
        if iso is None:
            text = squash(" ".join(el.itertext()))
            if not text or len(text) > MAX_DATE_ELEMENT_CHARS:
                continue
            hint = class_hint(el)
            named = el.get("itemprop") is not None or (hint and P.DATE_HINT.search(hint))
            iso = dates.in_text(text, dayfirst=dayfirst) if named or len(text) <= MAX_BARE_DATE_CHARS else None
        if iso and not in_chrome(el, COMMENTS_ONLY):
            found.append(iso)
            if len(found) >= MAX_DATE_CANDIDATES:
                break
    return found


# a label that says the text after it is the page's date ("Datum: 18.10.2021", "Published: May 4, 2024")
DATE_LABEL = re.compile(
    r"^\W*(?:(?:date|datum|fecha|data)\s*[:：]|(?:published|posted)(?: on)?\s*[:：]?|"
    r"(?:veröffentlicht|erschienen)(?: am)?\s*[:：]?|publié le|publicado(?: el)?|pubblicato(?: il)?)\s*",
    re.I,
)
MAX_LABELLED_LINE = 80


def labelled(body: etree._Element, *, dayfirst: bool = True) -> str | None:
    """The first "Date: ..." line of a page: a label in an element's own text, the date after
    it in the same element or its parent ("<li><span>Datum:</span> 26. Januar 2022</li>")."""
    for el in body.iter("span", "div", "p", "li", "dt", "dd", "td", "strong", "b", "small"):
        own = el.text
        if not own or not DATE_LABEL.match(own) or len(own) > MAX_LABELLED_LINE:
            continue
        for holder in (el, el.getparent()):
            if holder is None:
                continue
            line = " ".join(" ".join(holder.itertext()).split())
            if len(line) <= MAX_LABELLED_LINE:
                found = dates.in_text(DATE_LABEL.sub("", line, count=1), dayfirst=dayfirst)
                if found:
                    return found
    return None
