"""The date line of the article's header: the dates printed around the headline (in the
wrappers just before it, inside it, in the lines after it up to the story's paragraphs),
each read with its label by `dates_page.read_piece`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsclean import dates
from newsclean import patterns as P
from newsclean.dates_page import Shown, read_piece
from newsclean.hints import class_hint, classify, is_hidden
from newsclean.metadata_sources import FOREIGN, headline_element
from newsclean.text import key, squash

# how far the header reaches: text pieces after the headline, wrappers before it
HEADER_PIECES = 40
PIECES_BEFORE = 6
MAX_BLOCK_BEFORE = 300  # a block before the headline longer than this is a menu or a teaser
MAX_LEVELS_UP = 6
# the story has begun after this many long paragraphs: dates further on are the body's
STORY_PARAGRAPHS = 3
MIN_STORY_PARAGRAPH = 150
MIN_PROSE_OPENING = 40
MAX_SHOWN = 4
# a dateline opening the story: a date (a place before it) and a dash, colon or quote after it
DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][^\d,()]{0,30},\s*)?\(?([^–—:„“\"()]{6,30}?)\)?(?:\.\s|\s*[–—:-]\s|\s*[„“\"])")
MAX_DATELINE_CHARS = 60
# a section heading after the headline: the story has begun
SECTION_HEADINGS = frozenset({"h2", "h3"})
# quoted posts, figures and captions carry their own dates (an embedded tweet's, a photo's)
FOREIGN_TAGS = frozenset({"blockquote", "figure", "figcaption", "aside", "iframe"})


def header_dates(body: etree._Element, title: str | None, dayfirst: bool, *,
                 whole_story: bool = False) -> list[Shown]:
    """The dates printed around the article's headline, in page order: in wrappers just
    before it, inside it (a <small> under the title), and in the lines after it up to the
    story's first paragraphs (or, with `whole_story`, past them: a short post's footer).
    Hidden elements, quoted posts, captions and teaser boxes are passed over, and so are
    the story's own paragraphs."""
    h1 = _headline(body, title)
    if h1 is None:
        return []
    found: list[Shown] = []
    around = set(h1.iterancestors())
    before = ""
    split: set[etree._Element] = {h1}
    # under a lesser heading standing for the title beside an <h1> (the site's name, a section's),
    # only what the page marks as a date; on a page without <h1> the lesser heading is the headline
    marked_only = h1.tag != "h1" and body.find(".//h1") is not None
    for owner, text in _header_pieces(h1, whole_story):
        shown = read_piece(owner, text, dayfirst, before)
        before = text
        if shown is None and owner not in split and owner not in around:
            split.add(owner)  # "<p>8. <a>Dezember 2010</a> um 09:43</p>": the date split by markup
            whole = squash(" ".join(owner.itertext()))
            shown = read_piece(owner, whole, dayfirst) if whole != text else None
        if shown and marked_only and not _named_date(owner, shown):
            continue
        if shown and shown not in found and not _foreign(owner, around):
            found.append(shown)
            if len(found) >= MAX_SHOWN:
                break
    return found


def _headline(body: etree._Element, title: str | None) -> etree._Element | None:
    """The headline element: the first <h1>, or the one that holds the title; where no
    <h1> holds it (the site's name in the page's only <h1>), a lesser heading that reads
    the title itself, unless the <h1> reads like a headline of its own (the story's,
    worded apart from the <title>)."""
    h1 = headline_element(body, title)
    if not title or (h1 is not None and (_agrees(h1, title) or _headline_like(h1))):
        return h1
    want = key(title)
    for i, heading in enumerate(body.iter("h2", "h3", "h4")):
        if i >= MAX_HEADINGS_LOOKED_AT:
            break
        text = key(" ".join(heading.itertext()))
        if text == want or (h1 is None and _words_shared(want, text)):
            return heading  # on a page without <h1>, a heading worded like the title will do
    return h1


# the share of the title's words a heading must hold to stand for it where the page has no <h1>
# ("Introducing the X Accelerator" and "Introducing X: the next-generation accelerator ...")
MIN_SHARED_WORDS = 0.8
MIN_TITLE_WORDS = 4


def _words_shared(title_key: str, text_key: str) -> bool:
    title_words = set(title_key.split())
    if len(title_words) < MIN_TITLE_WORDS:
        return False
    return len(title_words & set(text_key.split())) >= MIN_SHARED_WORDS * len(title_words)


MAX_HEADINGS_LOOKED_AT = 30
# an <h1> of this many words is a headline (the story's, worded apart from the <title>), not a site's name
MIN_HEADLINE_WORDS = 6


def _headline_like(h1: etree._Element) -> bool:
    return len(" ".join(h1.itertext()).split()) >= MIN_HEADLINE_WORDS


def _agrees(heading: etree._Element, title: str) -> bool:
    text = key(" ".join(heading.itertext()))
    want = key(title)
    return bool(text) and (text in want or want in text)


def _named_date(owner: etree._Element, shown: Shown) -> bool:
    """Whether the page marks a printed date as one: a <time>, a label, a date-named element."""
    if shown.stamp or shown.kind != "plain":
        return True
    holders = (owner, owner.getparent())
    return any(el is not None and DATE_NAMES.search(class_hint(el)) for el in holders)


# the names of the elements a page prints its dates in ("post-meta", "text_datum", "entry-date",
# the "postmetadata" line of classic WordPress themes)
DATE_NAMES = re.compile(P.DATE_HINT.pattern
                        + r"| (?:post |entry |article )?meta | post ?meta(?:data)? | datum | fecha ")


def _header_pieces(h1: etree._Element, whole_story: bool) -> Iterator[tuple[etree._Element, str]]:
    """(owner element, text) of the pieces of text around the headline, in page order: the
    wrappers just before it, its own children, then what follows it in the page."""
    yield from reversed(list(_preceding(h1)))
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


def _preceding(h1: etree._Element) -> Iterator[Piece]:
    """The few pieces of text just before the headline, nearest first: small blocks
    before it in its wrappers (a kicker, a date line above the title), up to the first
    block that holds more than a header line does."""
    budget = PIECES_BEFORE
    node: etree._Element | None = h1
    for _ in range(MAX_LEVELS_UP):
        if node is None or node.tag in ("body", "html", "main", "article"):
            return
        for sibling in node.itersiblings(preceding=True):
            if len(squash(" ".join(sibling.itertext()))) > MAX_BLOCK_BEFORE:
                return
            for piece in reversed([p for p in _pieces(sibling) if p is not STORY]):
                yield piece
                budget -= 1
                if budget <= 0:
                    return
        node = node.getparent()


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
        dateline = DATELINE.match(squash(" ".join(el.itertext()))[:MAX_DATELINE_CHARS])
        if dateline:  # "29.11.2022 – The committee said ...": the story's own dateline
            yield el, dateline.group(1)
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
    whole = squash(" ".join(p.itertext()))
    opening = next((t for t in p.itertext() if t.strip()), "")
    return len(whole) >= MIN_STORY_PARAGRAPH and len(squash(opening)) >= MIN_PROSE_OPENING


def _has_text(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and bool("".join(el.itertext()).strip())


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
