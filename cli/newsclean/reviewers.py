"""Reviewer credits in an article's header: "Medically reviewed by Jane Doe, MD", "Fact checked
by John Roe", "Geprüft von ...", "Revisado por ...", "Relu par ...".

They name who checked the story, not who wrote it, and they are no part of its text: such a
line is set apart as metadata (and listed among the removals), never read as the byline.
Only short lines that name somebody count: a sentence of the story that says what was
reviewed by whom ("The report was reviewed by the committee in May, ...") does not open
with the label, nor does it read as a credit.
"""

from __future__ import annotations

import re

from newsclean.model import Category, Removal

RULE = "reviewer credit line"

_REVIEWED = (
    # "Reviewed by", "Medically reviewed by", "Fact-checked by", "Expert verified by"
    r"(?:(?:medically|clinically|scientifically|legally|technically|expert|fact[- ]?)\s*)?"
    r"(?:reviewed|checked|verified|vetted)\s+by\b",
    r"(?:(?:medical|expert)\s+)?(?:reviewer|fact[- ]?checker)s?\s*[:：]",
    r"(?:(?:fachlich|medizinisch|inhaltlich|ärztlich)\s+)?(?:geprüft|überprüft|faktengeprüft)\s+von\b",
    r"(?:revisado|verificado|comprobado|revisto)(?:\s+médicamente)?\s+por\b",
    r"(?:relue?|vérifiée?|révisée?|validée?)s?\s+par\b",
    r"(?:rivisto|verificato|revisionato)\s+da\b",
    r"(?:gecontroleerd|beoordeeld|nagekeken)\s+door\b",
)
_LABEL = "(?:" + "|".join(_REVIEWED) + r")\s*[:：]?"
# the label opening a line (after an icon's or a bullet's character)
_OPENS = re.compile(r"^[^\w]*" + _LABEL, re.I)
# the label inside a byline element's text, at its start or after a blank or a separator
_INSIDE = re.compile(r"(?<![^\s|·•,;–—(])" + _LABEL, re.I)
# where a reviewer's credit ends inside a byline element: a separator, or the label of the
# next credit ("... · Updated May 3", "Reviewed by Jane Doe By John Roe")
_CREDIT_END = re.compile(r"\s*[|·•]\s*|\s(?=(?:By|Written by|Words by|Von|Par|Por)\s)")
_TRIM = " ,;:|·•–—-"

# a credit line is short: a label, a name, a degree or a job
MAX_LINE_CHARS = 120
MAX_NAME_WORDS = 10
# words that open a phrase, not a name: "Reviewed by the committee in May, ..."
_PHRASE_OPENERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
    "all", "every", "each", "more", "at", "in", "on", "for", "with", "and",
    "der", "die", "das", "den", "dem", "ein", "eine", "einem", "einen", "unser", "unsere", "unseren", "unserem",
    "el", "la", "los", "las", "un", "una", "nuestro", "nuestra", "nuestros", "le", "les", "une", "notre", "nos",
    "il", "lo", "gli", "de", "het", "een", "onze",
})
# the end of a sentence, or of an abbreviation ("Dr. ", "med. ")
_STOP = re.compile(r"[.!?]\s+")
# a credit goes on after a full stop with a name or a date; a sentence, with lowercase words
MAX_LOWER_AFTER_STOP = 1


def opens_with_label(text: str) -> bool:
    return _OPENS.match(text) is not None


def label_only(text: str) -> bool:
    """Whether a line holds the reviewer's label and nothing else ("Fact checked by")."""
    m = _OPENS.match(text)
    return m is not None and not text[m.end():].strip(_TRIM)


def reviewer_line(text: str) -> bool:
    """Whether a short line credits the article's reviewer: the label, then a name, perhaps
    with a job or a degree ("Reviewed by appliance technician Jane Doe", "... Jane Doe, MD")."""
    if len(text) > MAX_LINE_CHARS:
        return False
    m = _OPENS.match(text)
    if m is None:
        return False
    rest = text[m.end():].strip(_TRIM)
    words = rest.split()
    if not words or len(words) > MAX_NAME_WORDS or words[0].casefold() in _PHRASE_OPENERS:
        return False
    return any(w[:1].isupper() for w in words) and not _prose_after_stop(rest)


def _prose_after_stop(rest: str) -> bool:
    """Whether a sentence follows a full stop ("Jane Doe. She is a nurse ..."): words in
    lowercase that are no abbreviations ("Dr. med. Jane Doe" is a name)."""
    for m in _STOP.finditer(rest):
        lower = sum(1 for w in rest[m.end():].split() if w[:1].islower() and not w.endswith("."))
        if lower > MAX_LOWER_AFTER_STOP:
            return True
    return False


def split_reviewers(text: str) -> tuple[str, list[str]]:
    """A byline element's text without its reviewers' credits, and those credits
    ("By Jane Doe · Reviewed by John Roe" -> "By Jane Doe", ["Reviewed by John Roe"])."""
    credits: list[str] = []
    kept: list[str] = []
    pos = 0
    for m in _INSIDE.finditer(text):
        if m.start() < pos:
            continue  # inside the credit just taken
        end = _CREDIT_END.search(text, m.end())
        stop = end.start() if end else len(text)
        nxt = _INSIDE.search(text, m.end(), stop)
        stop = nxt.start() if nxt else stop
        kept.append(text[pos:m.start()].rstrip(" ,;"))  # "By Jane Doe, reviewed by ...": no comma left
        credit = text[m.start():stop].strip(_TRIM)
        if credit:
            credits.append(credit)
        pos = stop
    if not credits:
        return text, []
    kept.append(text[pos:])
    rest = " ".join(" ".join(kept).split()).strip(_TRIM)
    return rest, credits


def byline_without_reviewers(text: str, removed: list[Removal]) -> str:
    """A byline element's text without its reviewers' credits, each added to `removed`."""
    rest, credits = split_reviewers(text)
    removed.extend(Removal(Category.METADATA, RULE, credit) for credit in credits)
    return rest
