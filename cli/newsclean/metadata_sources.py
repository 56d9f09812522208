"""Readers for the page's own statements: meta tags, the headline and the lines under it, the dek,
dates shown to readers, and which chrome a byline or date sits in (bylines: bylines.py)."""

from __future__ import annotations

import re

from lxml import etree

from newsclean import patterns as P
from newsclean.hints import class_hint, classify
from newsclean.model import Category
from newsclean.text import squash

# text right under the headline often carries the date ("20 December 2025", "Last updated: ...")
NEAR_TITLE_TEXTS = 25
MAX_NEAR_TITLE_LINE = 80  # an element's whole text, read as one line, when no longer than this


def meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """name/property/itemprop (lower-cased) -> content values, in page order."""
    found: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = el.get(attr)
            if name:
                found.setdefault(name.strip().lower(), []).append(content)
    return found


# page chrome whose names and dates are not the article's (commenters, teaser bylines)
FOREIGN = frozenset({Category.COMMENTS, Category.RELATED, Category.TRENDING, Category.SIDEBAR,
                     Category.FOOTER, Category.NAVIGATION, Category.ADVERTISEMENT})


COMMENTS_ONLY = frozenset({Category.COMMENTS})


def in_chrome(el: etree._Element, kinds: frozenset[Category] = FOREIGN, *, byline: bool = False) -> bool:
    """Whether an element sits in comments, a sidebar, a teaser list or other foreign chrome.
    For a `byline`, a post's own footer is not foreign, nor is a wrapper of the headline
    outside comments, however it is named ("node-promoted": the article itself)."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        verdict = classify(anc, anc.tag)
        if verdict is None or verdict[0] not in kinds:
            continue
        # a weak hint on a wrapper of the headline ("dialog-off-canvas-main-canvas") is layout
        if verdict[2] and not (byline and verdict[0] is not Category.COMMENTS and anc.find(".//h1") is not None):
            return True
        if not verdict[2] and anc.find(".//h1") is None:
            if byline and verdict[0] is Category.FOOTER and _post_footer(anc):
                continue
            return True
    return False


def _post_footer(el: etree._Element) -> bool:
    """A footer of the post itself (Blogger's "post-footer", WordPress' "entry-footer", a
    <footer> inside an <article>), where themes print "Posted by ...", not the page's."""
    hint = class_hint(el)
    if hint and P.POST_FOOTER_HINT.search(hint):
        return True
    return el.tag == "footer" and any(anc.tag == "article" for anc in el.iterancestors())


def headline_element(body: etree._Element, title: str | None) -> etree._Element | None:
    """The <h1> that holds the article's title (a site's logo is often the first <h1>), else
    the first <h1>."""
    first = None
    if title:
        want = title.casefold()
        for i, h1 in enumerate(body.iter("h1")):
            if i >= MAX_H1_LOOKED_AT:
                break
            first = first if first is not None else h1
            text = squash(" ".join(h1.itertext())).casefold()
            if text and (text in want or want in text):
                return h1
    return first if first is not None else body.find(".//h1")


MAX_H1_LOOKED_AT = 10


def near_title_lines(body: etree._Element, title: str | None = None) -> list[str]:
    """The short lines of text right after the page's first <h1>, where bylines and dates sit:
    each text node, and each element's whole text where inline pieces split a line
    ("<span>By</span><span>Jane Doe</span>"). When the headline sits alone in its wrapper,
    the wrapper's following siblings are read instead (up to two levels up)."""
    h1 = headline_element(body, title)
    if h1 is None:
        return []
    anchor = h1
    for _ in range(2):
        parent = anchor.getparent()
        if parent is None or any(_has_text(sib) for sib in anchor.itersiblings()):
            break
        anchor = parent
    lines: list[str] = []
    seen: set[str] = set()
    texts = 0
    for sibling in anchor.itersiblings():
        for el in sibling.iter():
            if not isinstance(el.tag, str):
                continue
            whole = squash(" ".join(el.itertext()))
            if whole and len(whole) <= MAX_NEAR_TITLE_LINE and whole not in seen:
                seen.add(whole)
                lines.append(whole)
            own = squash(el.text or "")
            if own:
                texts += 1
                if own not in seen:
                    seen.add(own)
                    lines.append(own)
            if texts >= NEAR_TITLE_TEXTS:
                return lines
    return lines


def _has_text(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and bool("".join(el.itertext()).strip())


def dek_element(body: etree._Element) -> str | None:
    """The dek or standfirst: the first element named like one, short, outside page chrome,
    and before the story's first paragraph (later "subheadline" blocks are section heads)."""
    for el in body.iter():
        if el.tag == "p" and len("".join(el.itertext())) >= MIN_STORY_PARAGRAPH:
            return None
        values = el.values()  # all attribute values at once: cheaper than reading each name
        if not values or not _MAY_NAME_DEK.search(" ".join(values).lower()):
            continue  # a cheap test first: no name here has a dek's letters
        hint = class_hint(el)
        if not hint or not P.DEK_HINT.search(hint):
            continue
        text = squash(" ".join(el.itertext()))
        if MIN_DEK_CHARS <= len(text) <= MAX_DEK_CHARS and not in_chrome(el):
            return text
    return None


MIN_DEK_CHARS = 20
# the letters every name that patterns.DEK_HINT accepts holds, whatever its case or separators
# (tests/test_parts_speed.py checks each of its alternatives)
# (searched in lower case: a case-blind pattern is five times slower here)
_MAY_NAME_DEK = re.compile(r"dek|deck|stand|sub|strap|eadline")
# a paragraph this long is the story itself: no dek comes after it
MIN_STORY_PARAGRAPH = 150
MAX_DEK_CHARS = 400

