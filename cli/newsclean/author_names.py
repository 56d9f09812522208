"""Author names in the forms split_names leaves alone: user names and lower-case names that
structured data or author markup declare, and names after an author label inside a line of
metadata ("Datum: 4.5.2024 Autor: Jane Doe Quelle: Acme")."""

from __future__ import annotations

import re

from newsclean.authors import CUT, LABELS, ORG_WORDS, PREFIX, clean_name, split_names

# a label that introduces the authors inside a line of metadata ("Datum: 4.5.2024 Autor: Jane Doe
# Quelle: Acme"); words that label other things ("Text", "Redaktion") only with a colon
_AUTHOR_LABEL = re.compile(
    r"(?:^|(?<=[\s|·•,;]))(?:(?:autor(?:in|en)?|authors?|auteurs?|verfasser(?:in)?|autore|autrice)\s*[:：]?"
    r"|(?:texte?|redaktion|written by|escrito por|scritto da)\s*[:：])\s*(?P<rest>[^|·•]+)",
    re.I,
)
# what follows a name in brackets is a role or an affiliation ("Jane Doe (press officer), Acme"),
# but a single word in brackets is part of the name ("Jane (Roe) Doe")
_BRACKET = re.compile(r"\s*\((?![^()\s]+\))")
_NEXT_LABEL = re.compile(r"\s[^\W\d_][\w-]{1,20}\s*[:：]")  # "... Quelle:", "... Foto:"


def labelled_names(text: str, site_name: str | None = None, *, colon: bool = False) -> list[str]:
    """Names after an author label in a line of metadata, up to the next label or separator
    ("Datum: 19.11.2021 Autor: Jane Doe Quelle: Acme" -> ["Jane Doe"]). `colon` asks for the
    label's colon, as wanted of free text."""
    for m in _AUTHOR_LABEL.finditer(text):
        if colon and not re.search(r"[:：]", m.group(0)[: m.start("rest") - m.start()]):
            continue
        label = _NEXT_LABEL.search(m.group("rest"))
        rest = _BRACKET.split(m.group("rest")[: label.start()] if label else m.group("rest"))[0]
        names = split_names(rest, site_name)
        skipped = rest[: max(rest.find(names[0]), 0)] if names else ""
        if names and "," not in skipped and not any(w[:1].islower() for w in skipped.split()):
            return names  # the names follow the label, a title at most between ("Autor: Dr. Jane Doe")
    return []


_HANDLE_ONLY = re.compile(r"^[^\W_][\w.-]{1,38}[^\W_]$")
_DOMAIN = re.compile(r"\.[a-z]{2,3}$|^www\.", re.I)  # "example.de" is the site, not its author


def handle_name(raw: str, site_name: str | None = None) -> str | None:
    """A user name ("gnaddrig", "sara.r.peter") standing as the author in explicit author markup
    (rel=author, a vcard, an author meta tag), where a blog gives no person's name: taken as
    it is, since it is how the site names its author. Labels, organisations, the site's own
    name and anything with spaces, digits only or an address are not."""
    text = PREFIX.sub("", raw.strip())
    if not _HANDLE_ONLY.match(text) or text.isdigit() or "@" in text or "//" in text or _DOMAIN.search(text):
        return None
    low = text.casefold()
    if low in LABELS or low in ORG_WORDS or (site_name and low in site_name.casefold().replace(" ", "")):
        return None
    return text


def labelled_handle(text: str, site_name: str | None = None) -> str | None:
    """A user name after a byline's label, before the date ("Gespeichert von gizzmo am 24. Juli
    2017", "by gizzmo | May 4"): the label vouches for it as the author."""
    label = PREFIX.match(text)
    if not label:
        return None
    rest = text[label.end():]
    cut = CUT.search(rest)
    return handle_name(rest[: cut.start()] if cut else rest, site_name)


_LOWER_NAME = re.compile(r"^[a-zß-öø-ÿ'’-]{2,}(?: [a-zß-öø-ÿ'’-]{2,}){1,3}$")


def lowercase_name(raw: str, site_name: str | None = None) -> str | None:
    """A person's name typed in lower case ("kirstin boatto"), as a page's structured data (JSON-LD
    Person, author meta) declares it: taken as it is, where free text would not be trusted."""
    text = " ".join(PREFIX.sub("", raw.strip()).split())
    if not _LOWER_NAME.match(text):
        return None
    words = set(text.split())
    if words & ORG_WORDS or words & LABELS or (site_name and text in site_name.casefold()):
        return None
    return text


# a date line that ends with the author's name: "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe"
_DATED_NAME = re.compile(
    r"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4}"
    r"|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[|·•,-]?\s*\d{1,2}[:.]\d{2}(?:\s*uhr|\s*[ap]\.?m\.?)?)?"
    r"\s*[|·•–—-]\s*(?P<name>[^|·•–—\d]+?)\s*$", re.I)
MIN_DATED_NAME_WORDS = 2  # one word after a date is a place or a section as often as a name


def dated_name(line: str, site_name: str | None = None) -> list[str]:
    """The name a date line under the headline ends with ("11.12.2019 - Jane Doe"), where the
    line holds the date, maybe a time, and one person's full name, nothing else."""
    m = _DATED_NAME.match(line)
    if not m:
        return []
    name = clean_name(m.group("name"), site_name)
    if not name or name != m.group("name").strip() or len(name.split()) < MIN_DATED_NAME_WORDS or name.isupper():
        return []  # "NEW YORK" after the date is a dateline's place
    return [name]
