"""Safe, unique, deterministic output file names for --output-dir.

A name comes from the input's relative path (files) or from its id or URL (dump lines,
WARC records). Whatever it comes from, it cannot climb out of the output directory (no
"..", no absolute paths, no drive letters), it is bounded in length, and two inputs that
would get the same name get "-2", "-3" ... in input order, so a resumed run names alike.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from newsclean.batch.items import Item

MAX_PART = 100  # characters per path part
MAX_DEPTH = 8  # path parts kept from a mirrored input tree
_UNSAFE = re.compile(r"[^\w.-]+")
_PAGE_SUFFIX = re.compile(r"\.(?:html?|xhtml|shtml|txt|text)(?:\.gz)?$", re.I)


def _part(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _UNSAFE.sub("-", text).strip("-.")
    if len(text) > MAX_PART:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        text = text[: MAX_PART - 11].rstrip("-.") + "-" + digest
    return text or "page"


def base_name(item: Item) -> str:
    """A relative path (without suffix) for an item's output."""
    if item.relative:
        parts = [p for p in re.split(r"[\\/]+", _PAGE_SUFFIX.sub("", item.relative)) if p not in ("", ".", "..")]
        return "/".join(_part(p) for p in parts[-MAX_DEPTH:]) or "page"
    ident = item.extra.get("id")
    if isinstance(ident, (str, int)) and str(ident).strip():
        return _part(str(ident))
    if item.url:
        split = urlsplit(item.url)
        path = split.path.strip("/") or "index"
        return _part(f"{split.hostname or 'page'}-{_PAGE_SUFFIX.sub('', path)}")
    return _part(item.source)


class Namer:
    """Hands out names in input order, suffixing collisions deterministically."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix
        self.used: set[str] = set()

    def name(self, item: Item) -> str:
        base = base_name(item)
        candidate, n = base, 1
        while candidate.casefold() in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate.casefold())
        return candidate + self.suffix
