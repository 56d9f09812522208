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
    return Page(root=root, head=head, body=body, url=url)


def _body_of_frameless(root: etree._Element) -> etree._Element:
    """Pages without <body> (framesets, bare fragments): move what is not <head> into one."""
    body = etree.SubElement(root, "body")
    for child in list(root):
        if child is not body and child.tag != "head":
            body.append(child)
    return body
