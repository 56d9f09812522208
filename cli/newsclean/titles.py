"""The headline: what the page shows in its <h1>, checked against what it declares.

Order: an <h1> that says what a declared title (JSON-LD headline, og:title, twitter:title,
<title>) says; else the piece of an <h1> that does (a section label or a date set beside it
in the heading); else an <h1> that is most of a declared title; else the first <h1> that
reads like a headline (not the site's logo, not in the masthead, menus or sidebars: the
article's own header, "entry-header", is no masthead); else a declared title with its
" | Site Name" part cut off. An <h1>'s text leaves out a kicker, a subtitle and
screen-reader text set inside it (see headings.py).
"""

from __future__ import annotations

import re

from lxml import etree

from newsclean import jsonld
from newsclean.headings import clean_value, headline_text, parts
from newsclean.hints import class_hint, classify
from newsclean.model import Category
from newsclean.parse import Page
from newsclean.text import key

# separators between a headline and the site name in <title> / og:title
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|:)\s+")
MAX_SITE_SUFFIX_WORDS = 5
# an <h1> that is a headline says something: a few words at least
MIN_HEADLINE_CHARS = 15
MIN_HEADLINE_WORDS = 3
MAX_H1S = 5
# a heading found inside a declared title must be this long to count as agreeing with it
MIN_AGREEING_CHARS = 10
# the piece of a heading taken for the headline is most of it: the rest is a label or a subtitle
MIN_PART_SHARE = 0.5
# where an <h1> is the site's logo or a widget's heading, not the article's headline
NOT_HEADLINE = frozenset({Category.HEADER, Category.NAVIGATION, Category.FOOTER, Category.SIDEBAR,
                          Category.RELATED, Category.TRENDING, Category.COMMENTS, Category.ADVERTISEMENT,
                          Category.COOKIE_BANNER, Category.NEWSLETTER})


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


# a "header" named after the article (entry-header, post-header, article-header) holds the
# article's headline; only the site's own header (masthead, site-header) holds a logo <h1>
_ARTICLE_HEADER = re.compile(r" (?:entry|post|article|story|blog|single|content|hero|title|headline|intro)[a-z0-9]* ")
# the article's own container: chrome names further out belong to a layout wrapper
ARTICLE_TAGS = frozenset({"article", "main"})


def _headline_place(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("body", "html") or anc.tag in ARTICLE_TAGS:
            return True
        verdict = classify(anc, anc.tag)
        if verdict is None or verdict[0] not in NOT_HEADLINE:
            continue
        if verdict[0] is Category.HEADER and _ARTICLE_HEADER.search(class_hint(anc)):
            continue
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
        text = headline_text(el)
        if text and key(text) not in site_keys:
            candidates.append((el, text))
        if len(candidates) >= MAX_H1S:
            break
    # a heading that says what a declared title says (once the site's name is cut from it)
    same = {k for k in (*keys, *(key(strip_site(d, site)) for d in declared)) if k}
    for _, text in candidates:
        if key(text) in same:
            return text
    # a heading that holds a declared title and more, in pieces of its own: the headline is
    # the piece the page declares ("<span>Local News |</span> <span>The headline</span>")
    for el, text in candidates:
        part = _declared_part(el, text, same)
        if part:
            return part
    # of the headings that are most of a declared title, the one that covers most of it: a
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


def _declared_part(el: etree._Element, text: str, declared_keys: set[str]) -> str | None:
    """The piece of a heading that is a declared title, when it is most of the heading."""
    text_key = key(text)
    wanted = [k for k in declared_keys if len(k) >= MIN_AGREEING_CHARS and k in text_key]
    if not wanted:
        return None
    for part in parts(el):
        part_key = key(part)
        if part_key in wanted and len(part_key) >= MIN_PART_SHARE * len(text_key):
            return part
    return None


def _agrees(text_key: str, declared_key: str) -> bool:
    """Whether a heading is the declared title, or most of it (the rest being the site's name)."""
    if not text_key:
        return False
    return text_key == declared_key or (len(text_key) >= MIN_AGREEING_CHARS and text_key in declared_key)
