"""Bylines on the page: elements marked or named as the author's, and "By ..." lines under the
headline, read into the people they name or, failing people, the organisation they credit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree

from newsclean import patterns as P
from newsclean.author_names import dated_name, handle_name, labelled_handle, labelled_names
from newsclean.authors import MAX_BYLINE_LINE_CHARS, byline_names, split_names
from newsclean.credits import byline_line_credit, element_credit
from newsclean.hints import class_hint
from newsclean.inline import visible_text
from newsclean.metadata_sources import in_chrome, near_title_lines
from newsclean.reviewers import opens_with_label
from newsclean.text import squash

MAX_BYLINE_CHARS = 200
# Drupal's "Submitted by Jane Doe on ..." ("Gespeichert von" in German)
_SUBMITTED_HINT = re.compile(r" submitted ")


@dataclass(slots=True)
class Byline:
    """What the page's byline elements say: the first one's text, the people it names, and
    failing people, the organisation the first byline credits ("Acme Editorial Team")."""

    text: str | None = None
    names: list[str] = field(default_factory=list)
    organisation: str | None = None


def byline_elements(body: etree._Element, site: str | None) -> Byline:
    """The article's byline: the first byline element outside comments, sidebars and teaser
    lists that names somebody, and its neighbours (co-authors linked one by one)."""
    raw: str | None = None
    names: list[str] = []
    organisation: str | None = None
    org_text: str | None = None
    block: etree._Element | None = None
    by_links_only = True  # so far, names came from links to author pages alone
    for el in _byline_candidates(body):
        if block is not None and not _within(el, block):
            break
        hint = _byline_hint(el)
        linked = _author_link(el) and el.get("rel") != "author"
        if linked and not by_links_only:
            continue  # a byline named the authors: other author-page links near it ("Reviewed by") are not
        is_marked = el.get("rel") == "author" or el.get("itemprop") == "author" or linked
        if not is_marked and not (hint and (P.BYLINE_HINT.search(hint) or _SUBMITTED_HINT.search(hint))):
            continue
        text = visible_text(el)
        if not text or len(text) > MAX_BYLINE_CHARS or in_chrome(el, byline=True):
            continue
        boxed = bool(hint) and bool(P.BIO_HINT.search(hint) or P.HINTS_AUTHOR_BOX.search(hint))
        if boxed and (block is not None or len(text) > MAX_BOX_NAME_CHARS or _BIO_WORDS.search(hint)):
            continue  # a bio; but an author box or card holding only a name names the author
        found = [] if _reviewer(el) else split_names(text, site) or labelled_names(text, site)
        if linked:  # a link's text is a name only if it reads like one: "Astrologer" is a page title
            found = [name for name in found if len(name.split()) >= 2]
        if not found and (is_marked or _is_vcard_name(el)) and not (linked and text[:1].isupper()):
            handle = handle_name(text, site)  # a user name ("gizzmo"), never a capitalised word
            found = [handle] if handle else []
        elif not found and not linked and (handle := labelled_handle(text, site)):
            found = [handle]  # "Gespeichert von gizzmo am 24. Juli"
        if not found:
            if organisation is None:
                organisation = element_credit(text, (is_marked and not linked) or _is_vcard_name(el))
                org_text = text if organisation else None
            continue
        if boxed:  # the first author card: its name, not the cards of others next to it
            return Byline(text, found[:MAX_AUTHORS])
        if block is None:
            raw = text
            parent = el.getparent()
            block = parent.getparent() if parent is not None and parent.getparent() is not None else parent
        by_links_only = by_links_only and linked
        for name in found:
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        if len(names) >= MAX_AUTHORS:
            break
    return Byline(raw, names) if names else Byline(org_text, [], organisation)


MAX_AUTHORS = 8
# an element named like an author box or card that holds no more than a name is a byline
MAX_BOX_NAME_CHARS = 60
# the parts of an author box that describe the author rather than name her
_BIO_WORDS = re.compile(r" (?:bio|biography|description|desc|about|blurb|note|text|position|role|job) ")


def _byline_hint(el: etree._Element) -> str:
    """The element's hint, with the BEM modifiers class_hint drops ("node-block--authors")."""
    cls = el.get("class") or ""
    if "has-" in cls:  # "summary-item-has-author": an item that has an author, not the author
        return class_hint(el).replace(" has author ", " ")
    hint = class_hint(el)
    return hint + P.hint_tokens(cls.replace("--", " ")) if "--" in cls else hint


