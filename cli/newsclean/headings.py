"""Reading a headline element (<h1>) the way a reader sees it.

Its text has spaces where a line break or a block child separates words
("Weekly drill<br>Six laps" is not "drillSix"); the small label a site sets inside the
headline (a kicker, "Opinion"), and text hidden for screen readers ("Headline:"), are not
part of it. Parts: the texts of its pieces, and its text without one piece, among which
a declared title can be found when the element holds more than the headline.
"""

from __future__ import annotations

import html
import re
from itertools import islice

from lxml import etree

from newsclean import patterns as P
from newsclean.hints import class_hint, is_hidden
from newsclean.text import repair_mojibake, squash

# elements that start a new line: words on either side of them are not one word
LINE_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p section table tbody td th tr ul".split()
)
# what is left at an end of a headline when a label before or after it is taken out
_JOINER = re.compile(r"^[\s:|/–—-]+|[\s:|/–—-]+$")
# a heading is a line or a few: an element holding more text, or more elements, is no heading
MAX_HEADING_CHARS = 1000
MAX_HEADING_NODES = 200
# a heading with more pieces than this is not a headline with a label, but a whole block
MAX_PARTS = 12


def clean_value(value: str | None) -> str | None:
    """A declared string with entities decoded, mojibake repaired and spaces collapsed."""
    if not value:
        return None
    if "&" in value:
        value = html.unescape(value)
    return squash(repair_mojibake(value)) or None


def text_of(el: etree._Element, skip: frozenset[etree._Element] = frozenset()) -> str:
    """The element's text, a space at each line break or block child; `skip` left out.
    Empty for an element too big to be a heading (an unclosed <h1> holding the page)."""
    out: list[str] = []
    size = nodes = 0
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag:  # a comment: only the text after it is the page's
            out.append(node.tail or "")
        elif event == "start":
            nodes += 1
            if node in skip or tag in P.DROP_TAGS:
                walker.skip_subtree()
                if node in skip:  # a label left out parts the words on either side of it
                    out.append(" ")
                continue
            if tag in LINE_TAGS:
                out.append(" ")
            if node.text:
                out.append(node.text)
                size += len(node.text)
            if size > MAX_HEADING_CHARS or nodes > MAX_HEADING_NODES:
                return ""
        else:
            if tag in LINE_TAGS:
                out.append(" ")
            if node is not el and node.tail:
                out.append(node.tail)
                size += len(node.tail)
    return clean_value("".join(out)) or ""


def _is_label(el: etree._Element) -> bool:
    """A kicker above the headline, a subtitle set inside it, or text only screen readers get."""
    hint = class_hint(el)
    return bool(hint and (P.KICKER_HINT.search(hint) or P.DEK_HINT.search(hint))) or is_hidden(el) is not None


def headline_text(el: etree._Element) -> str:
    """The headline an <h1> shows: its text without kicker labels, subtitles and hidden text
    (and the colon or dash that joined a label to it)."""
    whole = text_of(el)
    if not whole:
        return ""
    labels = frozenset(d for d in el.iterdescendants() if isinstance(d.tag, str) and _is_label(d))
    if labels:
        text = _JOINER.sub("", text_of(el, labels))
        if text:
            return text
    return whole


def parts(el: etree._Element) -> list[str]:
    """The texts of the heading's pieces, and its text without each piece: where the headline
    is one of them, the others are a label, a section name or a subtitle set beside it."""
    pieces = list(islice((d for d in el.iterdescendants() if isinstance(d.tag, str) and d.tag not in P.DROP_TAGS),
                         MAX_PARTS + 1))
    if len(pieces) > MAX_PARTS:
        return []
    found = []
    for piece in pieces:
        found.append(text_of(piece))
        found.append(_JOINER.sub("", text_of(el, frozenset({piece}))))
    return [t for t in found if t]
