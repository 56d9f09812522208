"""The content finder as a ladder: the first rung that gives a confident answer wins.

1. text density: newsclean's own scorer over the pruned tree (content.choose);
2. schema.org articleBody: when the page declares its body in JSON-LD and the scorer's
   container holds little of it, the element that does hold it (its first and last
   sentences' common ancestor);
3. readability-lxml: Mozilla Readability's port, on the original page, when the scorer
   found almost no prose;
4. whole page: the pruned body itself.

A site rule whose body selector matches comes before all of them.

`Found.strategy` names the rung, so `explain` can say which one produced the article.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection

from lxml import etree

from newsclean.content import Found, choose, measure
from newsclean.rules import Applied
from newsclean.text import clean_control, key, squash

# a container with less prose than this (non-link characters) is not a confident answer
MIN_CONFIDENT_PROSE = 250
# the scorer's text must cover this share of a declared articleBody's words
MIN_BODY_COVERAGE = 0.5
# a declared articleBody shorter than this is a teaser, not a check
MIN_DECLARED_BODY = 500
# the words of a sentence used to find the declared body in the page
ANCHOR_WORDS = 8
_WORD = re.compile(r"\w+")
READABILITY = "readability-lxml"  # the rung's name, in `Found.strategy`


def find(body: etree._Element, spared: Collection[etree._Element], declared_body: str | None,
         html: str, url: str | None, ruled: Applied | None = None) -> Found:
    if ruled is not None and ruled.body is not None and _attached(ruled.body, body):
        return Found(ruled.body, f"site rule ({ruled.rule.name})", measure(body, spared))
    found = choose(body, spared)
    prose = _prose(found)
    if declared_body and len(declared_body) >= MIN_DECLARED_BODY and (
        _coverage(found, declared_body) < MIN_BODY_COVERAGE
    ):
        located = _locate(body, declared_body, found)
        if located is not None:
            return located
    if prose >= MIN_CONFIDENT_PROSE:
        return found
    fallback = _readability(html, url)
    if fallback is not None and _prose(fallback) > max(prose, MIN_CONFIDENT_PROSE):
        return fallback
    return found


def _attached(el: etree._Element, body: etree._Element) -> bool:
    return any(anc is body for anc in el.iterancestors())


def _prose(found: Found) -> int:
    m = found.measures.get(found.element)
    return m.text - m.links if m else 0


def _coverage(found: Found, declared: str) -> float:
    """The share of the declared body's words found in the container's text."""
    wanted = set(_WORD.findall(declared.lower()))
    if not wanted:
        return 1.0
    have = set(_WORD.findall(" ".join(found.element.itertext()).lower()))
    return len(wanted & have) / len(wanted)


def _anchor(text: str, from_end: bool) -> str:
    words = key(text).split()
    chosen = words[-ANCHOR_WORDS:] if from_end else words[:ANCHOR_WORDS]
    return " ".join(chosen)


def _locate(body: etree._Element, declared: str, found: Found) -> Found | None:
    """The element holding the declared body: the common ancestor of its first and last words."""
    first, last = _anchor(declared, False), _anchor(declared, True)
    if not first or not last:
        return None
    start = end = None
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        own = key(squash(" ".join(t for t in (el.text, *(c.tail for c in el)) if t)))
        if start is None and first in own:
            start = el
        if last in own:
            end = el
    if start is None or end is None:
        return None
    ancestors = {id(a) for a in (start, *start.iterancestors())}
    common = next((a for a in (end, *end.iterancestors()) if id(a) in ancestors), None)
    if common is None or common is body:
        return None
    return Found(common, "schema.org articleBody", found.measures)


def _readability(html: str, url: str | None) -> Found | None:
    """readability-lxml's choice, as a tree of its own, measured like ours."""
    from readability import Document  # imported here: only unsure pages need it
    from readability.readability import Unparseable

    # readability logs its failures with tracebacks; newsclean reports them its own way
    logging.getLogger("readability.readability").disabled = True
    try:
        summary = Document(clean_control(html), url=url).summary(html_partial=True)
    except (Unparseable, ValueError, TypeError, etree.LxmlError):
        return None
    if not summary or not summary.strip():
        return None
    try:
        fragment = etree.fromstring(f"<div>{summary}</div>", etree.HTMLParser(no_network=True))
    except etree.LxmlError:
        return None
    if fragment is None:
        return None
    root = fragment.find(".//body/div") if fragment.tag == "html" else fragment
    if root is None:
        return None
    return Found(root, READABILITY, measure(root))
