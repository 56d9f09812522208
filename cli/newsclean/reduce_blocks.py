"""Builders for the structured block kinds: paragraphs, lists, tables, figures, quotes.

A mixin for the Reducer, which provides `emit`, `container`, `paragraph_spans`,
`image` and `nested` (a fresh reducer for the inside of a quote).
"""

from __future__ import annotations

from lxml import etree

from newsclean.inline import SpanBuilder, image_src
from newsclean.model import Block, Category, Figure, ListBlock, ListItem, Paragraph, Quote, Style, Table, inline_text
from newsclean.prune import text_without
from newsclean.reduce_support import split_paragraphs
from newsclean.text import squash

LIST_TAGS = frozenset({"ul", "ol"})
CELL_TAGS = frozenset({"td", "th"})
TABLE_SECTIONS = frozenset({"table", "thead", "tbody", "tfoot"})
# a table cell with more text than this is page layout, not data
MAX_DATA_CELL_CHARS = 600
# a figure with more text than this holds more than an image and its caption
MAX_FIGURE_TEXT = 800
# blocks a <figure> without an image holds as its content, under or over its caption (a
# "wp-block-table" figure): read as blocks, not flattened into the caption or dropped
FIGURE_CONTENT_TAGS = ("table", "blockquote", "ul", "ol", "pre")


