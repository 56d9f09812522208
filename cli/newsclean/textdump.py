"""Text dumps: what an earlier scraper saved as plain text, read into the same blocks as HTML.

Lines are the units (hard-wrapped dumps are re-joined per blank-line paragraph).
The head of the dump gives the headline, the dek, the author line and date labels;
widget and label lines are dropped by their words; short lines between paragraphs
that do not end a sentence are section headings; a "Trending" or "Related" line near
the end drops the link titles that follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsclean import dates
from newsclean.authors import byline_names, clean_name
from newsclean.model import (
    Block,
    Category,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Part,
    Removal,
    Role,
    Span,
)
from newsclean.text import ends_sentence, squash
from newsclean.verdicts import judge_line

MAX_TITLE_CHARS = 250
MAX_DEK_CHARS = 400
MAX_SHORT_DEK_CHARS = 300
MAX_HEAD_DATE_LINE = 80
MAX_BYLINE_WORDS = 6
# a section heading is a short line that does not end a sentence
MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12
# prose: a line long enough to be a paragraph
MIN_PROSE_CHARS = 120
# a line this long that does not end a sentence is a hard-wrapped line of a paragraph
MIN_WRAPPED_LINE = 50
# after a trending/related heading, headline-length lines are its links
MAX_LINK_TITLE_CHARS = 160
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s")
_LINK_LIST = (Category.TRENDING, Category.RELATED)


@dataclass(slots=True)
class Dump:
    """A text dump read into blocks, parts and removals."""

    blocks: list[Block] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


def units(text: str) -> list[str]:
    """The dump's lines, with hard-wrapped paragraphs joined back together: a long line that
    does not end a sentence continues on the next line of the same paragraph."""
    out: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = squash(raw)
        if not line:
            joinable = False
            continue
        if joinable and not _LIST_ITEM.match(line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        joinable = len(line) >= MIN_WRAPPED_LINE and not ends_sentence(line) and not line.endswith(":")
    return out


def read(text: str) -> Dump:
    dump = Dump()
    items = units(text)
    body_start = _head(items, dump)
    _body(items[body_start:], dump)
    return dump


def _head(items: list[str], dump: Dump) -> int:
    """Read headline, dek, author and date lines; return where the body starts."""
    i = 0
    if items and len(items[0]) <= MAX_TITLE_CHARS and not items[0].endswith("."):
        dump.title = items[0]
        i = 1
    while i < len(items):
        line = items[i]
        kind = _head_kind(line)
        if kind is None and dump.title and i == 1 and _is_dek(line, items[i + 1 : i + 2]):
            dump.parts.append(Part(Role.SUBTITLE, line, "line under the headline"))
        elif kind is None:
            return i
        elif kind == "date":
            dump.published = dump.published or dates.in_text(line)
            dump.removed.append(Removal(Category.METADATA, "date line", line))
        elif kind == "byline":
            names = byline_names(line) or [line]
            dump.parts.append(Part(Role.BYLINE, line, "author line"))
            dump.authors.extend(n for n in names if n not in dump.authors)
        else:
            verdict = judge_line(line)
            assert verdict is not None
            dump.removed.append(Removal(verdict[0], verdict[1], line))
        i += 1
    return i


def _head_kind(line: str) -> str | None:
    """What a line at the top of a dump is: a date line, a byline, other clutter, or None."""
    if len(line) < MAX_HEAD_DATE_LINE and dates.in_text(line):
        return "date"
    if len(line.split()) <= MAX_BYLINE_WORDS and (byline_names(line) or clean_name(line) == line):
        return "byline"
    return "clutter" if judge_line(line) is not None else None


def _is_dek(line: str, following: list[str]) -> bool:
    """A dek is a line under the headline that is cut short ("..."), or a short line
    followed by the byline, date or widget lines of the head (not by the body)."""
    if len(line) > MAX_DEK_CHARS:
        return False
    if line.endswith(("...", "…")):
        return True
    return len(line) <= MAX_SHORT_DEK_CHARS and bool(following) and _head_kind(following[0]) is not None


def _body(items: list[str], dump: Dump) -> None:
    link_list: Category | None = None
    pending_list: list[str] = []
    ordered = False
    for n, line in enumerate(items):
        m = _LIST_ITEM.match(line)
        if m and link_list is None:
            if not pending_list:
                ordered = bool(_ORDERED.match(line))
            pending_list.append(m.group("text"))
            continue
        _flush_list(dump, pending_list, ordered)
        pending_list = []
        verdict = judge_line(line)
        if verdict is not None:
            dump.removed.append(Removal(verdict[0], verdict[1], line))
            if verdict[0] in _LINK_LIST:
                link_list = verdict[0]
            continue
        if link_list is not None and len(line) <= MAX_LINK_TITLE_CHARS:
            dump.removed.append(Removal(link_list, "link title after a list heading", line))
            continue
        link_list = None
        nxt = items[n + 1] if n + 1 < len(items) else ""
        if _is_heading(line, nxt):
            dump.blocks.append(Heading(2, (Span(line),)))
        else:
            dump.blocks.append(Paragraph((Span(line),)))
    _flush_list(dump, pending_list, ordered)


def _flush_list(dump: Dump, items: list[str], ordered: bool) -> None:
    if items:
        dump.blocks.append(ListBlock(tuple(ListItem((Span(t),)) for t in items), ordered))


def _is_heading(line: str, following: str) -> bool:
    if len(line) > MAX_HEADING_CHARS or len(line.split()) > MAX_HEADING_WORDS:
        return False
    if ends_sentence(line) or line.endswith((",", ";", ":")) or not line[0].isupper():
        return False
    return len(following) >= MIN_PROSE_CHARS
