"""schema.org JSON-LD: the article object a page describes itself with, if any.

Pages put one or many `application/ld+json` scripts anywhere, as single objects,
lists, or `@graph`s; some hold trailing commas or CDATA wrappers. This finds the most
article-like object among them and reads its fields as plain values.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "Article",
    "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report",
    "SocialMediaPosting", "DiscussionForumPosting", "Review", "HowTo", "Recipe",
)
PAGE_TYPES = ("WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "CollectionPage")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPERS = re.compile(r"^\s*(?://)?\s*<!\[CDATA\[|//\s*\]\]>\s*$|\]\]>\s*$|^\s*<!--|-->\s*$")


@dataclass(slots=True)
class LinkedData:
    """The fields newsclean reads from the page's article object."""

    headline: str | None = None
    alternative_headline: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    organisation_authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)
    image: str | None = None
    url: str | None = None
    language: str | None = None
    body: str | None = None
    found: bool = False


def _load(text: str) -> Any:
    text = _WRAPPERS.sub("", text.strip())
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except ValueError:
        return None


def _objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every object in a JSON-LD document, @graph and lists flattened (depth-limited)."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [o for item in data for o in _objects(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    found = [data]
    graph = data.get("@graph")
    if graph is not None:
        found.extend(_objects(graph, depth + 1))
    main = data.get("mainEntity")
    if isinstance(main, (dict, list)):
        found.extend(_objects(main, depth + 1))
    return found


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t.split("/")[-1]]
    if isinstance(t, list):
        return [x.split("/")[-1] for x in t if isinstance(x, str)]
    return []


def _rank(obj: dict[str, Any]) -> int:
    types = _types(obj)
    for i, name in enumerate(ARTICLE_TYPES):
        if name in types:
            return i
    if any(t in PAGE_TYPES for t in types):
        return len(ARTICLE_TYPES) + 1
    return -1


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("url") or value.get("@id"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _people(value: Any, nodes: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of an author field. An author given only by its
    "@id" (Yoast and other SEO plugins) is the node of that id elsewhere on the page."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item in nodes:
            item = nodes[item]
        elif isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        if isinstance(item, str):
            people.append(item)
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                continue
            (orgs if "Organization" in _types(item) else people).append(name)
    return people, orgs


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in value.split(",") if k.strip()]
    if isinstance(value, list):
        return [k.strip() for k in value if isinstance(k, str) and k.strip()]
    return []


def read(root: etree._Element) -> LinkedData:
    """The page's best article object, read into a LinkedData."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind and script.text:
            found.extend(_objects(_load(script.text)))
    candidates = [o for o in found if _rank(o) >= 0]
    if not candidates:
        return LinkedData()
    best = min(candidates, key=_rank)
    nodes = {o["@id"]: o for o in found if isinstance(o.get("@id"), str) and "name" in o}
    people, orgs = _people(best.get("author") or best.get("creator"), nodes)
    publisher = best.get("publisher")
    return LinkedData(
        headline=_text(best.get("headline")) or _text(best.get("name")),
        alternative_headline=_text(best.get("alternativeHeadline")),
        description=_text(best.get("description")),
        authors=people,
        organisation_authors=orgs,
        published=_text(best.get("datePublished")) or _text(best.get("dateCreated")),
        modified=_text(best.get("dateModified")),
        publisher=_text(publisher) if publisher else None,
        section=_text(best.get("articleSection")),
        keywords=_keywords(best.get("keywords")),
        image=_text(best.get("image") or best.get("thumbnailUrl")),
        url=_text(best.get("url")) or _text(best.get("mainEntityOfPage")),
        language=_text(best.get("inLanguage")),
        body=best.get("articleBody") if isinstance(best.get("articleBody"), str) else None,
        found=True,
    )
