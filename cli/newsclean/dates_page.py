"""Dates the page prints for its readers: one piece of text read as a date line with its
label (publication, update or none: "Updated May 4, 2024"), date-named elements, and
"Date: ..." lines. `dates_header` finds the pieces around the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from newsclean import dates
from newsclean import patterns as P
from newsclean.hints import class_hint
from newsclean.metadata_sources import COMMENTS_ONLY, in_chrome
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
@dataclass(frozen=True, slots=True)
class Shown:
    """A date printed on the page."""

    day: str  # YYYY-MM-DD
    kind: Kind
    clock: tuple[int, int] | None = None  # the time of day printed beside it (24-hour)
    stamp: str | None = None  # the machine value of the <time datetime> that prints it
    swapped: str | None = None  # "09.10.2024" read the other way (month first), when it can be


def read_piece(owner: etree._Element, text: str, dayfirst: bool, before: str = "") -> Shown | None:
    """The date a piece of text prints, when the piece is a date line. `before` is the piece of
    text just before it on the page, a label in an element of its own ("<span>Updated on</span>
    May 4, 2024")."""
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
    label = _label(text[:start], owner, before)
    rest = _CLOCK.sub(" ", rest)
    rest = UPDATED_LABEL.sub(" ", PUBLISHED_LABEL.sub(" ", rest))
    rest = DATE_LINE_WORDS.sub(" ", dates.MONTH_PATTERN.sub(" ", rest))
    if found and len(_WORD.findall(rest)) > MAX_REST_WORDS:
        return None
    clock = _clock(text[end:] if found else text)
    if stamp and found and day != stamp[:10]:
        # <time datetime="2022-11-06T23:00:00Z">07.11.2022</time>: the printed day, same instant
        stamp = dates.on_day(stamp, day, clock) or stamp
    if stamp:
        day = stamp[:10]
    swapped = _swapped(text[start:end], day) if found and not stamp else None
    return Shown(day=day, kind=label, clock=clock, stamp=stamp, swapped=swapped)


_NUMERIC = re.compile(r"^\d{1,2}\D\s?\d{1,2}\D")


def _swapped(written: str, day: str) -> str | None:
    """A numeric date read with day and month exchanged, when both readings are dates."""
    if not _NUMERIC.match(written):
        return None
    year, month, mday = (int(part) for part in day.split("-"))
    if mday > 12 or mday == month:
        return None
    return f"{year:04d}-{mday:02d}-{month:02d}"


def _label(before: str, owner: etree._Element, previous: str = "") -> Kind:
    """What the words before a date (or a label piece before it, or the element's own names) call it."""
    for text in (before, previous[-MAX_LABEL_CHARS:], _previous_text(owner)):
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


# a label piece before a date is short ("Last updated:", "Published on")
MAX_LABEL_CHARS = 40


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


# elements that show a date to readers: microformats, schema.org, and date-ish class names
_DATE_CLASS = re.compile(r"date|Date|time|publish|posted|datum|fecha|meta")
_DATE_PROPS = frozenset({"datePublished", "dateCreated"})


def _date_elements(body: etree._Element) -> Iterator[etree._Element]:
    """The elements under `body` named for dates (a date-ish class, a date id, itemprop
    datePublished or dateCreated, an <abbr title>), in page order. One walk over plain
    attribute lookups, stopped as soon as the caller has what it needs (an XPath of a dozen
    contains() evaluates them all on every element first)."""
    for el in body.iterdescendants(etree.Element):
        attrs = el.attrib
        if not attrs:
            continue
        cls = attrs.get("class")
        if ((cls is not None and _DATE_CLASS.search(cls)) or attrs.get("itemprop") in _DATE_PROPS
                or "date" in attrs.get("id", "") or (el.tag == "abbr" and "title" in attrs)):
            yield el


# a date shown to readers sits in a short element
MAX_DATE_ELEMENT_CHARS = 120
# an element not named for dates must hold little but the date ("Dec 26, 2025 · 4 min read")
MAX_BARE_DATE_CHARS = 40
MAX_DATE_CANDIDATES = 3


def visible_dates(body: etree._Element, dayfirst: bool) -> Iterator[str]:
    """Dates shown on the page (hAtom, itemprop, date-classed elements), in page order, at
    most MAX_DATE_CANDIDATES; read lazily (a caller that wants the first stops there).

    Dates inside comment threads are skipped: they date the comments, not the article.
    """
    found = 0
    for el in _date_elements(body):
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
            yield iso
            found += 1
            if found >= MAX_DATE_CANDIDATES:
                return


# a label that says the text after it is the page's date ("Datum: 18.10.2021", "Published: May 4, 2024")
DATE_LABEL = re.compile(
    r"^\W*(?:(?:date|datum|fecha|data)\s*[:：]|(?:published|posted)(?: on)?\s*[:：]?|"
    r"(?:veröffentlicht|erschienen|erstellt|gepostet)(?: am)?\s*[:：]?|publié le|mise en ligne(?: le)?|"
    r"publicad[oa](?: el| en)?|pubblicato(?: il)?)\s*",
    re.I,
)
MAX_LABELLED_LINE = 80
LABEL_TAGS = ("span", "div", "p", "li", "dt", "dd", "td", "strong", "b", "small", "em", "label",
              "h2", "h3", "h4", "h5", "h6")


def labelled(body: etree._Element, *, dayfirst: bool = True) -> str | None:
    """The first "Date: ..." line of a page: a label in an element's own text, the date after
    it in the same element or its parent ("<li><span>Datum:</span> 26. Januar 2022</li>",
    "<h5>Datum:</h5> 03.11.2021"), or a label after a line break ("<br>Erschienen am: ...")."""
    for el in body.iter(*LABEL_TAGS):
        own = el.text
        if own and DATE_LABEL.match(own) and len(own) <= MAX_LABELLED_LINE:
            lines = (own, *(" ".join(h.itertext()) for h in (el, el.getparent()) if h is not None))
            found = next((d for line in lines if (d := _after_label(line, dayfirst))), None)
            if found:
                return found
        for child in el:
            if child.tag == "br" and child.tail and DATE_LABEL.match(child.tail):
                found = _after_label(child.tail, dayfirst)
                if found:
                    return found
    return None


def _after_label(line: str, dayfirst: bool) -> str | None:
    line = squash(line)
    if len(line) > MAX_LABELLED_LINE:
        return None
    return dates.in_text(DATE_LABEL.sub("", line, count=1), dayfirst=dayfirst)