class BlockBuilder:
    """Structured blocks from markup; the subclass decides what to do with them."""

    def __init__(self, base: str | None) -> None:
        self.base = base

    # provided by the Reducer
    def emit(self, block: Block) -> None:
        raise NotImplementedError

    def container(self, el: etree._Element) -> None:
        raise NotImplementedError

    def paragraph_spans(self, spans: tuple, el: etree._Element | None) -> None:
        raise NotImplementedError

    def image(self, el: etree._Element) -> None:
        raise NotImplementedError

    def removal(self, category: Category, rule: str, text: str) -> None:
        raise NotImplementedError

    def nested(self) -> BlockBuilder:
        raise NotImplementedError

    def blocks_of(self, el: etree._Element) -> list[Block]:
        raise NotImplementedError

    def block(self, el: etree._Element) -> None:
        raise NotImplementedError

    # --- builders --------------------------------------------------------------------

    def paragraph(self, el: etree._Element) -> None:
        run = SpanBuilder(self.base)
        run.element(el)
        spans = run.done()
        if not spans:
            img = el.find(".//img")
            if img is not None:
                self.image(img)
            return
        for para in split_paragraphs(spans):
            self.paragraph_spans(para, el)

    def list_block(self, el: etree._Element) -> None:
        block = self.make_list(el)
        if block.items:
            self.emit(block)

    def make_list(self, el: etree._Element) -> ListBlock:
        items: list[ListItem] = []
        if _says_something(el.text):  # text straight in the list, before its first item
            run = SpanBuilder(self.base)
            run.text(el.text)
            items.append(ListItem(run.done()))
        for child in el:
            tag = child.tag
            if tag in LIST_TAGS and items:  # a list nested straight in a list: the last item's
                last = items[-1]
                items[-1] = ListItem(last.spans, (*last.children, self.make_list(child)))
                continue
            if not isinstance(tag, str):
                continue
            run = SpanBuilder(self.base)
            run.flat(child, skip=LIST_TAGS)
            if _says_something(child.tail):  # "<ul><b>Native apps</b> – Spotify, Signal</ul>"
                run.text(child.tail)
            children = tuple(
                self.make_list(sub) for sub in child.iter("ul", "ol") if _nearest_list_item(sub) is child
            )
            spans = run.done()
            if spans or any(c.items for c in children):
                items.append(ListItem(spans, tuple(c for c in children if c.items)))
        start = el.get("start") or "1"
        return ListBlock(tuple(items), el.tag == "ol", int(start) if start.isdigit() else 1)

    def quote(self, el: etree._Element) -> None:
        blocks = self.blocks_of(el)
        if blocks:
            self.emit(Quote(tuple(blocks)))

    def table(self, el: etree._Element) -> None:
        rows = self.data_rows(el)
        if rows is None:
            self.container(el)
        elif rows:
            caption: tuple = ()
            caption_el = el.find("caption")
            if caption_el is not None:
                run = SpanBuilder(self.base)
                run.flat(caption_el)
                caption = run.done()
            self.emit(Table(tuple(rows), caption))

    def data_rows(self, el: etree._Element) -> list[tuple] | None:
        """The rows of a data table, or None for a table used for page layout."""
        if el.get("role") == "presentation" or el.find(".//table") is not None:
            return None
        rows = []
        width = 0
        for row in _row_cells(el):
            cells = []
            for cell in row:
                if len(squash(cell.xpath("string()"))) > MAX_DATA_CELL_CHARS:
                    return None
                run = SpanBuilder(self.base)
                run.flat(cell)
                cells.append(tuple(s for s in run.done() if s.style is not Style.BREAK))
            if any(cells):
                rows.append(tuple(cells))
                width = max(width, len(cells))
        if width < 2:
            return None
        return rows

    def figure(self, el: etree._Element) -> None:
        text = squash(el.xpath("string()"))
        if len(text) > MAX_FIGURE_TEXT:  # an unclosed <figure> swallowed the story
            self.container(el)
            return
        img = el.find(".//img")
        if el.find(".//figure") is not None or (img is None and next(el.iter(*FIGURE_CONTENT_TAGS), None) is not None):
            self.container(el)  # a gallery of figures, or a table, quote or list with its caption
            return
        caption_el = el.find(".//figcaption")
        if caption_el is None:  # a caption in a <p> or <span> of its own inside the figure
            caption_el = next((c for c in el.iterdescendants() if c.tag not in ("img", "picture", "source")
                               and "".join(c.itertext()).strip()), None)
        caption: tuple = ()
        if caption_el is not None:
            run = SpanBuilder(self.base)
            run.flat(caption_el)
            caption = run.done()
        if img is None and not caption:
            self.container(el)  # a <figure> used as a wrapper for a quote, table or embed
            return
        src = image_src(img, self.base) if img is not None else None
        alt = squash(img.get("alt") or "") if img is not None else ""
        self.emit(Figure(src, alt, caption))
        if caption_el is not None and len(text) > len(squash(inline_text(caption))):
            # a credit or source printed in the figure beside its caption (a <cite> after the <figcaption>)
            self.removal(Category.METADATA, "figure text beside its caption", text_without(el, (caption_el,)))

    def definition_list(self, el: etree._Element) -> None:
        for child in el:
            if child.tag == "dt":
                run = SpanBuilder(self.base)
                run.flat(child)
                spans = run.done()
                if spans:
                    self.emit(Paragraph(tuple(s if s.style is not Style.PLAIN else
                                              type(s)(s.text, s.href, Style.STRONG) for s in spans)))
            elif child.tag == "dd":
                self.container(child)
            elif child.tag == "div":  # a group of terms and their descriptions (HTML allows it)
                self.definition_list(child)
            elif isinstance(child.tag, str):  # markup a list should not hold, read as it stands
                self.block(child)


def _row_cells(table: etree._Element) -> list[list[etree._Element]]:
    """The cells of each row, in order. Cells outside any <tr> (a "</tr><td>" typo, which a
    browser puts in a row of its own and libxml2 leaves loose) make a row together."""
    rows: list[list[etree._Element]] = []
    loose: list[etree._Element] = []
    for el in table.iter("tr", *CELL_TAGS):
        if el.tag == "tr":
            if loose:
                rows.append(loose)
                loose = []
            rows.append([cell for cell in el if cell.tag in CELL_TAGS])
        elif (parent := el.getparent()) is not None and parent.tag in TABLE_SECTIONS:
            loose.append(el)
    if loose:
        rows.append(loose)
    return rows


def _says_something(text: str | None) -> bool:
    """Whether loose text in a list is more than the white space or separators between items."""
    return text is not None and any(ch.isalnum() for ch in text)


def _nearest_list_item(el: etree._Element) -> etree._Element | None:
    for anc in el.iterancestors():
        if anc.tag == "li":
            return anc
    return None
