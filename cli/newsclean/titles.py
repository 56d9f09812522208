"""The headline: what the page shows in its <h1>, checked against what it declares.

Order: an <h1> that agrees with a declared title (JSON-LD headline, og:title,
twitter:title, <title>); else the first <h1> that reads like a headline (not the site's
logo, not in the masthead, menus or sidebars); else a declared title with its
" | Site Name" part cut off.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from newsclean import jsonld
from newsclean.hints import classify
from newsclean.model import Category
from newsclean.parse import Page
from newsclean.text import key, repair_mojibake, squash

# separators between a headline and the site name in <title> / og:title
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|:)\s+")
MAX_SITE_SUFFIX_WORDS = 5
# an <h1> that is a headline says something: a few words at least
MIN_HEADLINE_CHARS = 15
MIN_HEADLINE_WORDS = 3
MAX_H1S = 5
# a heading found inside a declared title must be this long to count as agreeing with it
MIN_AGREEING_CHARS = 10
# where an <h1> is the site's logo or a widget's heading, not the article's headline
NOT_HEADLINE = frozenset({Category.HEADER, Category.NAVIGATION, Category.FOOTER, Category.SIDEBAR,
                          Category.RELATED, Category.TRENDING, Category.COMMENTS, Category.ADVERTISEMENT,
                          Category.COOKIE_BANNER, Category.NEWSLETTER})


def clean_value(value: str | None) -> str | None:
    """A declared string with entities decoded, mojibake repaired and spaces collapsed."""
    if not value:
        return None
    if "&" in value:
        value = html.unescape(value)
    return squash(repair_mojibake(value)) or None


def strip_site(title: str, site: str | None) -> str:
    """A title without the " | Site Name" part many pages add to it."""
    kept, _ = _split_site(title, site)
    return kept


def _split_site(title: str, site: str | None) -> tuple[str, list[str]]:
    """(the headline part of a declared title, the parts taken for the site's name)."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title, []
    site_key = key(site) if site else ""
    kept = [p for p in parts if not (site_key and (key(p) == site_key or key(p) in site_key))]
    if not kept:
        return title, []
    while len(kept) > 1 and len(kept[-1].split()) <= MAX_SITE_SUFFIX_WORDS and len(kept[-1]) < len(kept[0]):
        kept.pop()
    if len(kept) == len(parts):
        return title, []
    dropped = [p for p in parts if p not in kept]
    seps = _TITLE_SEP.findall(title)
    joined = (seps[0] if seps else " ").join(kept).strip() if len(kept) > 1 else kept[0].strip()
    return joined, dropped


def _headline_place(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return True
        verdict = classify(anc, anc.tag)
        if verdict is not None and verdict[0] in NOT_HEADLINE:
            return False
    return True


def title_from(page: Page, tags: dict[str, list[str]], ld: jsonld.LinkedData, site: str | None) -> str | None:
    title_el = page.root.find(".//title") if page.head is None else page.head.find("title")
    raw = [ld.headline, *(tags.get("og:title") or []), *(tags.get("twitter:title") or []),
           title_el.xpath("string()") if title_el is not None else None]
    declared = [v for v in map(clean_value, raw) if v]
    keys = [key(d) for d in declared]
    site_keys = {key(site)} if site else set()
    for value in declared:
        site_keys.update(key(p) for p in _split_site(value, site)[1])
    candidates = []
    for el in page.body.iter("h1"):
        text = clean_value(el.xpath("string()"))
        k = key(text) if text else ""
        if text and k not in site_keys:
            candidates.append((el, text))
        if len(candidates) >= MAX_H1S:
            break
    # of the headings that agree with a declared title, the one that covers most of it: a
    # section name ("News") can agree too, as a part of "Site - News - The Headline"
    agreeing = [text for _, text in candidates if any(_agrees(key(text), d) for d in keys)]
    if agreeing:
        return max(agreeing, key=lambda text: len(key(text)))
    for el, text in candidates:
        if (len(text) >= MIN_HEADLINE_CHARS or len(text.split()) >= MIN_HEADLINE_WORDS) and _headline_place(el):
            return text
    for value in declared:
        return strip_site(value, site)
    return candidates[0][1] if candidates else None


def _agrees(text_key: str, declared_key: str) -> bool:
    """Whether a heading is the declared title, or most of it (the rest being the site's name)."""
    if not text_key:
        return False
    return text_key == declared_key or (len(text_key) >= MIN_AGREEING_CHARS and text_key in declared_key)