def _is_vcard_name(el: etree._Element) -> bool:
    """The name in an hCard author block (WordPress: span.author.vcard > a.url.fn.n)."""
    cls = f" {el.get('class') or ''} "
    if " fn " in cls:
        return True
    parent = el.getparent()
    return " vcard " in cls or (parent is not None and " vcard " in f" {parent.get('class') or ''} ")


def _byline_candidates(body: etree._Element) -> list[etree._Element]:
    """Elements marked as an author (rel, itemprop) or named like a byline, in page order.

    A plain Python walk with substring tests: three times faster here than the same
    test as an XPath `contains()` expression, which lxml evaluates per attribute node.
    Comments are skipped, each element's attributes read once at most, and a link's
    address is tested for author paths only when it holds their common start.
    """
    found: list[etree._Element] = []
    append = found.append
    for el in body.iter(etree.Element):
        get = el.get
        cls = get("class")
        if cls and ("uthor" in cls or "yline" in cls or "riter" in cls or "eporter" in cls or "ontributor" in cls
                    or "submitted" in cls):
            append(el)
            continue
        ident = get("id")
        marked = (ident and ("uthor" in ident or "yline" in ident)) or get("rel") == "author" or (
            get("itemprop") == "author")
        if marked or (el.tag == "a" and _author_link(el)):
            append(el)
    return found


_AUTHOR_PATHS = ("/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/auteurs/")
_AUTHOR_PATH_START = "/aut"  # what every one of them starts with: one test for most links


def _author_link(el: etree._Element) -> bool:
    """A link to an author's page (/author/jane-doe): its text is the author's name."""
    href = el.get("href") if el.tag == "a" else None
    return bool(href) and _AUTHOR_PATH_START in href and any(p in href for p in _AUTHOR_PATHS)  # type: ignore[operator]


# the credit of who checked the article, not who wrote it
# an editor's credit (a reviewer's is `reviewers.opens_with_label`)
_EDITED = re.compile(r"^\W*(?:edited|lektoriert)\b|^\W*lektorat\s*[:：]", re.I)
_REVIEWER_CLASS = re.compile(r"review|fact.?check", re.I)
# how far up a reviewer's label or class is looked for, from the name's element
REVIEWER_LEVELS = 5


def _reviewer(el: etree._Element) -> bool:
    """Whether a name in a byline element is a reviewer's ("Fact checked by <a>Jane Doe</a>",
    "bylines__group--fact_checker")."""
    for _ in range(REVIEWER_LEVELS):
        start = squash(" ".join(islice((t for t in el.itertext() if not t.isspace()), 3)))
        if opens_with_label(start) or _EDITED.match(start) or _REVIEWER_CLASS.search(el.get("class") or ""):
            return True
        parent = el.getparent()
        if parent is None:
            return False
        el = parent
    return False


def _within(el: etree._Element, block: etree._Element) -> bool:
    return any(anc is block for anc in el.iterancestors())


def byline_near_title(body: etree._Element, site: str | None, title: str | None = None) -> Byline:
    """A "By Jane Doe" line just under the headline, when no element is named as a byline;
    failing people, the first such line crediting an organisation ("By the Acme Team")."""
    organisation = org_text = None
    for line in near_title_lines(body, title):
        names = byline_names(line, site) or (
            labelled_names(line, site, colon=True) or dated_name(line, site) if len(line) <= MAX_BYLINE_LINE_CHARS
            else None)
        if names:
            return Byline(line, names)
        if organisation is None:
            organisation = byline_line_credit(line)
            org_text = line
    return Byline(org_text if organisation else None, [], organisation)


# the start of an element's own text that opens a byline ("Written by ", "Von ", "Author: ")
_OPENS_BYLINE = re.compile(
    r"^\s*+(?:[|·•–—-]\s*+)?(?:"  # possessive: a text of blanks fails at once, not once per blank
    r"(?:(?:written|posted|published|submitted|article|text|words|story)\s+)?(?:by|von|par|por)\b"
    r"|(?:geschrieben|verfasst|erstellt|eingestellt|gespeichert|ein beitrag|ein artikel|écrit|escrito|publié|"
    r"publicado)\s+(?:von|par|por)\b|(?:autor(?:in)?|author|auteur|redaktion)\s*[:：]"
    r"|autor(?:in|en)\s+(?-i:[A-ZÄÖÜ])"  # "Autoren Jane Doe und John Roe"
    r"|(?:autor(?:in|en)?|authors?|auteurs?|verfasser(?:in)?)\s*$)",  # a label heading alone: "<h4>Autor</h4>"
    re.I,
)


