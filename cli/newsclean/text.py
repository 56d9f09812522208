"""Small text helpers shared by every stage: whitespace, sentence shape, comparison keys."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"\W+")
# characters that end a sentence in the scripts newsclean meets most
SENTENCE_END = frozenset(".!?…\"'”’»)。！？؟")


def squash(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and line breaks) to one space;
    drop control characters. (str.split() splits on exactly what the regex for white space matches,
    six times faster.)"""
    return clean_control(" ".join(text.split()))


def key(text: str) -> str:
    """A comparison key: case-folded words only, so quotes, dashes and spacing do not matter."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def compact(text: str) -> str:
    """Text without any whitespace, case-folded: inline markup splits words differently in
    different renderings ("Share<b>this</b>"), and this key does not care."""
    return "".join(text.split()).casefold()


def words(text: str) -> list[str]:
    return key(text).split()


_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
# C0/C1 controls (but newline and tab) and the bidi embedding/override/isolate controls,
# which can hide or reorder what a terminal shows; and the invisible hyphenation and
# word-break hints (soft hyphen, zero-width space, word joiner, a BOM inside the text), which
# print nothing but split words ("Aus\u00adhän\u00adge\u00adschild") for anything that reads the text
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def clean_control(text: str) -> str:
    """Drop ANSI escape sequences, control characters, bidi overrides and invisible word-break
    hints; keep newlines and tabs."""
    if not _CONTROL.search(text):
        return text
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    return _CONTROL.sub("", text)


def ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in SENTENCE_END


def truncate(text: str, limit: int) -> str:
    """Text cut at a word boundary to at most `limit` characters, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


# UTF-8 read as Windows-1252 leaves these behind ("Investorâ€™s", "Ã©tÃ©")
_MOJIBAKE = re.compile("[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


# UTF-8 read as Latin-1 leaves C1 controls where cp1252 has letters ("Investorâ\x80\x99s"):
# each one as the cp1252 character of the same byte, so one repair undoes both
_C1_AS_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def repair_mojibake(text: str) -> str:
    """Undo one round of UTF-8-read-as-cp1252 (or as Latin-1), when the text shows its marks."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.translate(_C1_AS_CP1252).encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)) else text
