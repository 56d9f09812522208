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

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from newsclean import dates, dates_choice, jsonld
from newsclean.author_names import handle_name, lowercase_name
from newsclean.authors import split_names
from newsclean.bylines import byline_anywhere, byline_elements, byline_near_title
from newsclean.credits import credit_kind, org_credit
from newsclean.metadata_sources import dek_element, meta_tags
from newsclean.parse import Page
from newsclean.text import squash
from newsclean.titles import title_from

AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
               "sailthru.author", "byl", "citation_author", "twitter:creator:name", "og:article:author")
# what twitter:labelN says of an author in twitter:dataN (Yoast writes it in the site's language)
AUTHOR_LABELS = ("written by", "author", "by", "verfasst von", "geschrieben von", "autor", "autorin", "auteur",
                 "écrit par", "escrito por", "autore", "scritto da", "geschreven door", "door")
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
    meta.byline = byline.text
    meta.authors = _authors(tags, ld, byline.names, meta.site_name)
    if not meta.authors:
        meta.credit, meta.credit_kind = _credit(tags, ld, byline.organisation, meta.site_name)
    meta.language = _language(page.root, tags, ld.language)
    dayfirst = dates.day_first(meta.language)
    meta.published, meta.updated = dates_choice.read(page.body, tags, ld, meta.url or url, meta.title, dayfirst)
    meta.section = _first(tags.get("article:section"), [ld.section], tags.get("parsely-section"),
                          tags.get("section"))
    meta.tags = _dedupe(_split_keywords(tags.get("article:tag")) or ld.keywords or _split_keywords(
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


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        v = squash(v)
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


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


def _authors(tags: dict[str, list[str]], ld: jsonld.LinkedData, byline_names: list[str],
             site: str | None) -> list[str]:
    full_byline = any(" " in n for n in byline_names)
    if ld.authors:  # JSON-LD written by templates can carry HTML entities ("O&#039;Donnell")
        names = [n for raw in ld.authors for n in split_names(html.unescape(raw), site, strict=True)]
        if names and not (full_byline and _one_word(names)):
            return _dedupe(names)
    keyed = [(k, d) for k, d in _declared_keyed(tags) if d not in ld.organisation_authors]  # typed as a body
    declared = [d for _, d in keyed]
    for key, raw in keyed:
        names = split_names(_first_last(raw) if key.startswith("citation_") else raw, site, strict=True)
        if names and not (full_byline and _one_word(names)):
            return _dedupe(names)
    if byline_names:
        return byline_names
    # no person's name anywhere: a name in lower case, or a user name, the page declares as its author
    return next(([h] for raw in (*ld.authors, *declared) if (h := lowercase_name(raw, site) or handle_name(raw, site))),
                [])


def _one_word(names: list[str]) -> bool:
    """Names of one word each ("ACME-MAG", "Kai"): where the byline gives a full name, the
    field held the site's name or a user name."""
    return all(" " not in n for n in names)


def _declared(tags: dict[str, list[str]]) -> list[str]:
    """The author meta tags' values, in order of trust (links and handles left out)."""
    return [raw for _, raw in _declared_keyed(tags)]


def _declared_keyed(tags: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(key, raw) for key in (*AUTHOR_KEYS, *_labelled(tags, *AUTHOR_LABELS))
            for raw in tags.get(key, []) if not raw.startswith(("http://", "https://", "@"))]


_LAST_FIRST = re.compile(r"^\s*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?),"
                         r"\s*([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)*)\s*$")


def _first_last(raw: str) -> str:
    """Citation meta tags (Highwire) name authors "Doe, Jane": as written in a byline."""
    m = _LAST_FIRST.match(raw)
    return f"{m.group(2)} {m.group(1)}" if m else raw


def _credit(tags: dict[str, list[str]], ld: jsonld.LinkedData, in_byline: str | None,
            site: str | None) -> tuple[str | None, str | None]:
    """(credit, kind) of the author credit where no person's name was read: JSON-LD, then the
    author meta tags, then the byline (a publisher named only as the publisher is no credit)."""
    typed = len(ld.organisation_authors)
    for i, raw in enumerate((*ld.organisation_authors, *ld.authors, *_declared(tags), in_byline or "")):
        credit = org_credit(raw)
        if credit:
            return credit, credit_kind(credit, site, organisation=i < typed)
    return None, None


def _labelled(tags: dict[str, list[str]], *labels: str) -> list[str]:
    """twitter:dataN keys whose twitter:labelN says what they hold ("Written by")."""
    keys = []
    for n in "1234":
        label = (tags.get(f"twitter:label{n}") or [""])[0].strip().lower()
        if label in labels:
            keys.append(f"twitter:data{n}")
    return keys


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
