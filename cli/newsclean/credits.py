"""Organisation credits: the team, desk, agency or company a page names as its author.

When an article credits no person, many sites still say who wrote it: "By the Acme Team",
"Acme Editorial Desk", "Redaktion", a JSON-LD author of type Organization, an author meta
tag holding the company's name. Such a credit is kept as written, cleaned of its "By"
prefix, dates, handles and separators ("By Acme Staff | May 4, 2024" -> "Acme Staff").
Placeholders ("Admin", "Unknown") and link labels ("View all posts") are not credits.
"""

from __future__ import annotations

import html
import re

from newsclean.authors import BYLINE_LINE, CUT, HANDLE, MAX_BYLINE_LINE_CHARS, ORG_WORDS, PREFIX
from newsclean.phrases import ROLE_WORDS
from newsclean.text import key, squash

# a credit is a name: a few words, never a sentence, nor a single letter
MAX_CREDIT_CHARS = 70
MIN_CREDIT_CHARS = 2
MAX_CREDIT_WORDS = 7
# placeholders a CMS fills in when nobody is named, and labels of byline widgets
_PLACEHOLDERS = frozenset(
    "by von par por name names author authors autor autoren auteur auteurs admin administrator "
    "webmaster wordpressadmin unknown anonymous anonym anonyme anónimo guest user publisher "
    "datum quelle source no author editor share print email am um on at im le el en".split()
)
# words that show a text is a widget or a link, not a credit
_NOT_CREDIT = re.compile(
    r"\b(?:comments?|kommentare?|commentaires?|view (?:all|profile)|all posts|posts? by|"
    r"read more|learn more|see more|more (?:from|by|articles|posts)|profile|follow|subscribe|"
    r"share|click|login|log in|sign in|posted in|filed under|categor(?:y|ies)|tags?|min read|"
    r"reading time|lesezeit|published|updated|http|www\.|copyright|full bio|bio|"
    r"(?:all|alle|tous les|todos los|todas las) (?:posts|beiträge|artikel|articles|entradas|publicaciones)|"
    r"(?:beiträge|artikel|articles|entradas) (?:von|de|by))\b|©|:",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")
# a date after the credit: "Redaktion, 24. Januar", "Acme Desk, 3 May"
_DATE_AFTER = re.compile(r"[,|]\s*\d|\s\d{1,2}\.\s|\s\d{1,2}(?:st|nd|rd|th)\b")
_NUMBER_WORD = re.compile(r"^\d+$|^\d+\W+\d")  # "2024", "28-04"
# a credit does not end on a word that links to more ("Ideas For", "Acme and"): it was cut short
_DANGLING = frozenset("for of and or the a an to with from by und oder der die das von zu für "
                      "et ou le la les de du des y o el los las en".split())


def org_credit(raw: str | None, *, capitalised: bool = False) -> str | None:
    """The credit as written if `raw` reads like an organisation's (or desk's) name, else None.

    `capitalised` asks for the stricter reading wanted of free page text (byline elements,
    "By ..." lines): the credit must start with a capital letter or a digit.
    """
    if not raw:
        return None
    text = HANDLE.sub(" ", html.unescape(raw).replace("\u00a0", " "))
    text = PREFIX.sub("", squash(text))
    for pattern in (CUT, _DATE_AFTER):
        cut = pattern.search(text)
        if cut:
            text = text[: cut.start()]
    text = squash(text).strip(" \t,;:-–—|/·•[]\"'“”«»")
    if text.count("(") != text.count(")"):  # a bracket left open or closed by a cut
        text = text.strip("()")
    if not text or len(text) > MAX_CREDIT_CHARS or text.endswith(("!", "?")):
        return None
    words = text.split()
    if len(words) > MAX_CREDIT_WORDS or not _LETTER.search(text):
        return None
    if text.casefold() in _PLACEHOLDERS or text.casefold() in _DANGLING or len(text) < MIN_CREDIT_CHARS or (
            _NOT_CREDIT.search(text)):
        return None
    if any(_NUMBER_WORD.match(w) for w in words[1:]) or (_NUMBER_WORD.match(words[0]) and len(words) == 1):
        return None  # "Acme 2024", "Team 3", "28-04": not a name
    if len(words) > 1 and words[-1].casefold() in _DANGLING:
        return None
    if capitalised and not (text[0].isupper() or text[0].isdigit()):
        return None
    return text


def byline_line_credit(line: str) -> str | None:
    """An organisation's credit if a short line is a byline ("By the Acme Team"), else None."""
    text = line.strip()
    if len(text) > MAX_BYLINE_LINE_CHARS or not BYLINE_LINE.match(text):
        return None
    return org_credit(text, capitalised=True)


def element_credit(text: str, marked: bool) -> str | None:
    """An organisation's credit in a byline element: one that says "By ...", names a team,
    desk or agency ("Acme Newsroom"), or is marked up as the author (itemprop, rel, vcard)."""
    credit = org_credit(text, capitalised=not (marked or PREFIX.match(text.strip())))
    if credit is None:
        return None
    if marked or PREFIX.match(text.strip()) or {w.casefold() for w in credit.split()} & ORG_WORDS:
        return credit
    return None


PERSON = "person"
ORGANIZATION = "organization"
# words in a credit that name a business or a body rather than a person, beside ORG_WORDS
_BUSINESS_WORDS = frozenset(
    "the our your their solutions security marketing consulting construction care dental clinic "
    "health store shop studio studios agency labs lab software systems technologies tech digital "
    "global international group club society church school academy centre center insurance bank "
    "capital partners realty homes travel energy foundation hub official".split()
)
_DOMAIN_LIKE = re.compile(r"\w\.(?:[a-z]{2,6})\b", re.I)
_PARENTHESIS = re.compile(r"\([^)]*\)")
_CAMEL = re.compile(r"^[A-Z]?[a-z]+[A-Z]\w*$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# a person's full name has at most this many words
MAX_PERSON_WORDS = 4
# a person signs with two initials ("LD"); three capitals and more are an acronym ("ACME")
MAX_INITIALS = 2


def credit_kind(credit: str, site: str | None, organisation: bool = False) -> str:
    """Whether a credit that was not read as a list of people names one person ("Rick Steves"
    on his own site) or an organisation, team or desk ("Acme Team", "AcmeCare", "ACME",
    "acme.com", "Staff Writer"). `organisation` says the page typed it as one (JSON-LD)."""
    words = _PARENTHESIS.sub(" ", credit).split()  # "Jean Roe (AcmeSoft)": the name is outside
    folded = [key(w) for w in words]
    if organisation or any(w in ORG_WORDS or w in _BUSINESS_WORDS for w in folded):
        return ORGANIZATION
    if _DOMAIN_LIKE.search(credit) or ROLE_WORDS.search(credit) or any(c in "&/+" for c in credit):
        return ORGANIZATION
    if not words or any(w[0].isdigit() for w in words):  # "3D Labs"; a user name may hold digits ("kai77")
        return ORGANIZATION
    if not all(_NAME_WORD.match(w) for w in words) or len(words) > MAX_PERSON_WORDS:
        return ORGANIZATION
    if len(words) == 1:
        word = words[0]
        own_site = site is not None and key(word) == key(site).replace(" ", "")
        if own_site or (word.isupper() and len(word) > MAX_INITIALS) or _CAMEL.match(word):
            return ORGANIZATION
    return PERSON
