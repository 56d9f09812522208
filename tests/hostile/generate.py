"""Hostile inputs, generated on demand (nothing large is stored in git).

Each case is (name, bytes, expectation): "article" when a sensible article must come out,
or the `kind` of NewscleanError that must be raised.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable

PARA = "<p>" + "The harbour board met on Tuesday and agreed to repair the old sea wall. " * 5 + "</p>"
STORY = PARA + PARA.replace("harbour board", "town council") + PARA.replace("sea wall", "north pier")
PAGE = f"<html><head><title>Sea wall</title></head><body><article><h1>Sea wall</h1>{STORY}</article></body></html>"

Case = tuple[str, Callable[[], bytes], str]


def _gzip_bomb() -> bytes:
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    parts = [squeezer.compress(chunk) for _ in range(200)]  # 200 MiB of zeros, ~200 KiB compressed
    return b"".join(parts) + squeezer.flush()


CASES: list[Case] = [
    ("empty file", lambda: b"", "empty"),
    ("whitespace only", lambda: b" \n\t\r\n  ", "empty"),
    ("png image", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary"),
    ("pdf document", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40, "binary"),
    ("zip archive", lambda: b"PK\x03\x04" + bytes(range(256)) * 40, "binary"),
    ("random bytes", lambda: bytes((i * 7919) % 256 for i in range(20000)), "binary"),
    ("truncated gzip", lambda: gzip.compress(PAGE.encode())[:-20], "binary"),
    ("gzip bomb", _gzip_bomb, "too-large"),
    ("nul bytes in a page", lambda: PAGE.replace("<p>", "<p>\x00", 2).encode(), "article"),
    ("very long line", lambda: ("<html><body>" + STORY + "<p>" + "word " * 2_000_000 + "</p></body></html>").encode(),
     "article"),
    ("utf-16 page", lambda: PAGE.encode("utf-16"), "article"),
    ("lying meta charset", lambda: PAGE.replace("<head>", "<head><meta charset='koi8-r'>").encode(), "article"),
    ("unclosed tags", lambda: ("<html><body><div><p><b><i>" + STORY.replace("</p>", "")).encode(), "article"),
    ("100000-level nesting", lambda: ("<html><body>" + "<div>" * 100_000 + STORY).encode(), "any"),
    ("deep inline nesting", lambda: ("<html><body><p>" + "<span>" * 50_000 + "x" + STORY).encode(), "any"),
    ("50 MB page", lambda: ("<html><body>" + STORY * (50_000_000 // len(STORY)) + "</body></html>").encode(),
     "article"),
    ("a million tiny elements", lambda: ("<html><body>" + "<i>a</i>" * 1_000_000 + STORY + "</body></html>").encode(),
     "article"),
    ("huge attribute", lambda: (f"<html><body><div class='{'x' * 20_000_000}'>{STORY}</div></body></html>").encode(),
     "article"),
    ("frames", lambda: ("<html><frameset><frame src='a.html'></frameset><noframes>" + STORY
                        + "</noframes></html>").encode(), "article"),
    ("script only", lambda: b"<html><head><script>var x = 1;</script></head><body><script>go()</script></body></html>",
     "no-article"),
    ("no body", lambda: b"<html><head><title>Only a title</title></head></html>", "no-article"),
    ("entity expansion", lambda: ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                                  f"<html><body><p>&lol2;</p>{STORY}</body></html>").encode(), "article"),
    ("external entity", lambda: ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                                 f"<html><body><p>&xxe;</p>{STORY}</body></html>").encode(), "article"),
    ("json data", lambda: b'{"html": "<p>hello</p>", "url": "https://example.com/"}', "not-a-page"),
    ("rss feed", lambda: b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></item>'
                         b"</channel></rss>", "not-a-page"),
    ("terminal escapes", lambda: PAGE.replace("Sea wall</h1>", "Sea \x1b[31mwall\x1b]0;pwned\x07\u202e</h1>").encode(),
     "article"),
]
