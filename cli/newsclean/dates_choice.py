"""The article's dates: what the page declares for machines, checked against what its header
prints for readers (`dates_header`).

`published`, when the page declares one (JSON-LD datePublished, article:published_time and
a dozen date meta tags), is the declared date unless the header prints another day:

- a header that prints the declared day (or, a numeric date, the day read the other way)
  confirms it, unless it prints it as the update beside a date it labels published;
- a `date` / Dublin Core value (often the page's generation stamp) yields to the page's
  <time> marked as the publication's, else its first <time> not an update's, else a
  "Date: ..." line;
- a printed <time> of the same instant gives its offset; a UTC stamp a day off the printed
  day is written at the offset that puts it there (the same instant); a stamp without a
  zone a day off gives the printed day; one with the page's own offset stays;
- a printed day further off wins (the date the page shows its readers, even when it is the
  declared modification day), unless another declared stamp has it, or the URL agrees with
  a strong declared date; two plain dates of different days leave the declared one;
- a header that prints only an update date ("Last updated: ...", "Stand: ...") dates the page
  by that revision (the declared modification stamp of its day, where there is one) and the
  declared publication becomes `first_published`; beside a publication date it prints, an
  update date is never the publication's;
- published and modified declared as the same instant (the stamp of the last save), with no
  date in the header: a <time> the page marks as the publication's (pubdate, itemprop) wins;
- a header that prints no date at all leaves the day in the URL when the declared stamp is
  later (a re-save: the path keeps the day the story first went up).

With nothing declared: the header's date (a labelled publication first, else an update date
it prints alone), a <time> (none in
a comment thread), date-named elements, a date in the URL, a short post's footer date, a
"Date: ..." line, a meta tag named like a publication date, an update date printed in the
header, a date the page's state scripts keep (`dates_script`), and last the declared
modification date, the only date such a page has.

`updated`: JSON-LD dateModified, article:modified_time and the like, else an update date
printed in the header ("Last updated: ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from lxml import etree

from newsclean import dates
from newsclean.dates_header import header_dates
from newsclean.dates_page import Shown, labelled, time_label, visible_dates
from newsclean.dates_script import script_date
from newsclean.jsonld import LinkedData
from newsclean.metadata_sources import COMMENTS_ONLY, in_chrome
from newsclean.text import squash

PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
    "release_date", "citation_publication_date", "citation_date", "dc.created", "created",
)
# keys content systems fill with the page's generation or last-change time as often as with
# its publication: a date the page marks up as its publication outranks them
WEAK_KEYS = frozenset({"date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued",
                       "dcterms.created", "dc.date.created", "dc.created", "created"})
UPDATED_KEYS = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article.updated",
    "modified_time", "revised",
)
_PUBLISHED_LIKE = re.compile(r"publi|pub[-_.]?date|pub[-_.]?time|creat|release|issued|posted")
_UPDATED_LIKE = re.compile(r"modif|updat|revis")

Declared = tuple[str, bool]  # (ISO value, from a strong source)


def read(body: etree._Element, tags: dict[str, list[str]], ld: LinkedData, url: str | None,
         title: str | None, dayfirst: bool) -> Dates:
    """The article's dates: see the module's docstring for the order of trust."""
    url_day = dates.from_url(url)
    shown = [replace(s, day=s.swapped, swapped=s.day) if url_day and s.swapped == url_day else s
             for s in header_dates(body, title, dayfirst)]  # "03/10/2023" under /2023/october/03/
    modified = _updated(tags, ld, dayfirst)
    declared = _declared(tags, ld, dayfirst)
    found = _published(body, tags, title, dayfirst, shown, declared, modified, url_day)
    updated = modified or _printed_update(shown)
    revision = _shown_revision(shown, modified)
    if found and declared and revision and found[:10] == revision[:10] != declared[0][0][:10]:
        # the header dates this version by its revision (the URL keeps the first publication's day)
        return Dates(found, declared[0][0], updated)
    return Dates(dates.local_day(found, url_day), None, updated)


@dataclass(frozen=True, slots=True)
class Dates:
    published: str | None  # the date the page gives the article (see the module's docstring)
    first_published: str | None  # the declared first publication, where `published` is a revision's
    updated: str | None


def _published(body: etree._Element, tags: dict[str, list[str]], title: str | None, dayfirst: bool,
               shown: list[Shown], declared: list[Declared], modified: str | None,
               url_day: str | None) -> str | None:
    if declared:
        return _checked(declared, shown, body, modified, url_day, dayfirst)
    return (
        _first_printed(shown)
        or _shown_revision(shown, modified)
        or _time_element(body)
        or next(visible_dates(body, dayfirst), None)
        or url_day
        or _first_printed(whole := header_dates(body, title, dayfirst, whole_story=True))
        or labelled(body, dayfirst=dayfirst)
        or _date_like_keys(tags, _PUBLISHED_LIKE, dayfirst, not_after=modified)
        or _printed_update(whole)
        or script_date(body)
        or modified  # the only date the page has: its last change
    )


def _shown_revision(shown: list[Shown], modified: str | None) -> str | None:
    """The update date a header prints where it prints no publication date ("Last updated:
    May 4, 2024" alone under the headline): the declared modification stamp of that day, else
    the printed date."""
    if _printed(shown) is not None:
        return None
    update = _printed_update(shown)
    if update and modified and modified[:10] == update[:10]:
        return modified
    return update


def _updated(tags: dict[str, list[str]], ld: LinkedData, dayfirst: bool) -> str | None:
    """The declared date of the article's last change."""
    found = dates.iso(ld.modified, dayfirst=dayfirst)
    values = (value for key in UPDATED_KEYS for value in tags.get(key, []))
    for value in values if not found else ():
        found = dates.iso(value, dayfirst=dayfirst)
        if found:
            break
    return found or _date_like_keys(tags, _UPDATED_LIKE, dayfirst)


def _printed_update(shown: list[Shown]) -> str | None:
    return next((s.stamp or s.day for s in shown if s.kind == "updated"), None)


def _first_printed(shown: list[Shown]) -> str | None:
    """The date the header prints as the publication's, else its first date not an update's;
    none where it prints many days (a list of other stories)."""
    found = next((s for s in shown if s.kind == "published"), None)
    if found is None and len({s.day for s in shown if s.kind == "plain"}) < MANY_DAYS:
        found = next((s for s in shown if s.kind == "plain"), None)
    return found.stamp or found.day if found else None


# this many different days around a headline are a list of stories, not one story's dates
MANY_DAYS = 3


def _declared(tags: dict[str, list[str]], ld: LinkedData, dayfirst: bool) -> list[Declared]:
    """Every declared publication date, most trusted first."""
    found: list[Declared] = []
    value = dates.iso(ld.published, dayfirst=dayfirst)
    if value:
        found.append((value, True))
    for key in PUBLISHED_KEYS:
        for raw in tags.get(key, []):
            value = dates.iso(raw, dayfirst=dayfirst)
            if value:
                found.append((value, key not in WEAK_KEYS))
    return found


def _checked(declared: list[Declared], shown: list[Shown], body: etree._Element,
             modified: str | None, url_day: str | None, dayfirst: bool) -> str:
    """The declared date, or the header's when the header prints another day."""
    value = declared[0][0]
    strong = any(st for v, st in declared if v[:10] == value[:10])  # a strong key may agree with a weak one
    printed = _printed(shown)
    beside_publication = printed is not None and printed.kind == "published"
    if any(value[:10] in (s.day, s.swapped) for s in shown if s.kind != "updated" or not beside_publication):
        return value  # the header confirms it (unless it prints it as the update, beside the publication)
    if not strong:
        marked = _time_element(body, not_updates=True) or labelled(body, dayfirst=dayfirst)
        if marked and marked[:10] != value[:10]:
            return marked
    elif not shown and modified and modified[:19] == value[:19]:
        # published and modified the same instant: the stamp of the last save; a <time> the
        # page marks as the publication's tells the day it went up
        marked = _time_element(body, marked_only=True)
        if marked and marked[:10] < value[:10]:
            return marked
    if not shown and url_day and url_day < value[:10] and (_days_apart(value, url_day) or 0) > 1:
        return url_day  # the path keeps the day the story first went up; a later stamp is a re-save
    if printed is None:
        # a header that dates the page by its last revision alone gives that date; otherwise a
        # declared stamp stands
        return _shown_revision(shown, modified) or value
    if printed.stamp and _same_instant(printed.stamp, value):
        return printed.stamp  # the declared instant, at the offset the page prints it in
    same_day = next((v for v, _ in declared if v[:10] == printed.day), None)
    if _days_apart(value, printed.day) == 1:
        local = same_day or dates.on_day(value, printed.day, printed.clock)
        if local:
            return local
        if not _has_offset(value):
            return printed.stamp or printed.day  # a time without a zone: the day the page prints
        if not value.endswith(("Z", "+00:00")):
            return value  # the page's own offset
        # a UTC stamp no offset in use brings to the printed day: another day, as below
    if same_day:
        return same_day
    if strong and url_day == value[:10]:
        return value
    return printed.stamp or printed.day


def _printed(shown: list[Shown]) -> Shown | None:
    """The publication date the header prints: one labelled so, else the one plain date
    (two plain dates of different days leave it open)."""
    labelled_ = [s for s in shown if s.kind == "published"]
    if labelled_:
        return labelled_[0]
    plain = [s for s in shown if s.kind == "plain"]
    if not plain or any(s.day != plain[0].day for s in plain):
        return None
    return plain[0]


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _same_instant(a: str, b: str) -> bool:
    try:
        first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
        return first.tzinfo is not None and second.tzinfo is not None and first == second
    except ValueError:
        return False


def _has_offset(value: str) -> bool:
    return len(value) > 10 and (value.endswith("Z") or value[-6] in "+-")


def _date_like_keys(tags: dict[str, list[str]], pattern: re.Pattern[str], dayfirst: bool,
                    not_after: str | None = None) -> str | None:
    """A date from any meta tag whose name says it is one ("published-date", "pub_time" ...);
    none later than `not_after` (a publication after the page's last change is some other stamp)."""
    for name, values in tags.items():
        if pattern.search(name):
            for value in values:
                found = dates.iso(value, dayfirst=dayfirst)
                if found and not (not_after and found[:10] > not_after[:10]):
                    return found
    return None


def _time_element(body: etree._Element, *, not_updates: bool = False, marked_only: bool = False) -> str | None:
    """The <time> marked as the publication's (itemprop, pubdate, class), else (unless
    `marked_only`) the first <time> (with `not_updates`, the first not labelled as an
    update's); none in a comment thread."""
    first = None
    for el in body.iter("time"):
        value = el.get("datetime") or el.get("content") or squash(el.xpath("string()"))
        if not value or in_chrome(el, COMMENTS_ONLY):
            continue  # a comment's <time> dates the comment
        if (el.get("itemprop") == "datePublished" or el.get("pubdate") is not None
                or "publish" in (el.get("class") or "")):
            return dates.iso(value)
        if first is None and not marked_only and not (not_updates and time_label(el) == "updated"):
            first = value
    return dates.iso(first)
