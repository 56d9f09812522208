"""Inline content: an element's text and inline children as normalised spans.

Whitespace is collapsed across span boundaries the way a browser would; links are
made absolute against the page URL; links that go nowhere become plain text.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from newsclean.model import Inline, Span, Style
from newsclean.text import clean_control

_WS = re.compile(r"\s+")
STRONG_TAGS = frozenset({"strong", "b"})
EM_TAGS = frozenset({"em", "i", "cite", "dfn"})
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
# inline elements whose content is never text a reader sees
SKIP_TAGS = frozenset({"img", "picture", "source", "svg", "wbr", "script", "style", "button"})
BREAK = Span("\n", None, Style.BREAK)
# images that stand in for the real one until a script swaps it in
_PLACEHOLDER_SRC = re.compile(r"^data:|blank\.(?:gif|png)|spacer|placeholder|pixel|1x1|lazy", re.I)
LAZY_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
              "data-full-src", "data-lazy", "data-srcset", "srcset", "data-lazy-srcset")


def resolve(href: str | None, base: str | None) -> str | None:
    """An absolute link target, or None for links that lead nowhere."""
    if not href:
        return None
    href = href.strip()
    lowered = href[:11].lower()
    if not href or href.startswith("#") or lowered.startswith(("javascript:", "data:", "vbscript:")):
        return None
    if base and not lowered.startswith(("http://", "https://", "mailto:", "tel:")):
        try:
            href = urljoin(base, href)
        except ValueError:
            return None
    return href.replace(" ", "%20")


def image_src(img: etree._Element, base: str | None) -> str | None:
    """The real URL of an image, looking past lazy-loading placeholders."""
    src = img.get("src")
    if not src or _PLACEHOLDER_SRC.search(src):
        for attr in LAZY_ATTRS:
            value = img.get(attr)
            if value:
                src = _first_of_srcset(value) if "srcset" in attr else value
                break
    if not src or src.startswith("data:"):
        return None
    return resolve(src, base)


def _first_of_srcset(srcset: str) -> str:
    return srcset.split(",")[0].strip().split(" ")[0]


class SpanBuilder:
    """Collects raw spans from inline markup; `done()` normalises them."""

    __slots__ = ("base", "spans")

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.spans: list[Span] = []

    def text(self, text: str | None, href: str | None = None, style: Style = Style.PLAIN) -> None:
        if text:
            self.spans.append(Span(text, href, style))

    def element(self, el: etree._Element, href: str | None = None, style: Style = Style.PLAIN) -> None:
        """An inline element's content (not its tail)."""
        self.text(el.text, href, style)
        for child in el:
            self.child(child, href, style)
            self.text(child.tail, href, style)

    def child(self, el: etree._Element, href: str | None, style: Style) -> None:
        tag = el.tag
        if tag == "br":
            self.spans.append(BREAK)
        elif tag in SKIP_TAGS or not isinstance(tag, str):
            return
        elif tag == "a":
            self.element(el, resolve(el.get("href"), self.base) or href, style)
        elif tag in STRONG_TAGS and style is Style.PLAIN:
            self.element(el, href, Style.STRONG)
        elif tag in EM_TAGS and style is Style.PLAIN:
            self.element(el, href, Style.EM)
        elif tag in CODE_TAGS:
            self.element(el, href, Style.CODE)
        else:
            self.element(el, href, style)

    def flat(self, el: etree._Element, skip: frozenset[str] = frozenset()) -> None:
        """Everything under an element as inline text, block children set apart by spaces."""
        self.text(el.text)
        for child in el:
            tag = child.tag
            if tag in skip:
                pass
            elif isinstance(tag, str) and tag not in SKIP_TAGS and tag not in INLINE_LIKE:
                self.text(" ")
                self.flat(child, skip)
                self.text(" ")
            else:
                self.child(child, None, Style.PLAIN)
            self.text(child.tail)

    def done(self) -> Inline:
        spans, self.spans = self.spans, []
        return normalise(spans)


