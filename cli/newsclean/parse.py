"""Stage 2, parse: sniff whether the input is HTML or a text dump, and build one lxml tree.

The whole page is parsed once, with lxml's HTML parser (libxml2: fast, forgiving, no
network, no entity expansion); every later stage works on that tree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree

from newsclean.errors import NoArticleError, NotAPageError
from newsclean.options import InputKind

# any of these tags near the start means markup, not a text dump
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|table|"
    r"br|h[1-6]|ul|li|img|script|style|link|header|nav|footer|font|b|i|em|strong)[\s>/]",
    re.I,
)
_FEED_SNIFF = re.compile(r"<(?:rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]", re.I)
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# documents whose first characters are these are data, not pages
_DATA_START = ("{", "[")
SNIFF_CHARS = 65536
# a text dump is mostly letters, digits, punctuation and spaces
MIN_PRINTABLE_SHARE = 0.95

_PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
    huge_tree=True,
)


@dataclass(slots=True)
class Page:
    """A parsed page: the root, its head and body, and the URL it came from."""

    root: etree._Element
    head: etree._Element | None
    body: etree._Element
    url: str | None


def sniff(text: str, forced: InputKind = InputKind.AUTO) -> InputKind:
    """HTML or TEXT, or raise NotAPageError for data that is neither."""
    if forced is not InputKind.AUTO:
        return forced
    head = text[:SNIFF_CHARS]
    if _FEED_SNIFF.search(head[:2048]) and not re.search(r"<html[\s>]", head, re.I):
        raise NotAPageError("an XML feed or sitemap, not a page")
    if head.lstrip().startswith(_DATA_START):
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            raise NotAPageError("JSON data, not a page (for JSON Lines dumps of pages, use newsclean batch)")
    if _HTML_SNIFF.search(head):
        return InputKind.HTML
    unprintable = len(_UNPRINTABLE.findall(head))
    if unprintable > (1 - MIN_PRINTABLE_SHARE) * len(head):
        raise NotAPageError("neither HTML nor readable text")
    return InputKind.TEXT


def parse_html(text: str, url: str | None = None) -> Page:
    """Parse a page with lxml; raise NoArticleError when there is no document to speak of."""
    text = _XML_DECL.sub("", text, count=1)
    text = _without_early_end_tags(text)
    try:
        root = etree.fromstring(text, _PARSER)
    except (etree.ParserError, ValueError) as exc:  # libxml2 found nothing usable
        raise NoArticleError(f"the HTML could not be parsed ({exc})") from None
    if root is None:
        raise NoArticleError("the HTML holds no document")
    # a fragment without <html> parses as its first element; give it the usual frame
    if not isinstance(root.tag, str) or root.tag.lower() != "html":
        frame = etree.Element("html")
        frame.append(root)
        root = frame
    head = root.find("head")
    body = root.find("body")
    if body is None:
        body = _body_of_frameless(root)
    close_runaway_headings(body)
    if "S:" in text and _STREAMED.search(text):  # the substring test is ten times faster than the pattern's scan
        place_streamed_segments(body)
    return Page(root=root, head=head, body=body, url=url)


# a page's </body> or </html> with this much markup still after it came too early (a template
# that closes the page after its header, a second document appended): browsers put what follows
# into the body; libxml2 drops it
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.I)
MIN_TRAILING_MARKUP = 2048


def _without_early_end_tags(text: str) -> str:
    """The page without </body> and </html> end tags that have the story still to come after them."""
    first = _END_TAGS.search(text)
    if first is None or len(text) - first.end() < MIN_TRAILING_MARKUP:
        return text
    return _END_TAGS.sub("", text)


# React's streaming server rendering sends late parts of a page (often the whole story) at
# the end of the document, in hidden <div id="S:n"> segments that a script then moves into
# the place marked by <template id="B:n">; without the script they would stay hidden
_STREAMED = re.compile(r"""id=["']?S:""")
_SEGMENTS = etree.XPath('//div[@hidden][starts-with(@id, "S:")]')


def place_streamed_segments(body: etree._Element) -> None:
    """Put each streamed segment where the page's script would: at its placeholder, shown."""
    placeholders = {el.get("id"): el for el in body.iter("template") if (el.get("id") or "").startswith("B:")}
    for segment in _SEGMENTS(body):
        del segment.attrib["hidden"]
        spot = placeholders.get("B:" + (segment.get("id") or "")[2:])
        parent = spot.getparent() if spot is not None else None
        if spot is None or parent is None or any(a is segment for a in spot.iterancestors()):
            continue
        if segment.tail:  # the text after the segment stays where it was
            before, home = segment.getprevious(), segment.getparent()
            if before is not None:
                before.tail = (before.tail or "") + segment.tail
            elif home is not None:
                home.text = (home.text or "") + segment.tail
        segment.tail = spot.tail
        parent.replace(spot, segment)


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# elements a heading never holds in a well-formed page: a heading containing one swallowed them
BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "table", "section", "article", "blockquote", "figure",
                        "pre", "dl", "form", *HEADING_TAGS})
# a heading that also holds blocks of more text than this is the story swallowed by an unclosed
# heading ("<h2>Dek</h3><div>...story...</div>"); a short one is a heading with a wrapper inside
MAX_HEADING_CHARS = 300


def close_runaway_headings(body: etree._Element) -> None:
    """Close headings that a mismatched end tag left open, as browsers do.

    HTML5 parsers close an open <h2> at any </h1>-</h6>; libxml2 ignores the mismatched end tag
    and keeps the heading open, so everything after it (often the whole story) ends up inside
    the heading. The blocks from the first one on move out, right after the heading."""
    for heading in list(body.iter(*HEADING_TAGS)):
        first = next((c for c in heading if isinstance(c.tag, str) and c.tag in BLOCK_TAGS), None)
        if first is None or first.getparent() is not heading:
            continue
        lead = (heading.text or "") + "".join(
            etree.tostring(c, method="text", encoding="unicode") for c in heading[: heading.index(first)])
        if not lead.strip() or len("".join(heading.itertext())) <= MAX_HEADING_CHARS:
            continue
        parent = heading.getparent()
        if parent is None:
            continue
        moved = heading[heading.index(first):]
        moved[-1].tail = (moved[-1].tail or "") + (heading.tail or "")
        heading.tail = None
        at = parent.index(heading)
        for offset, child in enumerate(moved, start=1):
            parent.insert(at + offset, child)


def _body_of_frameless(root: etree._Element) -> etree._Element:
    """Pages without <body> (framesets, bare fragments): move what is not <head> into one."""
    body = etree.SubElement(root, "body")
    for child in list(root):
        if child is not body and child.tag != "head":
            body.append(child)
    return body
