"""Stage 6 (read first, before pruning): metadata from every source a page offers.

Order of trust, field by field (the first source that gives a usable value wins):

- title: the visible <h1> (or the piece of it, or the <h2>) that agrees with a declared title;
  else the <h1> in the headline's place; else JSON-LD headline, og:title, twitter:title,
  <title>, each with any " | Site Name" part cut off (titles.py has the order)
- authors: JSON-LD author (people, not organisations), article:author / author /
  dc.creator / parsely-author / sailthru.author meta tags, byline elements
  (class "byline"/"author", itemprop=author, rel=author), then byline lines in the body
- published / updated: `dates_choice` (declared dates checked against the header's date line)
- site_name: og:site_name, JSON-LD publisher, application-name
- language: <html lang>, content-language, og:locale, JSON-LD inLanguage
- section / tags / image / url: article:section, article:tag, og:image, canonical link ...
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from newsclean import dates, dates_choice, jsonld
from newsclean.author_choice import choose_authors, choose_credit, dedupe
from newsclean.bylines import Byline, byline_anywhere, byline_elements, byline_near_title
from newsclean.metadata_sources import dek_element, meta_tags
from newsclean.parse import Page
from newsclean.signatures import signature
from newsclean.text import squash
from newsclean.titles import title_from

_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?$")


@dataclass(slots=True)
class Meta:
    url: str | None = None
    base: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    # when no person is named: the credit the page gives as its author (an organisation, team or
    # desk, or a person's name read as a credit, see credits.py), and which of the two it is
    credit: str | None = None
    credit_kind: str | None = None
    byline: str | None = None
    published: str | None = None
    first_published: str | None = None
    updated: str | None = None
    site_name: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    description: str | None = None
    body_hint: str | None = None  # JSON-LD articleBody, a check on the content finder


def read(page: Page, url: str | None) -> Meta:
    """Everything the page says about itself, before any of it is pruned."""
    tags = meta_tags(page.root)
    ld = jsonld.read(page.root)
    meta = Meta()
    meta.site_name = _first(tags.get("og:site_name"), [ld.publisher], tags.get("application-name"))
    meta.url = _canonical(page.root, tags, ld, url)
    meta.base = _base(page.root, url or meta.url)
    meta.title = title_from(page, tags, ld, meta.site_name)
    meta.subtitle = dek_element(page.body) or ld.alternative_headline
    meta.description = _first(tags.get("description"), tags.get("og:description"), [ld.description])
    byline = byline_elements(page.body, meta.site_name)
    if not byline.names:
        near = byline_near_title(page.body, meta.site_name, meta.title)
        byline = near if near.names or not byline.organisation else byline
    if not byline.names:
        anywhere = byline_anywhere(page.body, meta.site_name)
        byline = anywhere if anywhere.names else byline
    if not byline.names and (signed := signature(page.body, meta.site_name)):
        byline = Byline(signed[0], signed)
    meta.byline = byline.text
    meta.authors = choose_authors(tags, ld, byline.names, meta.site_name, page.body)
    if not meta.authors:
        meta.credit, meta.credit_kind = choose_credit(tags, ld, byline.organisation, meta.site_name)
    meta.language = _language(page.root, tags, ld.language)
    dayfirst = dates.day_first(meta.language)
    found = dates_choice.read(page.body, tags, ld, meta.url or url, meta.title, dayfirst)
    meta.published, meta.first_published, meta.updated = found.published, found.first_published, found.updated
    meta.section = _first(tags.get("article:section"), [ld.section], tags.get("parsely-section"),
                          tags.get("section"))
    meta.tags = dedupe(_split_keywords(tags.get("article:tag")) or ld.keywords or _split_keywords(
        tags.get("news_keywords") or tags.get("keywords")))
    image = _first(tags.get("og:image"), tags.get("og:image:url"), tags.get("twitter:image"), [ld.image])
    meta.image = urljoin(meta.base or "", image) if image and meta.base else image
    meta.body_hint = ld.body
    return meta


def _first(*sources: Sequence[str | None] | None) -> str | None:
    for values in sources:
        for value in values or ():
            if value and value.strip():
                return squash(value)
    return None


def _split_keywords(values: list[str] | None) -> list[str]:
    """Tags from one or more meta values, each possibly a comma-separated list."""
    return [k.strip() for value in values or () for k in value.split(",") if k.strip()]


def _canonical(root: etree._Element, tags: dict[str, list[str]], ld: jsonld.LinkedData,
               url: str | None) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            href = link.get("href", "").strip()
            return urljoin(url, href) if url else href
    found = _first(tags.get("og:url"), [ld.url])
    if found and found.startswith(("http://", "https://")):
        return found
    return url


def _base(root: etree._Element, url: str | None) -> str | None:
    base = root.find(".//base")
    href = base.get("href") if base is not None else None
    if href:
        return urljoin(url, href) if url else href
    return url


def _language(root: etree._Element, tags: dict[str, list[str]], ld_value: str | None) -> str | None:
    raw = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    raw = raw or _first(tags.get("content-language"), tags.get("og:locale"), tags.get("language"),
                        [ld_value])
    if not raw:
        return None
    m = _LOCALE.match(raw.strip().split(",")[0].strip())
    if not m:
        return None
    lang, region = m.group(1).lower(), m.group(2)
    return f"{lang}-{region.upper()}" if region else lang
