"""Stage 5a, reduce: the chosen container's markup to the small block vocabulary.

Walks the container in document order. Each block-level element becomes a heading,
paragraph, list, quote, table, figure or code block, or is set apart: as a part of
the article that is not body (title, dek, byline, bio ...), or as a removal
(link-dense lists, "Advertisement" labels, shops' buy buttons, date lines ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from newsclean import patterns as P
from newsclean.commerce import buy_spans, commerce_box
from newsclean.content import Measure
from newsclean.hints import class_hint
from newsclean.inline import SpanBuilder, image_src
from newsclean.lead import lead_blocks
from newsclean.model import (
    Block,
    Category,
    Code,
    Figure,
    Heading,
    Inline,
    Paragraph,
    Part,
    Removal,
    Role,
    Style,
    inline_text,
)
from newsclean.phrases import TAG_LABEL
from newsclean.prune import element_text, line_text
from newsclean.reduce_blocks import BlockBuilder
from newsclean.reduce_support import (
    IMAGE_TAGS,
    P_INLINE,
    code_language,
    is_gallery,
    lone_buy_link,
    same_title,
    split_paragraphs,
    standalone_label,
)
from newsclean.reduce_teasers import TeaserSection
from newsclean.reviewers import byline_without_reviewers
from newsclean.text import key, squash
from newsclean.verdicts import BALANCED, Tuning, judge_line, judge_links, teaser_card

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# hinted parts are only believed on elements this short (a "byline" wrapper around the
# whole story is a badly named container, not a byline)
MAX_PART_CHARS = {Role.BYLINE: 250, Role.SUBTITLE: 500, Role.BIO: 1500, Role.DISCLAIMER: 1200,
                  Role.EDITORS_NOTE: 1500, Role.CORRECTION: 1500}
MAX_DATE_LINE_CHARS = 120
MAX_CAPTION_CHARS = 600
MAX_KICKER_CHARS = 80
# a heading longer than this, of two sentences or more, is a paragraph marked up as one (the intro
# set big): sections are named in a few words ("Dr. Roe" or "27. Januar" end no sentence)
MAX_HEADING_CHARS = 120
SENTENCE_BREAK = re.compile(r"(?<=[a-zß-ÿа-я]{3})[.!?…][\"“”„»«’']?\s+[A-ZÀ-ÞА-Я]")
# spared chrome holding more than this share of the container is its wrapper, not clutter in it
SPARED_MAX_SHARE = 0.5

HINTED_ROLES: tuple[tuple[Role, object], ...] = (
    (Role.BIO, P.BIO_HINT),
    (Role.DISCLAIMER, P.DISCLAIMER_HINT),
    (Role.EDITORS_NOTE, P.EDITORS_NOTE_HINT),
    (Role.CORRECTION, P.CORRECTION_HINT),
    (Role.BYLINE, P.BYLINE_HINT),
    (Role.SUBTITLE, P.DEK_HINT),
)


@dataclass(slots=True)
class Reduction:
    """What the container holds: body blocks in order, parts set apart, removals."""

    blocks: list[Block] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    pull_quotes: set[int] = field(default_factory=set)  # indices of hinted pull quotes
    lead: list[etree._Element] = field(default_factory=list)  # blocks taken from before the container


class Reducer(BlockBuilder):
    """Turns one container element into a Reduction."""

    def __init__(self, base: str | None, title: str | None, measures: dict[etree._Element, Measure],
                 spared: dict[etree._Element, tuple[Category, str]] | None = None, tuning: Tuning = BALANCED):
        super().__init__(base)
        self.tuning = tuning
        self.title_key = key(title) if title else ""
        self.measures = measures
        self.spared = spared or {}
        self.total = 0  # the container's text length
        self.out = Reduction()
        self.seen_prose = False  # a dek only comes before the first paragraph
        # the element whose later blocks sit under a "Trending" / "Related" heading
        self.teasers = TeaserSection()

    def run(self, container: etree._Element) -> Reduction:
        m = self.measures.get(container)
        self.total = m.text if m else 0
        self.out.lead = lead_blocks(container, self.measures, self.title_key)  # a lead beside the headline
        for el in self.out.lead:
            self.block(el)
        self.container(container)
        return self.out

    # --- walking -------------------------------------------------------------------

    def container(self, el: etree._Element) -> None:
        """A block element holding a mix of inline runs and block children."""
        run = SpanBuilder(self.base)
        run.text(el.text)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                run.text(child.tail)
                continue
            button = lone_buy_link(child, run) if tag == "a" else None
            if button:
                self.flush(run)
                self.removal(Category.ADVERTISEMENT, "buy button", button)
            elif tag in P_INLINE and not standalone_label(child, run):
                run.child(child, None, Style.PLAIN)
            elif tag in IMAGE_TAGS:
                self.flush(run)
                self.image(child)
            else:
                self.flush(run)
                self.block(child)
            run.text(child.tail)
        self.flush(run)

    def flush(self, run: SpanBuilder) -> None:
        """Emit the pending inline run as paragraphs (a double <br> splits them)."""
        spans = run.done()
        if spans:
            for para in split_paragraphs(spans):
                self.paragraph_spans(para, None)

    def block(self, el: etree._Element) -> None:
        tag = el.tag
        if tag == "hr" or tag == "br":
            return
        if self.teasers.open and self.teasers.takes(el, self.measures, self.removal):
            return
        if self.set_apart(el, tag):
            return
        if tag in HEADINGS:
            self.heading(el, HEADINGS[tag])
        elif tag == "p":
            self.paragraph(el)
        elif tag in ("ul", "ol"):
            if is_gallery(el):
                self.container(el)  # a slideshow's captions, each set apart as a figure's
            else:
                self.list_block(el)
        elif tag == "blockquote":
            self.quote(el)
        elif tag == "pre":
            self.emit(Code(el.xpath("string()").strip("\n"), code_language(el)))
        elif tag == "table":
            self.table(el)
        elif tag == "figure":
            self.figure(el)
        elif tag == "figcaption":  # a gallery's own caption, under its figures
            self.caption(el)
        elif tag == "dl":
            self.definition_list(el)
        else:
            self.container(el)

    # --- parts and removals ----------------------------------------------------------

    def set_apart(self, el: etree._Element, tag: str) -> bool:
        """Keep titles, deks, bylines, bios, notes and clutter out of the body."""
        m = self.measures.get(el)
        size = m.text if m else len(element_text(el))
        if el in self.spared and size < SPARED_MAX_SHARE * self.total:
            # chrome inside the container that pruning kept only for its size
            category, rule = self.spared[el]
            self.removal(category, rule, element_text(el))
            return True
        if size == 0 and tag not in ("figure", "picture") and el.find(".//img") is None:
            return True
        hint = class_hint(el)
        if hint:
            if P.PULLQUOTE_HINT.search(hint):  # before the byline hint: "pull-quote-author"
                self.pull_quote(el)
                return True
            if self._hinted_part(el, hint, size):
                return True
            if size <= MAX_KICKER_CHARS and P.KICKER_HINT.search(hint) and not self.seen_prose:
                self.removal(Category.METADATA, "kicker above the headline", element_text(el))
                return True
            if size <= MAX_DATE_LINE_CHARS and P.DATE_HINT.search(hint) and tag not in HEADINGS:
                text = element_text(el)
                verdict = judge_line(text, self.tuning)
                if verdict is not None and verdict[0] is Category.EMPTY_LABEL:
                    self.removal(*verdict, text)
                else:
                    self.removal(Category.METADATA, "date element", text)
                return True
            if size <= MAX_CAPTION_CHARS and P.CAPTION_HINT.search(hint) and tag != "figure":
                self.caption(el)
                return True
        shop = commerce_box(el, m.text, m.links, hint) if m is not None and tag not in HEADINGS else None
        if shop is not None:
            self.removal(Category.ADVERTISEMENT, shop, element_text(el))
            return True
        if m is not None and self.seen_prose and teaser_card(el, m.text):
            self.removal(Category.RELATED, "teaser card", element_text(el))
            return True
        if m is not None and tag not in HEADINGS and tag != "p":
            verdict = judge_links(tag, m.text, m.links, self.tuning)
            if verdict is not None:
                text = element_text(el)
                if TAG_LABEL.match(text):
                    verdict = (Category.NAVIGATION, "tag links")
                self.removal(verdict[0], verdict[1], text)
                return True
        return False

    def _hinted_part(self, el: etree._Element, hint: str, size: int) -> bool:
        for role, pattern in HINTED_ROLES:
            if size > MAX_PART_CHARS[role] or not pattern.search(hint):  # type: ignore[attr-defined]
                continue
            if role is Role.SUBTITLE and self.seen_prose:
                continue
            text = line_text(el)  # as it reads: "By <a>Jane Doe</a>, editor" has no blank before the comma
            if role is Role.BYLINE:  # who checked the story is metadata, and no byline
                text = byline_without_reviewers(text, self.out.removed)
            if text:
                self.out.parts.append(Part(role, text, f"{role.value} class"))
            return True
        return False

    def removal(self, category: Category, rule: str, text: str) -> None:
        if text:
            self.out.removed.append(Removal(category, rule, text))

    def pull_quote(self, el: etree._Element) -> None:
        before = len(self.out.blocks)
        self.quote(el)
        self.out.pull_quotes.update(range(before, len(self.out.blocks)))

    def caption(self, el: etree._Element) -> None:
        run = SpanBuilder(self.base)
        run.flat(el)
        spans = run.done()
        if not spans:
            return
        last = self.out.blocks[-1] if self.out.blocks else None
        if isinstance(last, Figure) and not last.caption:
            self.out.blocks[-1] = Figure(last.src, last.alt, spans)
        else:
            self.emit(Figure(None, "", spans))

    # --- emitting ----------------------------------------------------------------------

    def emit(self, block: Block) -> None:
        self.out.blocks.append(block)

    def blocks_of(self, el: etree._Element) -> list[Block]:
        """The blocks inside an element (a quote), reduced on their own."""
        sub = Reducer(self.base, None, self.measures, self.spared, self.tuning)
        sub.seen_prose = True
        sub.total = self.total
        sub.container(el)
        self.out.removed.extend(sub.out.removed)
        self.out.parts.extend(sub.out.parts)
        return sub.out.blocks

    def heading(self, el: etree._Element, level: int) -> None:
        run = SpanBuilder(self.base)
        run.flat(el)
        spans = run.done()
        text = inline_text(spans)
        if not text:
            return
        if self.title_key and same_title(key(text), self.title_key):
            self.out.parts.append(Part(Role.TITLE, squash(text), f"<{el.tag}> matching the title"))
            return
        if len(text) > MAX_HEADING_CHARS and SENTENCE_BREAK.search(text):  # a paragraph in a heading's type
            self.paragraph_spans(spans, el)
            return
        verdict = judge_line(text, self.tuning, heading=True)
        if verdict is not None:
            self.removal(verdict[0], verdict[1], squash(text))
            self.teasers.start(el, verdict[0], self.measures, self.total)
            return
        self.emit(Heading(level, spans))

    def paragraph_spans(self, spans: Inline, el: etree._Element | None) -> None:
        text = inline_text(spans)
        verdict = judge_line(text, self.tuning)
        if verdict is not None:
            self.removal(verdict[0], verdict[1], squash(text))
            if el is not None:
                self.teasers.start(el, verdict[0], self.measures, self.total)
            return
        if buy_spans(text, spans):
            self.removal(Category.ADVERTISEMENT, "buy button", squash(text))
            return
        if el is not None:
            m = self.measures.get(el)
            if m is not None:
                verdict = judge_links("p", m.text, m.links, self.tuning)
                if verdict is not None:
                    self.removal(verdict[0], verdict[1], squash(text))
                    return
        self.seen_prose = True
        self.emit(Paragraph(spans))

    def image(self, el: etree._Element) -> None:
        img = el if el.tag in ("img", "amp-img") else next(el.iter("img", "amp-img"), None)
        if img is None:
            return
        src = image_src(img, self.base)
        if src:
            self.emit(Figure(src, squash(img.get("alt") or "")))
