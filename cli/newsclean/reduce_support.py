"""Helpers of the reduce stage: inline tags, paragraph splitting, labels standing alone."""

from __future__ import annotations

from lxml import etree

from newsclean import patterns as P
from newsclean.commerce import is_buy_link
from newsclean.hints import class_hint
from newsclean.inline import SpanBuilder
from newsclean.model import Inline, Style
from newsclean.text import squash

IMAGE_TAGS = frozenset({"img", "picture", "amp-img"})
P_INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt "
    "ruby s samp small span strike strong sub sup time tt u var br wbr".split()
)


def standalone_label(el: etree._Element, run: SpanBuilder) -> bool:
    """An inline element standing alone between blocks and named as a kicker, byline or date
    (<span class="kicker">Opinion</span>): judged as a block of its own, not run into prose."""
    if run.spans and any(s.text.strip() for s in run.spans):
        return False
    if el.tail and el.tail.strip():
        return False
    hint = class_hint(el)
    return bool(hint) and any(p.search(hint) for p in (P.KICKER_HINT, P.BYLINE_HINT, P.DATE_HINT, P.DEK_HINT))


def lone_buy_link(el: etree._Element, run: SpanBuilder) -> str | None:
    """The text of a link standing alone between blocks that sends the reader to a shop
    ("Check price at Amazon" after a product's review), else None."""
    if (el.tail and el.tail.strip()) or any(s.text.strip() for s in run.spans):
        return None
    after = el.getnext()
    if after is not None and after.tag in P_INLINE:
        return None  # one of a row of links: the row is judged as a line
    text = squash(" ".join(el.itertext()))
    return text if is_buy_link(el, text) else None


def split_paragraphs(spans: Inline) -> list[Inline]:
    """Split a run of spans at double line breaks."""
    parts: list[list] = [[]]
    prev_break = False
    for span in spans:
        if span.style is Style.BREAK:
            if prev_break:
                parts[-1].pop()
                parts.append([])
                prev_break = False
                continue
            prev_break = True
        else:
            prev_break = False
        parts[-1].append(span)
    return [tuple(p) for p in parts if p]


def same_title(text_key: str, title_key: str) -> bool:
    if text_key == title_key:
        return True
    shorter, longer = sorted((text_key, title_key), key=len)
    return len(shorter) >= 0.6 * len(longer) and shorter in longer


def code_language(el: etree._Element) -> str | None:
    for node in (el, el.find("code")):
        if node is None:
            continue
        for cls in (node.get("class") or "").split():
            if cls.startswith(("language-", "lang-")):
                return cls.split("-", 1)[1] or None
    return None


def is_gallery(el: etree._Element) -> bool:
    """Whether a list is a slideshow: every item holds a caption (a "caption"-named element)."""
    items = [li for li in el if li.tag == "li"]
    return bool(items) and all(
        any(P.CAPTION_HINT.search(class_hint(d) or " ") for d in li.iter() if isinstance(d.tag, str) and d is not li)
        for li in items)
