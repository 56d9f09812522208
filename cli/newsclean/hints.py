"""Reading an element's names: its class and id as hint tokens, and the chrome they name.

Both are cached: class strings repeat across elements and pages ("menu-item",
"entry-content"), and the same hint always means the same thing.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from newsclean import patterns as P
from newsclean.model import Category

Verdict = tuple[Category, str, bool]  # (category, rule, strong)


@lru_cache(maxsize=65536)
def _hint_of(cls: str, ident: str, data: str) -> str:
    if "-" in cls:
        cls = P.TAXONOMY_CLASS.sub(" ", cls)
    if not cls and not ident and not data:
        return ""
    return P.hint_tokens(f"{cls} {ident} {data}")


def class_hint(el: etree._Element) -> str:
    """The class and id of an element (and the component names some sites keep in data-
    attributes), taxonomy, state and generated names dropped, as tokens."""
    data = el.get("data-component") or el.get("data-gu-name") or el.get("data-testid") or ""
    return _hint_of(el.get("class") or "", el.get("id") or "", data)


@lru_cache(maxsize=65536)
def hint_verdict(hint: str) -> Verdict | None:
    """The chrome category a hint names (the first of patterns.HINTS that matches)."""
    if not P.ANY_HINT.search(hint):
        return None
    for category, rule, pattern, strong in P.HINTS:
        if pattern.search(hint):
            return category, rule, strong
    return None


def is_hidden(el: etree._Element) -> str | None:
    """The rule that makes an element invisible, or None."""
    if el.get("hidden") is not None:
        return "hidden attribute"
    if el.get("aria-hidden") == "true" and el.tag not in ("img", "picture"):
        return "aria-hidden"
    style = el.get("style")
    if style and P.HIDDEN_STYLE.search(style):
        return "display:none style"
    cls = el.get("class")
    if cls:
        names = cls.split()
        if any(n in P.HIDDEN_CLASSES for n in names) and not any(
            P.RESPONSIVE_CLASS.search(n) for n in names
        ):
            return "hidden class"
    return None


# schema.org microdata properties whose element holds values for machines (a publisher's name, an
# image URL and its width, keywords), printed in the page and often hidden by its stylesheet
MICRODATA_VALUES = frozenset({
    "publisher", "image", "logo", "thumbnail", "thumbnailUrl", "mainEntityOfPage", "isPartOf", "keywords",
    "articleSection", "genre", "width", "height", "dateCreated", "datePublished", "dateModified", "wordCount",
    "inLanguage", "copyrightHolder", "copyrightYear", "sourceOrganization",
})


# a page header holds a logo, menus and a search box; paragraphs of this much text are
# content (a section of the story marked up as a <header>)
MAX_HEADER_PARAGRAPH_CHARS = 400


def holds_paragraphs(el: etree._Element, limit: int = MAX_HEADER_PARAGRAPH_CHARS) -> bool:
    """Whether the element's <p> paragraphs hold more than `limit` characters."""
    size = 0
    for p in el.iter("p"):
        size += len("".join(p.itertext()).strip())
        if size > limit:
            return True
    return False


# a table's parts named by layout words ("table-header", "table-footer") are the table's head and
# foot, not the page's: weak hints are not believed on them
TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"})


def _believed(verdict: Verdict, hint: str, tag: str) -> bool:
    """Whether a hint's verdict holds for this element: a "header" named after the article is
    the article's own, and a weak layout word on a table's part names the table's head or foot."""
    category, _rule, strong = verdict
    if category is Category.HEADER and P.ARTICLE_HEADER_HINT.search(hint):
        return False
    return strong or tag not in TABLE_TAGS


def classify(el: etree._Element, tag: str) -> Verdict | None:
    """(category, rule, strong) for an element that looks like page chrome, else None."""
    itemprop = el.get("itemprop")
    if itemprop in MICRODATA_VALUES and el.find(".//img") is None and el.find(".//figcaption") is None:
        return Category.METADATA, f"microdata {itemprop}", True  # machine values, not prose
    hint = class_hint(el)
    if hint:
        verdict = hint_verdict(hint)
        if verdict is not None and _believed(verdict, hint, tag):
            return verdict
        if P.PULLQUOTE_HINT.search(hint):  # an <aside> pull quote: the parts stage judges it
            return None
    role = el.get("role")
    if role and role in P.CHROME_ROLES:
        return P.CHROME_ROLES[role], f"role={role}", False
    if tag in P.CHROME_TAGS:
        return P.CHROME_TAGS[tag], f"<{tag}>", False
    if tag == "header" and el.find(".//h1") is None and not holds_paragraphs(el):
        return Category.HEADER, "<header> without headline", False
    hidden = is_hidden(el)
    if hidden:
        return Category.HIDDEN, hidden, False
    return None
