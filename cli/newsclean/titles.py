"""The headline: what the page shows in its <h1>, checked against what it declares.

Order: an <h1> that says what a declared title (JSON-LD headline, og:title, twitter:title,
<title>, with the site's name cut off) says; else the piece of an <h1> that does (a
section label or a date set beside it in the heading); else a heading that is a part of a
declared title (between its separators, not the site's name) or most of one: an <h1> in
the headline's place first, then an <h2> (a blog's <h1> is often its name, the post's
title an <h2>), then any <h1>; else the first <h1> that reads like a headline in the
headline's place (not the site's logo, not in the masthead, menus or sidebars: the
article's own header, "entry-header", is no masthead); else a declared title with its
" | Site Name" part cut off. An <h1>'s text leaves out a kicker, a subtitle and
screen-reader text set inside it (see headings.py).
"""

from __future__ import annotations

import re

from lxml import etree

from newsclean import jsonld
from newsclean.headings import clean_value, headline_text, parts
from newsclean.hints import classify, is_hidden
from newsclean.model import Category
from newsclean.parse import Page
from newsclean.text import key

# separators between a headline and the site name in <title> / og:title
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|:)\s+")
_SEP_AT_END = re.compile(_TITLE_SEP.pattern + "$")
MAX_SITE_SUFFIX_WORDS = 5
# an <h1> that is a headline says something: a few words at least
MIN_HEADLINE_CHARS = 15
MIN_HEADLINE_WORDS = 3
MAX_H1S = 5
# a declared title split in more parts than this is a list of keywords, not "Headline | Site"
MAX_TITLE_PARTS = 6
Heading = tuple[etree._Element, str]
# a heading found inside a declared title must be this long to count as agreeing with it
MIN_AGREEING_CHARS = 10
# the piece of a heading taken for the headline is most of it: the rest is a label or a subtitle
MIN_PART_SHARE = 0.5
# where an <h1> is the site's logo or a widget's heading, not the article's headline
NOT_HEADLINE = frozenset({Category.HEADER, Category.NAVIGATION, Category.FOOTER, Category.SIDEBAR,
                          Category.RELATED, Category.TRENDING, Category.COMMENTS, Category.ADVERTISEMENT,
                          Category.COOKIE_BANNER, Category.NEWSLETTER})


def strip_site(title: str, site: str | None, whole: bool = False) -> str:
    """A title without the " | Site Name" part many pages add to it (`whole`: a title known
    to have no such part but the site's own name)."""
    kept, _ = _split_site(title, site, whole)
    return kept


def headlines(declared: list[str], site: str | None) -> list[str]:
    """The declared titles without the site's name. A title that another declared title
    repeats with more after a separator ("Headline - Site" beside "Headline") is whole:
    the page shows where its site name goes, so its own dashes are the headline's."""
    out = []
    for value in declared:
        whole = any(len(other) > len(value) and (
            (other.startswith(value) and _TITLE_SEP.match(other, len(value)) is not None)
            or (other.endswith(value) and _SEP_AT_END.search(other[: len(other) - len(value)]) is not None))
            for other in declared)
        out.append(strip_site(value, site, whole))
    return out


def _split_site(title: str, site: str | None, whole: bool = False) -> tuple[str, list[str]]:
    """(the headline part of a declared title, the parts taken for the site's name)."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title, []
    site_key = key(site) if site else ""
    kept = [p for p in parts if not (site_key and (key(p) == site_key or key(p) in site_key))]
    if not kept:
        return title, []
    while not whole and len(kept) > 1 and _site_like(kept[-1], kept[0]):
        kept.pop()
    if len(kept) == len(parts):
        return title, []
    dropped = [p for p in parts if p not in kept]
    return _joined(title, parts, kept), dropped


def _site_like(part: str, first: str) -> bool:
    """A short part after the headline: a site's or a section's name."""
    return len(part.split()) <= MAX_SITE_SUFFIX_WORDS and len(part) < len(first)


def _joined(title: str, parts: list[str], kept: list[str]) -> str:
    """The kept parts of a title, with the separators the title has between them."""
    if len(kept) == 1:
        return kept[0].strip()
    seps = _TITLE_SEP.findall(title)
    first = parts.index(kept[0])
    if parts[first:first + len(kept)] != kept:  # parts cut from the middle: one separator for all
        return seps[0].join(kept).strip()
    return ("".join(part + seps[first + i] for i, part in enumerate(kept[:-1])) + kept[-1]).strip()


# the article's own container: chrome names further out belong to a layout wrapper
ARTICLE_TAGS = frozenset({"article", "main"})


def _headline_place(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("body", "html") or anc.tag in ARTICLE_TAGS:
            return True
        verdict = classify(anc, anc.tag)
        if verdict is None or verdict[0] not in NOT_HEADLINE:
            continue
        return False
    return True


def title_from(page: Page, tags: dict[str, list[str]], ld: jsonld.LinkedData, site: str | None) -> str | None:
    title_el = page.root.find(".//title") if page.head is None else page.head.find("title")
    raw = [ld.headline, *(tags.get("og:title") or []), *(tags.get("twitter:title") or []),
           title_el.xpath("string()") if title_el is not None else None]
    declared = [v for v in map(clean_value, raw) if v]
    title = _headline(page, declared, site)
    return _declared_case(title, declared) if title else None


def _declared_case(title: str, declared: list[str]) -> str:
    """A headline set in capitals (or all in lower case) in the page, in the case a declared
    title gives the same words: the capitals are a display style, the words' case is not."""
    if not (title.isupper() or title.islower()):
        return title
    want = key(title)
    for value in declared:
        for form in (value, *_TITLE_SEP.split(value)):
            if key(form) == want and not (form.isupper() or form.islower()):
                return form.strip()
    return title


