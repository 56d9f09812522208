"""Dates: machine-readable or written-out dates to ISO 8601, keeping the page's own offset.

ISO strings take the fast path (datetime.fromisoformat); anything else goes to
python-dateutil, with month names in the languages newsclean reads most taught to it.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from typing import Any

# dates before the web or too far in the future are template noise (copyright years, placeholders)
MIN_YEAR = 1990
MAX_YEAR = 2100

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[-_])")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_FIRST = re.compile(r"\s*\d{4}\D")
# a written date somewhere in a line of text: "May 4, 2024", "4 May 2024", "31. Mai 2012", "2024-05-04"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero ene gennaio janeiro januari يناير كانون الثاني",
        "february feb februar février fevrier febrero febbraio fevereiro februari فبراير شباط",
        "march mar märz maerz mars marzo março maart مارس آذار",
        "april apr avril abril aprile إبريل أبريل نيسان",
        "may mai mayo maggio maio mei مايو أيار",
        "june jun juni juin junio giugno junho يونيو حزيران",
        "july jul juli juillet julio luglio julho يوليو تموز",
        "august aug août aout agosto augustus أغسطس آب",
        "september sep sept septembre septiembre settembre setembro سبتمبر أيلول",
        "october oct oktober octobre octubre ottobre outubro أكتوبر تشرين الأول",
        "november nov novembre noviembre novembro نوفمبر تشرين الثاني",
        "december dec dez dezember décembre decembre diciembre dicembre dezembro كانون ديسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
MONTH_PATTERN = re.compile(rf"\b(?:{_MONTH_ALT})\b\.?", re.I)
_TEXT_DATE = re.compile(
    rf"\b(?:(?P<d1>{_DAY})(?:\.|st|nd|rd|th)?\s*(?:de\s+)?(?P<m1>{_MONTH_ALT})\.?,?\s*(?:de\s+)?(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    rf"|(?P<d4>{_DAY})\.(?P<m4>0?[1-9]|1[0-2])\.(?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})[/.](?P<m5>0?[1-9]|1[0-2])[/.](?P<d5>{_DAY})"
    rf"|(?P<a6>[0-3]?\d)[/-](?P<b6>[0-3]?\d)[/-](?P<y6>{_YEAR}))\b",
    re.I,
)


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def iso(value: str | None, *, dayfirst: bool = True) -> str | None:
    """An ISO 8601 rendering of a machine-readable date string, or None if it is not one."""
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 80:
        return None
    parsed = _from_iso(value)
    if parsed is None:
        parsed = _from_dateutil(value, dayfirst)
    if parsed is None:
        return None
    if isinstance(parsed, datetime):
        if not _plausible(parsed.year):
            return None
        if parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None and "T" not in value:
            return parsed.date().isoformat()
        return parsed.isoformat()
    return parsed.isoformat() if _plausible(parsed.year) else None


def _from_iso(value: str) -> datetime | date | None:
    if not _ISO_PREFIX.match(value):
        return None
    text = value.replace("Z", "+00:00").replace(" ", "T", 1) if len(value) > 10 else value
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def _from_dateutil(value: str, dayfirst: bool) -> datetime | None:
    if not any(ch.isdigit() for ch in value):
        return None
    from dateutil import parser as du_parser  # imported here: most pages give ISO dates

    if _YEAR_FIRST.match(value):
        dayfirst = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("EST") are read as naive times
            return du_parser.parse(value, default=datetime(1, 1, 1), fuzzy=False, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        pass
    written = in_text(value, dayfirst=dayfirst)
    if written:
        return datetime.fromisoformat(written)
    return None


def in_text(text: str, *, dayfirst: bool = True) -> str | None:
    """The first written-out date in a line of text, as YYYY-MM-DD.

    "04/05/2024" is read day first unless `dayfirst` is False (US pages); a first
    number above 12 settles it either way.
    """
    for m in _TEXT_DATE.finditer(text):
        found = _match_date(m.groupdict(), dayfirst)
        if found:
            return found
    return None


def _match_date(g: dict[str, str | None], dayfirst: bool) -> str | None:
    for n in "12345":
        year_s = g.get(f"y{n}")
        if not year_s:
            continue
        month_s, day_s = g[f"m{n}"] or "", g[f"d{n}"] or ""
        month = int(month_s) if month_s.isdigit() else MONTHS.get(month_s.lower().rstrip("."), 0)
        return _date_or_none(int(year_s), month, int(day_s))
    if g.get("y6"):
        a, b = int(g["a6"] or 0), int(g["b6"] or 0)
        day, month = (a, b) if (dayfirst and b <= 12) or a > 12 else (b, a)
        return _date_or_none(int(g["y6"] or 0), month, day)
    return None


def _date_or_none(year: int, month: int, day: int) -> str | None:
    if not _plausible(year):
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def day_first(language: str | None) -> bool:
    """Whether "04/05/2024" means 4 May on a page in this language (not in US English)."""
    lang = (language or "en").lower()
    return not (lang == "en" or lang.startswith("en-us"))


def from_url(url: str | None) -> str | None:
    """A YYYY-MM-DD date written in a URL path (/2019/11/19/ or /20191119-)."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT_DATE):
        m = pattern.search(url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


def local_day(stamp: str | None, url_day: str | None) -> str | None:
    """A UTC timestamp the URL dates a day apart is the site's local day: the URL's date.

    Sites write their own day into their URLs (/2019/01/01/) and often the UTC time into their
    meta tags ("2018-12-31T23:11:59+00:00", just before midnight in Europe); the day a reader
    saw on the page is the URL's. Any other stamp is kept as it is."""
    if not stamp or not url_day or len(stamp) < 11 or not stamp.endswith(("+00:00", "Z")):
        return stamp
    try:
        apart = abs((date.fromisoformat(stamp[:10]) - date.fromisoformat(url_day)).days)
    except ValueError:
        return stamp
    return url_day if apart == 1 else stamp


# a label that says the text after it is the page's date ("Datum: 18.10.2021", "Published: May 4, 2024")
DATE_LABEL = re.compile(
    r"^\W*(?:(?:date|datum|fecha|data)\s*[:：]|(?:published|posted)(?: on)?\s*[:：]?|"
    r"(?:veröffentlicht|erschienen)(?: am)?\s*[:：]?|publié le|publicado(?: el)?|pubblicato(?: il)?)\s*",
    re.I,
)
MAX_LABELLED_LINE = 80


def labelled(body: Any, *, dayfirst: bool = True) -> str | None:
    """The first "Date: ..." line of a page: a label in an element's own text, the date after
    it in the same element or its parent ("<li><span>Datum:</span> 26. Januar 2022</li>")."""
    for el in body.iter("span", "div", "p", "li", "dt", "dd", "td", "strong", "b", "small"):
        own = el.text
        if not own or not DATE_LABEL.match(own) or len(own) > MAX_LABELLED_LINE:
            continue
        for holder in (el, el.getparent()):
            if holder is None:
                continue
            line = " ".join(" ".join(holder.itertext()).split())
            if len(line) <= MAX_LABELLED_LINE:
                found = in_text(DATE_LABEL.sub("", line, count=1), dayfirst=dayfirst)
                if found:
                    return found
    return None
