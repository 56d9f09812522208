"""Dates a page keeps only in the state its scripts carry (a JavaScript app's initial data,
a shop's product JSON, an analytics data layer): `"publishedDate":"2016-11-04T20:37:27Z"`.

The last resort of `dates_choice`, for a page that declares and prints no date at all.
"""

from __future__ import annotations

import re

from lxml import etree

from newsclean import dates

# a key naming a date, quoted or not, then an ISO date as a string (JSON, or escaped JSON in a string)
_KEYED_DATE = re.compile(
    r"""(?<![\w$])\\?["']?([A-Za-z_]\w{0,30})\\?["']?\s*[:=]\s*"""
    r"""\\?["'](\d{4}-\d{2}-\d{2}(?:[T ][\d:.]{5,15}(?:Z|[+-]\d\d:?\d\d)?)?)\\?["']"""
)
# what the key says the date is, most trusted first: the publication, the creation, a bare "date"
_PUBLISHED_KEY = re.compile(r"^(?:date_?)?publi(?:shed|sh|cation)(?:_?(?:at|date|on|time))?$|^pub_?date$", re.I)
_CREATED_KEY = re.compile(r"^(?:date_?)?created(?:_?(?:at|date|on|time))?$", re.I)
_PLAIN_KEY = re.compile(r"^date$", re.I)
_RANKS = (_PUBLISHED_KEY, _CREATED_KEY, _PLAIN_KEY)
# state scripts can be huge: a date that dates the page sits near the start of its record
MAX_SCRIPT_CHARS = 400_000


def script_date(body: etree._Element) -> str | None:
    """The date a page's scripts give under the best key (see `_RANKS`), the first such; none
    from JSON-LD (read elsewhere) or from scripts that load code from elsewhere."""
    best: tuple[int, str] | None = None
    budget = MAX_SCRIPT_CHARS
    for script in body.getroottree().getroot().iter("script"):
        if script.get("src") or "ld+json" in (script.get("type") or ""):
            continue
        text = (script.text or "")[:budget]
        budget -= len(text)
        for m in _KEYED_DATE.finditer(text):
            rank = next((i for i, key in enumerate(_RANKS) if key.match(m.group(1))), None)
            if rank is None or (best is not None and rank >= best[0]):
                continue
            value = dates.iso(m.group(2))
            if value:
                best = (rank, value)
                if rank == 0:
                    return value
        if budget <= 0:
            break
    return best[1] if best else None