def byline_anywhere(body: etree._Element, site: str | None) -> Byline:
    """The first line on the page, outside comments and other chrome, that reads as a byline
    ("Written by <a>Jane Doe</a>", "<b>Von</b> Jane Doe"), wherever it sits: the last resort
    when no element is named as a byline and none stands under the headline."""
    opens = _OPENS_BYLINE.match
    for el in body.iter(etree.Element):  # elements only: comments hold no byline
        own = el.text
        if not own or not opens(own) or el.tag in _NOT_LINES:
            continue
        names, line = _line_names(el, own, site)
        if names and not in_chrome(el, byline=True) and not _reviewer(el):
            return Byline(line, names)
    return Byline()


def _line_names(el: etree._Element, own: str, site: str | None) -> tuple[list[str] | None, str]:
    """(names, line) of an element whose own text opens a byline: the label with the name in
    the first child ("Written by <a>Jane Doe</a> ... more"), the element's whole short text,
    or the start of a longer one ("Von Jane Doe 27.1.2022 - Bei der ..."); when the element
    holds the label alone, its parent's text ("<span>By</span> <a>Jane Doe</a>")."""
    label = _OPENS_BYLINE.match(own)
    child = next(iter(el), None)
    label_only = label is not None and len(own.strip()) <= len(label.group(0).strip()) + 1
    own = _LABEL_WORD.sub(r"\1:", own)  # "<h4>Autor</h4>": the element's end stands for the colon
    lines = []
    if label_only and child is not None:  # "Written by <a>Jane Doe</a>"
        lines.append(squash(f"{own} {visible_text(child)}"))
    sibling = el.getnext()
    tail = squash(el.tail or "")
    if label_only and child is None and tail:  # "<h5>Autor:</h5> Jane Doe"
        lines.append(squash(f"{own} {tail}"))
    elif label_only and child is None and sibling is not None:  # "<span>By</span><span>Jane Doe</span>"
        lines.append(squash(f"{own} {visible_text(sibling)}"))
    whole = visible_text(el)
    parent = el.getparent()
    if label_only and parent is not None:
        whole = visible_text(parent)
    lines.append(whole if len(whole) <= MAX_BYLINE_LINE_CHARS else whole[:MAX_BYLINE_LINE_CHARS].rsplit(" ", 1)[0])
    for line in lines:
        names = byline_names(line, site) or (labelled_names(line, site) if len(line) <= MAX_BYLINE_LINE_CHARS else None)
        if names and _after_label(line, names[0]) and (" " in names[0] or label_only or _label_and_name(line, names)):
            return names, line  # one word is a name only as a whole element ("By <a>Kai</a>", "Posted by Kai")
    return None, whole


# a label word alone in its element, read as "Autor:"
_LABEL_WORD = re.compile(r"^\s*(autor(?:in|en)?|authors?|auteurs?|verfasser(?:in)?)\s*$", re.I)


def _label_and_name(line: str, names: list[str]) -> bool:
    """Whether a line is a byline's label and one name and nothing more ("Posted by Kai")."""
    label = _BY_LABEL.search(line)
    return len(names) == 1 and label is not None and line[label.end():].strip(" -–—|,") == names[0]


_BY_LABEL = re.compile(r"\b(?:by|von|par|por)\b\s*[:：]?\s*|\b(?:autor(?:in)?|author|auteur|redaktion)\s*[:：]\s*"
                       r"|\bautoren\s+", re.I)


def _after_label(line: str, name: str) -> bool:
    """Whether the name follows the byline's label ("By Jane Doe"), not a phrase after it
    ("By clicking below, I consent to ... SMS")."""
    return any(line[m.end():].startswith(name.split()[0]) for m in _BY_LABEL.finditer(line))


_NOT_LINES = frozenset({"script", "style", "noscript", "title", "option", "textarea", "button"})