INLINE_LIKE = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt "
    "ruby s samp small span strike strong sub sup time tt u var br".split()
)


def normalise(spans: list[Span]) -> Inline:
    """Collapse whitespace across spans, merge neighbours of one style, trim the ends.

    At most two breaks in a row survive: a double break is a paragraph boundary that
    the reducer splits on. Neighbours are merged by collecting their pieces and joining
    once, so a run of a million tiny spans costs linear time.
    """
    runs: list[tuple[str | None, Style, list[str]]] = []  # (href, style, pieces)
    space_before = True  # at a line start, leading spaces go
    for span in spans:
        if span.style is Style.BREAK:
            _rstrip_run(runs)
            if runs and not (len(runs) >= 2 and runs[-1][1] is Style.BREAK and runs[-2][1] is Style.BREAK):
                runs.append((None, Style.BREAK, ["\n"]))
            space_before = True
            continue
        text = span.text
        # printable text holds no white space but single spaces and no control or invisible
        # character (all are outside Unicode's printable classes): nothing to collapse or drop
        if not text.isprintable() or "  " in text:
            text = clean_control(_WS.sub(" ", text))
        if space_before:
            text = text.lstrip(" ")
        if not text:
            continue
        space_before = text.endswith(" ")
        if runs and runs[-1][0] == span.href and runs[-1][1] is span.style:
            runs[-1][2].append(text)
        else:
            runs.append((span.href, span.style, [text]))
    out = [BREAK if style is Style.BREAK else Span("".join(pieces), href, style) for href, style, pieces in runs]
    _rstrip_last(out)
    while out and out[-1].style is Style.BREAK:
        out.pop()
        _rstrip_last(out)
    return tuple(_tidy_edges(out))


def _rstrip_run(runs: list[tuple[str | None, Style, list[str]]]) -> None:
    """Trailing spaces of the pending runs go before a line break."""
    while runs and runs[-1][1] is not Style.BREAK:
        pieces = runs[-1][2]
        while pieces and not pieces[-1].rstrip(" "):
            pieces.pop()
        if pieces:
            pieces[-1] = pieces[-1].rstrip(" ")
            return
        runs.pop()


def _rstrip_last(out: list[Span]) -> None:
    while out and out[-1].style is not Style.BREAK:
        last = out[-1]
        text = last.text.rstrip(" ")
        if text:
            out[-1] = Span(text, last.href, last.style)
            return
        out.pop()


def _tidy_edges(out: list[Span]) -> list[Span]:
    """Move spaces at the edges of links and emphasis outside them."""
    tidy: list[Span] = []
    for span in out:
        if span.style is Style.BREAK or (span.href is None and span.style is Style.PLAIN):
            tidy.append(span)
            continue
        core = span.text.strip(" ")
        if not core:
            tidy.append(Span(" ", None, Style.PLAIN))
            continue
        if span.text.startswith(" "):
            tidy.append(Span(" ", None, Style.PLAIN))
        tidy.append(Span(core, span.href, span.style))
        if span.text.endswith(" "):
            tidy.append(Span(" ", None, Style.PLAIN))
    merged: list[Span] = []
    for span in tidy:
        if merged and span.style is Style.PLAIN and span.href is None:
            last = merged[-1]
            if last.style is Style.PLAIN and last.href is None:
                merged[-1] = Span((last.text + span.text).replace("  ", " "), None, Style.PLAIN)
                continue
        merged.append(span)
    return merged


def visible_text(el: etree._Element) -> str:
    """An element's text as a reader sees it: inline pieces joined as they are, line breaks
    and block boundaries as spaces ("By <a>A</a>, Editor" reads "By A, Editor")."""
    run = SpanBuilder(None)
    run.flat(el)
    # what normalise() would give, read as one line: its spaces, trims and merges all vanish
    # when every run of white space becomes one space, so the raw spans do, at a fifth the cost
    return " ".join(clean_control(" ".join("".join(s.text for s in run.spans).split())).split())
