"""Dates: machine-readable or written-out dates to ISO 8601, keeping the page's own offset.

ISO strings take the fast path (datetime.fromisoformat); anything else goes to
python-dateutil, with month names in the languages newsclean reads most taught to it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone

# dates before the web or too far in the future are template noise (copyright years, placeholders)
MIN_YEAR = 1990
MAX_YEAR = 2100

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[-_])")
# a day and month in a URL path, the other way round (/29-10-2021, /23-01-2022-some-story)
_URL_DAY_FIRST = re.compile(r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?:/|[-_.]|$)")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGIT = re.compile(r"\d")
_YEAR_FIRST = re.compile(r"\s*\d{4}\D")
# "10.12.2022, 07:00" is day first in every language that writes dates with dots
_DOTTED = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}")
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
# Russian and Ukrainian, in the genitive a date is written with ("15 августа 2016")
for _number, _names in enumerate(
    (
        "января январь січня", "февраля февраль лютого", "марта март березня", "апреля апрель квітня",
        "мая май травня", "июня июнь червня", "июля июль липня", "августа август серпня",
        "сентября сентябрь вересня", "октября октябрь жовтня", "ноября ноябрь листопада",
        "декабря декабрь грудня",
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
    rf"|(?P<d4>{_DAY})\.\s?(?P<m4>0?[1-9]|1[0-2])\.\s?(?P<y4>{_YEAR})"
    rf"|(?P<y5>{_YEAR})[/.](?P<m5>0?[1-9]|1[0-2])[/.](?P<d5>{_DAY})"
    rf"|(?P<a6>[0-3]?\d)[/-](?P<b6>[0-3]?\d)[/-](?P<y6>{_YEAR}))(?:\b|(?=T\d\d:))",  # "2022-11-23T08:10"
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
    elif _DOTTED.match(value):
        dayfirst = True
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
    return next((found for found, _, _ in spans(text, dayfirst=dayfirst)), None)


def spans(text: str, *, dayfirst: bool = True, short_years: bool = False) -> Iterator[tuple[str, int, int]]:
    """Every written-out date in a line of text: (YYYY-MM-DD, start, end).

    `short_years` also reads "31.10.23" (day, month, two-digit year), which only a line
    known to hold a date (a date element, the line under a headline) can be trusted with."""
    if not _DIGIT.search(text):
        return  # every written date has a year in digits: most lines of a page are passed over here
    for m in _TEXT_DATE.finditer(text):
        found = _match_date(m.groupdict(), dayfirst)
        if found:
            yield found, m.start(), m.end()
    if short_years:
        for m in _SHORT_YEAR.finditer(text):
            found = _date_or_none(SHORT_YEAR_CENTURY + int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if found:
                yield found, m.start(), m.end()


# "31.10.23": day, month and the year's last two digits, the way German-language sites print them
_SHORT_YEAR = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{2})(?![\d.])")
SHORT_YEAR_CENTURY = 2000  # a page on the web written in the 1990s with two-digit years is rare


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
    """A date written in a URL path: /2019/11/19/, /20191119-, /2023/october/03/ or /29-10-2021."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT_DATE, _URL_MONTH_NAME, _URL_DAY_FIRST):
        for m in pattern.finditer(url):
            year, month, day = (m.group(3), m.group(2), m.group(1)) if pattern is _URL_DAY_FIRST else m.groups()
            if pattern is _URL_DAY_FIRST and int(day) <= 12:
                continue  # 05-06-2020 may be month first (US): only a day above 12 settles it
            number = int(month) if month.isdigit() else MONTHS.get(month.lower(), 0)
            found = _date_or_none(int(year), number, int(day))
            if found:
                return found
    return None


_URL_MONTH_NAME = re.compile(rf"/((?:19|20)\d{{2}})/({_MONTH_ALT})/(0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)", re.I)


def local_day(stamp: str | None, url_day: str | None) -> str | None:
    """A UTC timestamp the URL dates a day apart, written at the site's offset: the URL's day.

    Sites write their own day into their URLs (/2019/01/01/) and often the UTC time into their
    meta tags ("2018-12-31T23:11:59+00:00", just before midnight in Europe); the day a reader
    saw on the page is the URL's. The instant stays the same; any other stamp is kept as it is."""
    if not stamp or not url_day:
        return stamp
    return on_day(stamp, url_day) or stamp


# every time zone in use lies between these offsets from UTC, in whole quarter hours
MIN_OFFSET = timedelta(hours=-12)
MAX_OFFSET = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)


def on_day(stamp: str, day: str, clock: tuple[int, int] | None = None) -> str | None:
    """A UTC stamp a day off the day the page prints, written at the offset that puts it on
    that day: the same instant ("2022-05-04T03:37:37+00:00" shown as "3 May, 11:37 pm" is
    "2022-05-03T23:37:37-04:00"). The offset is the printed time of day's, when one is given
    and fits; else the nearest whole hour that does. None when the stamp is not in UTC or no
    offset in use reaches the day."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        target = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if moment.utcoffset() != timedelta(0) or abs((target - moment.date()).days) != 1:
        return None
    offsets = [timedelta(hours=h) * (1 if target > moment.date() else -1) for h in range(1, 15)]
    if clock:
        printed = datetime.combine(target, time(*clock), tzinfo=UTC)
        offsets.insert(0, printed - moment.replace(second=0, microsecond=0))
    for offset in offsets:
        if MIN_OFFSET <= offset <= MAX_OFFSET and offset % OFFSET_STEP == timedelta(0):
            local = moment.astimezone(timezone(offset))
            if local.date() == target:
                return local.isoformat()
    return None
