"""Authors: byline strings to a clean list of person names.

"By Jane Doe, Staff Writer and John Roe | Updated May 4" -> ["Jane Doe", "John Roe"].
Prefixes ("By", "Von", "Par"), roles, dates, places ("in London"), handles and
organisation names are dropped; "Reporting by A; Editing by B" keeps the reporters.
User names, lower-case names and names after labels: author_names.py.
"""

from __future__ import annotations

import re

from newsclean.phrases import CREDENTIALS, ROLE_WORDS
from newsclean.text import key

# German blog and CMS bylines: "Eingestellt von" (Blogger), "Erstellt von" (Plone), "Ein Beitrag von"
_GERMAN_POSTED = r"eingestellt|erstellt|verfasst|gepostet|gespeichert|(?:ein |blog ?)?(?:beitrag|artikel)"
PREFIX = re.compile(
    r"^\W*(?:(?:written|posted|published|reported|submitted|words|text|story|compiled|photos?|"
    r"reporting|analysis|interview|article|column|opinion|commentary|guest post|auteur|autor(?:in)?|"
    r"author(?:s)?|escrito|publicado|veröffentlicht|geschrieben|écrit|publié|" + _GERMAN_POSTED
    + r")\s*(?:by|von|par|por)?"
    r"|(?:view |zeige )?all(?:e|es)? (?:posts |beiträge |articles |artikel )?(?:by|von|de)|mehr von|more (?:from|by)"
    r"|tous les articles de|(?:articles|beiträge) (?:by|von|de)"
    r"|by|von|par|por|بقلم|كتب|كتبت)(?:\s*[:：]\s*|\s+)",
    re.I,
)
# segments of a wire credit line: who reported (kept) and who edited (dropped)
_CREDIT = re.compile(r"\b(reporting|writing|additional reporting|editing|compiled|graphics|"
                     r"research|fact[- ]checking|production|illustrations?|photography|video)\s+"
                     r"(?:and \w+ )?by\s+"
                     r"|\b(text|illustrations?|illustrationen|fotos?|bilder|grafiken?|recherche)\s+von\s+", re.I)
_KEEP_CREDITS = frozenset({"reporting", "writing", "text"})
# between names; the one-letter conjunctions of other languages only in lower case, so
# that an initial ("E. Eff") is not taken for one
_SPLIT = re.compile(r"\s*(,|;|\b[Aa][Nn][Dd]\b|&|\+|\bund\b|\bet\b|\by\b|\be\b|\bva\b|\bو\b|/|\||·|•"
                    r"|\b[Ii]m [Gg]espräch mit\b|\b[Ii]n conversation with\b|\b[Ee]n conversation avec\b)\s*")
# things that end the names part of a byline
CUT = re.compile(
    r"\s(?:[|–—-]|\bon\b)\s|\s(?:am|le|el)\s(?=\d|[^\W\d_]+\.?,?\s+\d)"
    r"|\b(?:(?:last )?updated|published|posted|last modified|"
    r"last reviewed|reviewed by|fact[- ]checked|medically reviewed|"
    r"aktualisiert|veröffentlicht|mis à jour|actualizado)\b|\b(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}[:.]\d{2}|\d{4})\b"
    r"|\bhours? ago\b|\bmin(?:ute)?s? ago\b|\bdays? ago\b|\bemail\b|\bfollow\b|\bupdated\b"
    r"|\b(?:read|learn) (?:more|full bio)\b|\b(?:full )?bio\b|\bview (?:all|profile|in|on|more|full)\b"
    r"|\bmore (?:from|by|articles)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag)\b|\bÜber\b|\bmitglied\b|\bstand:"
    r"|\s(?:in|im|en|dans|filed under|posted in|categories|category|tags?)\s*[:：]",
    re.I,
)
# a date before the name: "Posted on September 21, 2020 by Jane Doe", "Oct 30 2020 by Jane Doe"
_DATED_BY = re.compile(r"^\W*(?:(?:posted|published|written|veröffentlicht|publié|publicado)\s+)?(?:on\s+|am\s+|le\s+)?"
                       r"(?P<date>[^|]{3,40}?)\s+(?:by|von|par|por)\s+", re.I)
