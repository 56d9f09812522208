"""Who wrote the article, from the sources metadata.read gathers: JSON-LD authors, author meta
tags (article:author, dc.creator, parsely-author, citation_author, Yoast's twitter:dataN ...)
and the byline read on the page; failing a person, the credit of an organisation."""

from __future__ import annotations

import html
import re

from lxml import etree

from newsclean import jsonld
from newsclean.author_names import handle_name, lowercase_name
from newsclean.authors import split_names
from newsclean.credits import credit_kind, org_credit
from newsclean.text import key, squash

AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
               "sailthru.author", "byl", "citation_author", "twitter:creator:name", "og:article:author")
# what twitter:labelN says of an author in twitter:dataN (Yoast writes it in the site's language)
AUTHOR_LABELS = ("written by", "author", "by", "verfasst von", "geschrieben von", "autor", "autorin", "auteur",
                 "écrit par", "escrito por", "autore", "scritto da", "geschreven door", "door")


def choose_authors(tags: dict[str, list[str]], ld: jsonld.LinkedData, byline_names: list[str],
                   site: str | None, body: etree._Element | None = None) -> list[str]:
    """The article's people: JSON-LD, then the author meta tags, then the byline. A declared
    name gives way to the byline's full names when it is a one-word name or a user name, or
    when it shows nowhere on the page while the byline names somebody else (a CMS account
    or the site's owner filled in for every article)."""
    declared_names = _declared_names(tags, ld, byline_names, site)
    if declared_names and byline_names and body is not None and _unseen(declared_names, byline_names, body):
        return byline_names
    if declared_names:
        return declared_names
    if byline_names:
        return byline_names
    # no person's name anywhere: a name in lower case, or a user name, the page declares as its author
    declared = [d for _, d in _declared_keyed(tags) if d not in ld.organisation_authors]
    return next(([h] for raw in (*ld.authors, *declared) if (h := lowercase_name(raw, site) or handle_name(raw, site))),
                [])


def _declared_names(tags: dict[str, list[str]], ld: jsonld.LinkedData, byline_names: list[str],
                    site: str | None) -> list[str]:
    """The people JSON-LD or the author meta tags name, in that order of trust."""
    full_byline = any(" " in n for n in byline_names)
    if ld.authors:  # JSON-LD written by templates can carry HTML entities ("O&#039;Donnell")
        names = [n for raw in ld.authors for n in split_names(html.unescape(raw), site, strict=True)]
        if names and not (full_byline and _one_word(names)):
            return dedupe(names)
    keyed = [(k, d) for k, d in _declared_keyed(tags) if d not in ld.organisation_authors]  # typed as a body
    for field_key, raw in keyed:
        names = split_names(_first_last(raw) if field_key.startswith("citation_") else raw, site, strict=True)
        if names and not (full_byline and _one_word(names)):
            return dedupe(names)
    return []


def _unseen(declared: list[str], byline_names: list[str], body: etree._Element) -> bool:
    """Whether the declared people share no word of a name with the byline's capitalised names
    and none of them shows in the page's text."""
    if not all(n[:1].isupper() for n in byline_names):  # a user name ("quillpen42") is no better
        return False
    if {w for n in declared for w in key(n).split()} & {w for n in byline_names for w in key(n).split()}:
        return False
    text = key(" ".join(body.xpath(".//text()[not(parent::script) and not(parent::style)]")))
    return not any(key(n) in text for n in declared)


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


def choose_credit(tags: dict[str, list[str]], ld: jsonld.LinkedData, in_byline: str | None,
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


def dedupe(values: list[str]) -> list[str]:
    """The values squashed, without empty ones and case-folded repeats, in order."""
    seen: set[str] = set()
    out = []
    for v in values:
        v = squash(v)
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out
