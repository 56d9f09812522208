"""Verdicts on single blocks inside the article container: clutter by its words or its links.

The thresholds come as a Tuning, one per `--favor` setting: `precision` drops link-heavy
blocks sooner and judges longer lines by their words; `recall` keeps more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from newsclean.clutter_lines import FIELD_SEPARATOR, META_FIELD, MORE_CLUTTER_LINES
from newsclean.model import Category
from newsclean.options import Favor
from newsclean.phrases import CLUTTER_LINES, DATE_LINE_WORDS, MACHINE_LINE, TIME_OF_DAY

Verdict = tuple[Category, str]
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})


@dataclass(frozen=True, slots=True)
class Tuning:
    # share of a block's text that sits in links, above which it is a link list / block / line
    list_link_share: float
    block_link_share: float
    line_link_share: float
    # blocks longer than this are never judged clutter by their words alone
    max_clutter_chars: int
    # a link-only paragraph longer than this is a sentence that happens to be linked
    max_link_line_chars: int = 120
    # a link-dense container larger than this is more likely a link-rich article section
    max_link_block_chars: int = 3000


TUNINGS = {
    Favor.BALANCED: Tuning(list_link_share=0.6, block_link_share=0.7, line_link_share=0.95, max_clutter_chars=160),
    Favor.PRECISION: Tuning(list_link_share=0.4, block_link_share=0.5, line_link_share=0.8, max_clutter_chars=240,
                            max_link_line_chars=200, max_link_block_chars=6000),
    Favor.RECALL: Tuning(list_link_share=0.8, block_link_share=0.85, line_link_share=1.01, max_clutter_chars=100,
                         max_link_block_chars=1500),
}
BALANCED = TUNINGS[Favor.BALANCED]


# a date line has at most this many letters left once its date words are taken out
MAX_DATE_LINE_REST = 3
MAX_DATE_LINE_CHARS = 100
_DIGIT = re.compile(r"\d")
# every whole-line clutter pattern, in the order they are tried
ALL_CLUTTER_LINES = (*CLUTTER_LINES, *MORE_CLUTTER_LINES)


def is_date_line(text: str) -> bool:
    """Whether a short line says nothing but when the article was published or updated."""
    if len(text) > MAX_DATE_LINE_CHARS or not _DIGIT.search(text):
        return False  # (every date and time of day is written with digits: most lines are let go here)
    from newsclean.dates import MONTH_PATTERN, in_text

    if not (in_text(text) or TIME_OF_DAY.search(text)):
        return False
    rest = DATE_LINE_WORDS.sub(" ", MONTH_PATTERN.sub(" ", text))
    return sum(ch.isalpha() for ch in rest) <= MAX_DATE_LINE_REST


def judge_line(text: str, tuning: Tuning = BALANCED, *, heading: bool = False) -> Verdict | None:
    """(category, rule) if a short block of text is a known kind of clutter.

    Headings are not judged as values or dates: "2019" may head a year's section."""
    stripped = text.strip()
    if not stripped or len(stripped) > tuning.max_clutter_chars:
        return None
    if heading:
        pass
    elif MACHINE_LINE.match(stripped):
        return Category.METADATA, "machine-readable value"
    if is_date_line(stripped):
        return Category.METADATA, "date line"
    for category, rule, pattern in ALL_CLUTTER_LINES:
        if pattern.search(stripped):
            return category, rule
    if not heading and _metadata_row(stripped):
        return Category.METADATA, "metadata row"
    return None


def _metadata_row(text: str) -> bool:
    """Whether a line of fields split by bars is mostly dates and metadata labels, one a label at least
    (two dates are the span of an event: "29 November 2018 | 20 January 2019")."""
    if "|" not in text and "•" not in text and "·" not in text:
        return False
    fields = [f for f in FIELD_SEPARATOR.split(text) if f]
    if len(fields) < 2:
        return False
    labels = sum(1 for f in fields if META_FIELD.match(f))
    if not labels:
        return False
    dated = sum(1 for f in fields if not META_FIELD.match(f) and is_date_line(f))
    return 2 * (labels + dated) >= len(fields)


def judge_links(tag: str, text: int, links: int, tuning: Tuning = BALANCED) -> Verdict | None:
    """(category, rule) if a block is mostly links: menus, teaser lists, "read more" lines."""
    if text == 0 or links == 0:
        return None
    share = links / text
    if tag in LIST_TAGS:
        if share >= tuning.list_link_share:
            return Category.RELATED, f"link list ({share:.0%} links)"
        return None
    if tag == "p":
        if share >= tuning.line_link_share and text <= tuning.max_link_line_chars:
            return Category.RELATED, f"link-only line ({share:.0%} links)"
        return None
    if share >= tuning.block_link_share and text <= tuning.max_link_block_chars:
        return Category.RELATED, f"link-dense block ({share:.0%} links)"
    return None


# a teaser card: a block that opens with another story's headline as a link and goes on
# with a line of summary (and a date): "<div><a>Headline</a><div>Summary</div></div>"
CARD_TAGS = frozenset({"div", "article", "section"})
MAX_CARD_CHARS = 300
MIN_CARD_HEADLINE = 30
MIN_CARD_HEADLINE_SHARE = 0.3


def teaser_card(el: etree._Element, text: int) -> bool:
    """Whether a block is a teaser card of another story, by its shape alone."""
    if el.tag not in CARD_TAGS or not text or text > MAX_CARD_CHARS:
        return False
    link = next((a for a in el.iter("a") if "".join(a.itertext()).strip()), None)  # not the picture's link
    if link is None:
        return False
    headline = len("".join(link.itertext()).strip())
    if headline < MIN_CARD_HEADLINE or headline < MIN_CARD_HEADLINE_SHARE * text or headline >= text:
        return False  # (a headline alone is a link line: judge_links' business)
    parent = link.getparent()
    in_sentence = parent is not None and parent.tag == "p" and len("".join(parent.itertext()).strip()) > headline
    return not in_sentence and _opens(el, link)


def _opens(root: etree._Element, el: etree._Element) -> bool:
    """Whether no text comes before `el` inside `root`."""
    node = el
    while node is not root:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        for sib in node.itersiblings(preceding=True):
            if (sib.tail or "").strip() or "".join(sib.itertext()).strip():
                return False
        node = parent
    return True