# a date opening a byline, and its separator: "Dec. 19, 2025 ·", "19.12.2025 |", "2025-12-19 -"
_LEADING_DATE = re.compile(
    r"^\W*(?:[A-Za-zäé]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[A-Za-zäé]{3,9}\.?,?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[|·•–—,-]\s*")
# the words of a date: month and day names by their first letters, and the little words around
_DATE_PREFIXES = frozenset("jan feb mar mär apr may mai jun jul aug sep oct okt nov dec dez mon tue wed thu fri sat "
                           "sun fév avr jui aoû déc ene abr ago dic".split())
_DATE_FILLERS = frozenset("am pm um uhr at on le el de del à h written posted published".split())


def _only_a_date(text: str) -> bool:
    """Whether a text is a date and nothing else ("Oct 30, 2020", "03/01/2017, 10:00 am")."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(ch.isdigit() for ch in text) and all(w[:3] in _DATE_PREFIXES or w in _DATE_FILLERS for w in words)


# a label glued to the name by markup without a space ("AuthorJane Doe")
_GLUED_LABEL = re.compile(r"^\s*(?:Author|Autor|Autorin|Auteur|By|Von|Par)(?=[A-ZÄÖÜ][a-zäöüß])")
# a German weekday's abbreviation opening the date after a name: "Jane Doe Fr, 18. Oktober"
_WEEKDAY_CUT = re.compile(r"\s(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,\s")
_PLACE = re.compile(r"\s+(?:in|aus|à|en|reporting from|from)\s+[A-Z][\w .'-]*$")
# words that make a byline an organisation (or a placeholder), not a person
ORG_WORDS = frozenset(
    "staff team desk newsroom editors editorial editor redaktion rédaction redacción redazione agency "
    "agencies press associated reuters afp ap dpa apa sid kna epd efe ansa bloomberg news media group "
    "inc ltd llc gmbh corp company co online magazine journal times post daily network network wire "
    "service services contributors contributor admin administrator webmaster guest anonymous unknown "
    "sponsored partner partners office department ministry university institute foundation council "
    "association board committee bureau affairs communications relations companies firms solutions hotel "
    "hotels resorts".split()
)
HANDLE = re.compile(r"@\w+|https?://\S+|www\.\S+|\S+@\S+")
_NAME_CHARS = re.compile(r"^[\w.'’ -]+$")
_MAX_NAME_WORDS = 5


def split_names(raw: str, site_name: str | None = None, *, strict: bool = False) -> list[str]:
    """Person names in a byline or author field, in order, without duplicates. `strict`, for
    the values of author fields: a piece that is no name nor role but text in lower case or
    a domain ("Acme Institute für Wald und Forst", "acme.de, Frankfurt") means the field
    names an organisation, and none of its pieces is a person."""
    if not raw:
        return []
    if strict and _ORG_FIELD.search(raw):  # "Acme Verband e.V.", "Acme Radio (www.acme.de)"
        return []
    text = HANDLE.sub(" ", raw.replace("\u00a0", " "))
    dated = _DATED_BY.match(text)
    if dated and _only_a_date(dated.group("date")):  # "Posted on May 4, 2024 by Jane Doe"
        text = text[dated.end():]
    text = _GLUED_LABEL.sub("", _LEADING_DATE.sub("", text))  # "Dec. 19, 2025 · Jane Doe", "AuthorJane Doe"
    segments = _credit_segments(text)
    names: list[str] = []
    for segment in segments:
        segment = PREFIX.sub("", segment.strip())
        for pattern in (CUT, _WEEKDAY_CUT):
            cut = pattern.search(segment)
            if cut:
                segment = segment[: cut.start()]
        found = _names_in(segment, site_name, strict)
        if found is None:
            return []
        names.extend(n for n in found if n.casefold() not in {x.casefold() for x in names})
    if any(" " in n for n in names):  # "Insights; Liza Burke": beside full names, one word is a label
        names = [n for n in names if " " in n]
    return names


# an author field that names a body: a legal form ("e.V.", "AG", "GmbH"), or a web address in brackets
_ORG_FIELD = re.compile(r"(?:^|[\s,])(?:e\.\s?V\.|AG|SE|KG|gGmbH|GmbH|mbH|eG|e\.\s?G\.|S\.A\.|S\.p\.A\.|plc)"
                        r"(?=$|[\s,.;)])|\((?:https?://)?(?:www\.)?[\w-]+\.[a-z]{2,6}/?\)")
# a count opening a headline: "Top 11 Harbour Walks", "5 Ways to ..."
_LISTICLE = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?\d{1,3}\s+[A-Z]")


def _names_in(segment: str, site_name: str | None, strict: bool = False) -> list[str] | None:
    """Names in one byline segment. A job title after a comma ("Jane Doe, Senior Analyst,
    Acme Corp") means what follows, up to the next "and", is the person's role, not a name."""
    found: list[str] = []
    pieces = _SPLIT.split(segment)
    if _LISTICLE.match(pieces[0]):
        return []  # a headline ("Top 11 Harbour Walks & Quay Tours"), not a list of names
    in_role = False
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        joiner = pieces[i - 1].strip().lower() if i else ""
        new_person = bool(joiner) and joiner not in (",", "|", "/", "·", "•")
        if new_person:
            in_role = False  # "and", "&", ";" start a new person
        role = (ROLE_WORDS.search(part) or _COMPOUND_ROLE.search(part)) if i else None
        if role:
            in_role = True
            affiliation = role.group(0).lower().startswith(("for ", "at ", "special to"))
            if new_person and affiliation and (name := clean_name(part, site_name)):  # "and Jo Roe For The Planet"
                found.append(name)
        if in_role:
            continue
        name = clean_name(part, site_name)
        if name:
            found.append(name)
        elif strict and _not_a_name(part):
            return None
    return found


# a German job title compounded on a role ("Projektleiterin", "Pressereferent"), which ROLE_WORDS,
# matching whole words, misses
_COMPOUND_ROLE = re.compile(r"\b[^\W\d_]{3,}(?:leiter|sprecher|referent|beauftragter?|direktor|berater|expert|experte|"
                            r"wissenschaftler|mitarbeiter|vorsitzender?|präsident|koordinator|redakteur)(?:in|innen)?\b",
                            re.I)


def _not_a_name(part: str) -> bool:
    """A piece of an author field written like no name: words in lower case, a domain."""
    words = part.split()
    lower = [w for w in words
             if w[:1].islower() and w.lower() not in _PARTICLES and w.lower().strip(".") not in CREDENTIALS]
    return bool(lower) or any(_DOMAIN_LIKE.search(w) for w in words)


_DOMAIN_LIKE = re.compile(r"\w\.(?:com|org|net|de|at|ch|fr|it|es|nl|uk|eu|info|io)\b", re.I)


def _credit_segments(text: str) -> list[str]:
    """The parts of a byline that name authors ("Reporting by A; Editing by B" -> ["A"])."""
    matches = list(_CREDIT.finditer(text))
    if not matches:
        return [text]
    kept = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if (m.group(1) or m.group(2)).lower() in _KEEP_CREDITS:
            kept.append(text[m.end() : end].strip(" ;,."))
    return kept


def clean_name(part: str, site_name: str | None = None) -> str | None:
    """One person's name from a fragment of a byline, or None if it is not a person."""
    name = PREFIX.sub("", part.strip(" \t\n,:;-–—|()[]\"'“”"))
    name = _PLACE.sub("", name)
    if ROLE_WORDS.search(name):
        name = ROLE_WORDS.sub(" ", name)
        words = name.split()
        if len(words) < 2:  # "Garden Educator" was a role, not a person named Garden
            return None
        if words[0].lower() in _ROLE_MODIFIERS:  # "Senior Harbour Analyst" was a role too
            return None
    name = " ".join(name.split()).strip(" ,-–—")
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in CREDENTIALS:  # "Cara Dumaplin RN"
        words.pop()
    name = " ".join(words)
    if name.endswith(".") and not _KEEPS_PERIOD.search(name):
        name = name[:-1]
    if not name or len(name) < 3 or len(name) > 60 or not _NAME_CHARS.match(name):
        return None
    first, _, rest = name.partition(" ")
    if rest and first.lower() in LABELS and first.lower() not in ORG_WORDS:  # "Auteurs Barbara Stiegler"
        name = rest
    if name.lower().replace(" ", "") in CREDENTIALS or name.lower() in LABELS or name.lower() in _DATE_WORDS:
        return None
    if any(ch.isdigit() for ch in name) or _GLUED.search(name):
        return None  # "Jane Doe3", "Jane DoeSenior Editor": not a name as written
    words = name.split()
    if len(words) > _MAX_NAME_WORDS or (len(words) > 1 and words[-1].lower() in _PARTICLES):
        return None  # too long, or a label cut short ("Autorenseite von")
    lowered = {w.lower().strip(".") for w in words}
    if lowered & ORG_WORDS:
        return None
    if site_name and name.casefold() in site_name.casefold() and not _own_site(name, site_name):
        return None
    if _latin(name) and not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
        return None
    return name


# words that open a job title ("Senior Harbour Analyst"), never a name
_ROLE_MODIFIERS = frozenset("staff senior sr chief deputy managing associate executive assistant lead head "
                            "principal former certified registered licensed freelance contributing".split())
# words run together by markup: a long lower-case run, then a capital ("DoeTransformation")
_GLUED = re.compile(r"[a-zß-öø-ÿ]{5}[A-ZÀ-ÖØ-Þ]")
# lower-case words that belong inside names ("Ludwig van Beethoven", "Omar bin Laden")
# a name may end with a period when it ends with an initial or a suffix ("Perry Bacon Jr.")
_KEEPS_PERIOD = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")
# words that label a byline rather than name anybody
LABELS = frozenset("by von par por about über name names author authors autor autoren auteur auteurs admin "
                    "administrator no author unknown anonymous staff guest editor editors datum quelle publisher "
                    "webmaster wordpressadmin anónimo anonym anonyme redaktion more mehr weiter plus suite "
                    "profile profil bio".split())
# a one-word "name" that is a day or month of a date line ("Sat, 20 Dec")
_DATE_WORDS = frozenset("mon tue tues wed thu thur thurs fri sat jan feb mar apr jun jul aug sep sept oct nov "
                        "dec".split())
_PARTICLES = frozenset("van von der den de del della di da du la le bin al el ibn y zu ter ten".split())


# what a blogger's site adds to her name ("Jane Doe's blog", "Jane Doe – Notes")
_OWN_SITE_WORDS = frozenset("s blog weblog website site homepage home page digital journal notes".split())


def _own_site(name: str, site: str) -> bool:
    """Whether the site is a person's own, named after her ("Jane Doe's Blog"): her name is no
    site's name then. A site named exactly like the byline is left to credit_kind."""
    rest = key(site.casefold().replace(name.casefold(), " ", 1)).split()
    return bool(rest) and " " in name.strip() and all(w in _OWN_SITE_WORDS for w in rest)


def _latin(name: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in name if ch.isalpha())


BYLINE_LINE = re.compile(
    r"^\W*(?:(?:(?:written|posted|published|reported|words|story|text|article|geschrieben|écrit|escrito|"
    + _GERMAN_POSTED + r")\s+)?"
    r"(?:by|von|par|por)(?:\s*[:：]|\s)|بقلم|(?:authors?|autor(?:in)?|auteur)\s*[:：])\s*(?P<rest>\S.*)$",
    re.I,
)
_COLON_LABEL = re.compile(r"^\W*(?:authors?|autor(?:in)?|auteur)\s*[:：]", re.I)
# a line that is only a byline is short
MAX_BYLINE_LINE_CHARS = 120


def byline_names(line: str, site_name: str | None = None) -> list[str] | None:
    """Names if a line of body text is a byline ("By Jane Doe and John Roe"), else None."""
    text = line.strip()
    if _COLON_LABEL.match(text):  # "Autorin: Jane Doe, Projektleiterin." is a credit, not a sentence
        text = text.removesuffix(".")
    if len(text) > MAX_BYLINE_LINE_CHARS or (text.endswith((".", "?", "!")) and not text.endswith(" Jr.")):
        return None
    dated = _DATED_BY.match(text)
    if not BYLINE_LINE.match(text) and not (dated and _only_a_date(dated.group("date"))):
        return None
    names = split_names(text, site_name)
    return names or None
