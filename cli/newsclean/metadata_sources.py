"""Readers for the page's own statements: meta tags, byline elements, titles."""

from __future__ import annotations

import re

from lxml import etree

from newsclean import jsonld
from newsclean import patterns as P
from newsclean.authors import split_names
from newsclean.parse import Page
from newsclean.prune import class_hint
from newsclean.text import key, squash

# byline candidates, found in C by libxml2 before any Python looks at them
_BYLINE_XPATH = etree.XPath(
    './/*[@rel="author" or @itemprop="author" or contains(@class,"yline") or '
    'contains(@class,"uthor") or contains(@id,"uthor") or contains(@class,"riter") or '
    'contains(@class,"eporter") or contains(@id,"yline")]'
)
MAX_BYLINE_CHARS = 200
# separators between a headline and the site name in <title> / og:title
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|:)\s+")
MAX_SITE_SUFFIX_WORDS = 5


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


def byline_elements(body: etree._Element, site: str | None) -> tuple[str | None, list[str]]:
    """(raw byline text, names) from the page's byline elements, outermost first."""
    raw: str | None = None
    names: list[str] = []
    for el in _BYLINE_XPATH(body):
        hint = class_hint(el)
        is_marked = el.get("rel") == "author" or el.get("itemprop") == "author"
        if not is_marked and not (hint and P.BYLINE_HINT.search(hint)):
            continue
        if hint and (P.BIO_HINT.search(hint) or P.HINTS_AUTHOR_BOX.search(hint)):
            continue
        text = squash(" ".join(el.itertext()))
        if not text or len(text) > MAX_BYLINE_CHARS:
            continue
        found = split_names(text, site)
        if raw is None and found:
            raw = text
        for name in found:
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        if len(names) >= 6:
            break
    return raw, names


def strip_site(title: str, site: str | None) -> str:
    """A title without the " | Site Name" part many pages add to it."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    site_key = key(site) if site else ""
    kept = [p for p in parts if not (site_key and (key(p) == site_key or key(p) in site_key))]
    if not kept:
        return title
    while len(kept) > 1 and len(kept[-1].split()) <= MAX_SITE_SUFFIX_WORDS and len(kept[-1]) < len(kept[0]):
        kept.pop()
    seps = _TITLE_SEP.findall(title)
    if len(kept) == len(parts):
        return title
    return (seps[0] if seps else " ").join(kept).strip() if len(kept) > 1 else kept[0].strip()


def title_from(page: Page, tags: dict[str, list[str]], ld: jsonld.LinkedData, site: str | None) -> str | None:
    """The headline: the visible <h1> if it agrees with a declared title, else a declared one."""
    title_el = page.root.find(".//title") if page.head is None else page.head.find("title")
    declared_raw: list[str | None] = [
        ld.headline,
        *(tags.get("og:title") or []),
        *(tags.get("twitter:title") or []),
        squash(title_el.xpath("string()")) if title_el is not None else None,
    ]
    declared = [squash(d) for d in declared_raw if d and d.strip()]
    keys = [key(d) for d in declared]
    for h1 in page.body.iter("h1"):
        text = squash(h1.xpath("string()"))
        if not text:
            continue
        k = key(text)
        if any(k and (k == d or (len(k) >= 10 and k in d)) for d in keys):
            return text
    for value in declared:
        return strip_site(value, site)
    for h1 in page.body.iter("h1"):
        text = squash(h1.xpath("string()"))
        if text:
            return text
    return None