def _headline(page: Page, declared: list[str], site: str | None) -> str | None:
    keys = [key(d) for d in declared]
    site_keys = {key(site)} if site else set()
    for value in declared:
        site_keys.update(key(p) for p in _split_site(value, site)[1])
    h1s, h2s = _headings(page.body, site, site_keys)
    cut = headlines(declared, site)
    same = {k for k in (*keys, *map(key, cut)) if k}
    # a heading that holds a declared title and more, in pieces of its own: the headline is
    # the piece the page declares ("<span>Local News |</span> <span>The headline</span>"),
    # even when another declared title has the label too
    for el, text in h1s:
        part = _declared_part(el, text, same - {key(text)})
        if part:
            return part
    # a heading that says what a declared title says (once the site's name is cut from it)
    for _, text in h1s:
        if key(text) in same:
            return text
    # a heading that is one or more of the parts a declared title is made of, other than the
    # site's name ("Site » Blog » The Headline"): of those, the one that covers most of it.
    # A blog's <h1> can be its name, in the masthead, and the post's title an <h2>.
    runs = {run for d in declared for run in _part_runs(d, site_keys)}
    placed = [(el, text) for el, text in h1s if _headline_place(el)]
    agreeing = (_agreeing(placed, runs, keys) or [text for _, text in h2s if key(text) in runs]
                or _agreeing(h1s, runs, keys))
    if agreeing:
        return max(agreeing, key=lambda text: len(key(text)))
    for _, text in placed:  # a heading cut short, the first few words of a declared title: the title
        longer = [c for c in cut if key(text) and key(c).startswith(key(text))
                  and len(key(text)) < AGREEING_SHARE * len(key(c))]
        if longer:
            return longer[0]
    for _, text in placed:
        if len(text) >= MIN_HEADLINE_CHARS or len(text.split()) >= MIN_HEADLINE_WORDS:
            return text
    for value in cut:
        return value
    return h1s[0][1] if h1s else None


def _agreeing(headings: list[Heading], runs: set[str], keys: list[str]) -> list[str]:
    """The headings that are parts of a declared title, or most of one."""
    return [text for _, text in headings if key(text) in runs or any(_agrees(key(text), d) for d in keys)]


def _headings(body: etree._Element, site: str | None, site_keys: set[str]) -> tuple[list[Heading], list[Heading]]:
    """The first <h1>s and <h2>s with their headline text, but those that are the site's name.
    A heading hidden from view (for screen readers) often copies the <title>: its site name is
    cut as from a declared title; a visible one loses a " - Site Name" part only."""
    found: dict[str, list[Heading]] = {"h1": [], "h2": []}
    site_key = key(site) if site else ""
    for el in body.iter("h1", "h2"):
        bucket = found[el.tag]
        if len(bucket) < MAX_H1S:
            text = headline_text(el)
            if is_hidden(el):
                text = strip_site(text, site)
            elif site_key:
                text = _without_site_name(text, site_key)
            if text and key(text) not in site_keys:
                bucket.append((el, text))
        elif len(found["h1"]) >= MAX_H1S and len(found["h2"]) >= MAX_H1S:
            break
    return found["h1"], found["h2"]


def _without_site_name(text: str, site_key: str) -> str:
    """A heading without the separated parts that are the site's own name."""
    parts = _TITLE_SEP.split(text)
    kept = [p for p in parts if key(p) != site_key]
    return _joined(text, parts, kept) if kept and len(kept) < len(parts) else text


def _part_runs(title: str, site_keys: set[str]) -> set[str]:
    """The keys of each run of consecutive parts of a title split at its separators, but
    those that hold the site's name."""
    keys = [key(p) for p in _TITLE_SEP.split(title)[:MAX_TITLE_PARTS]]
    runs = set()
    for i in range(len(keys)):
        for j in range(i, len(keys)):
            if keys[j] in site_keys:
                break
            runs.add(" ".join(keys[i:j + 1]))
    return {run for run in runs if len(run) >= MIN_AGREEING_CHARS}


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


# ... and cover this share of it: a heading that is only the first words of a declared title
# (a heading cut short where the page's markup broke) does not stand for it
AGREEING_SHARE = 0.4


def _agrees(text_key: str, declared_key: str) -> bool:
    """Whether a heading is the declared title, or most of it (the rest being the site's name)."""
    if not text_key:
        return False
    return text_key == declared_key or (len(text_key) >= MIN_AGREEING_CHARS and text_key in declared_key
                                        and len(text_key) >= AGREEING_SHARE * len(declared_key))
