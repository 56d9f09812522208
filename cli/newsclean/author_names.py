"""Author names in the forms split_names leaves alone: user names and lower-case names that
structured data or author markup declare, and names after an author label inside a line of
metadata ("Datum: 4.5.2024 Autor: Jane Doe Quelle: Acme")."""

from __future__ import annotations

import re

from newsclean.authors import LABELS, ORG_WORDS, PREFIX, split_names

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
