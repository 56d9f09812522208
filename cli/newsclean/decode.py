"""Stage 1, decode: page bytes to text, never mojibake.

Order of trust: a byte-order mark, the caller's HTTP charset, valid UTF-8 (a page
that decodes as UTF-8 with multi-byte characters is UTF-8 whatever its meta tag
says), the page's own declaration (found with BeautifulSoup's EncodingDetector),
UTF-8 with stray Windows-1252 bytes repaired (UnicodeDammit.detwingle), and last
charset-normalizer's statistical guess.
"""

from __future__ import annotations

import codecs
import unicodedata
import zlib

from newsclean.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    UndecodableError,
)

GZIP_MAGIC = b"\x1f\x8b"

# signatures of binary formats a crawler commonly saves by mistake
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x00", "binary data"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"wOFF", "a web font"),
    (b"\x7fELF", "an executable"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG's encoding labels: browsers decode these labels as the superset on the right
LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "utf8": "utf-8",
}

# a page with more valid UTF-8 characters than broken bytes (and a few at least) is
# UTF-8 with stray Windows-1252 bytes pasted in, not a single-byte page
MIN_VALID_UTF8 = 3
SNIFF_BYTES = 4096
# more NUL bytes than this share of the start of a file: UTF-16 without a BOM, or binary data
MAX_NUL_SHARE = 0.05
# C0 control bytes (but tab, newlines, form feed, escape) are rare in text in any encoding
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])
MAX_CONTROL_SHARE = 0.02


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None if Python knows no such codec."""
    if not label:
        return None
    name = label.strip().strip("'\"").lower()
    name = LABEL_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def gunzip(raw: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing more than `limit` bytes of output (gzip bombs)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise BinaryInputError(f"broken gzip data ({exc})") from None
    if len(out) > limit:
        raise InputTooLargeError(f"decompresses to more than {limit // 2**20} MiB")
    if not inflater.eof:
        raise BinaryInputError("truncated gzip data")
    return out


def _reject_binary(raw: bytes) -> None:
    head = raw[:8]
    for magic, what in BINARY_MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(f"binary data ({what}), not a page")


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text that is UTF-16 without a BOM has a NUL in every other byte of ASCII text."""
    sample = raw[:512]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    codec = "utf-16-le" if odds > 0.8 * half else "utf-16-be" if evens > 0.8 * half else None
    if codec is None:
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _try(raw: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _declared(raw: bytes) -> str | None:
    from bs4.dammit import EncodingDetector  # imported here: only pages that are not UTF-8 need it

    head = raw[:SNIFF_BYTES]
    label = EncodingDetector.find_declared_encoding(head, is_html=True)
    return normalise_label(label)


def _mostly_utf8(raw: bytes) -> str | None:
    """Repair UTF-8 with embedded Windows-1252 bytes, if that is what the page is."""
    loose = raw.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    valid = sum(1 for ch in loose if ord(ch) > 127) - bad  # characters that were real UTF-8
    if valid >= MIN_VALID_UTF8 and valid > bad:
        from bs4.dammit import UnicodeDammit

        repaired = UnicodeDammit.detwingle(raw)
        return repaired.decode("utf-8", errors="replace")
    return None


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: rarely needed, slow to import

    best = from_bytes(raw[: 512 * 1024]).best()
    if best is None:
        return None
    return _try(raw, normalise_label(best.encoding))


def decode_bytes(raw: bytes, *, charset: str | None = None, max_bytes: int = 64 * 2**20) -> str:
    """Decode a page's bytes (gzip-compressed or not) to text."""
    if raw.startswith(GZIP_MAGIC):
        raw = gunzip(raw, max_bytes)
    if len(raw) > max_bytes:
        raise InputTooLargeError(f"larger than {max_bytes // 2**20} MiB")
    if not raw.strip():
        raise EmptyInputError("empty input" if not raw else "the input holds only whitespace")
    for bom, codec in BOMS:
        if raw.startswith(bom):
            text = _try(raw[len(bom) :], codec)
            if text is None:
                raise UndecodableError(f"not valid {codec} despite its byte-order mark")
            return text
    _reject_binary(raw)
    head = raw[:SNIFF_BYTES * 2]
    nuls = head.count(0)
    if nuls > MAX_NUL_SHARE * len(head):
        text = _utf16_without_bom(raw)
        if text is None:
            raise BinaryInputError("binary data (NUL bytes), not a page")
        return text
    if sum(head.count(b) for b in _CONTROL_BYTES) > MAX_CONTROL_SHARE * len(head):
        raise BinaryInputError("binary data (control bytes), not a page")
    if nuls or b"\x00" in raw:  # a few stray NUL bytes in a text page: drop them
        raw = raw.replace(b"\x00", b"")
    text = (
        _try(raw, normalise_label(charset))
        or _try(raw, "utf-8")
        or _try(raw, _declared(raw))
        or _mostly_utf8(raw)
        or _detect(raw)
    )
    if text is None:
        raise UndecodableError("the text encoding could not be determined")
    return text


def decode(page: bytes | str, *, charset: str | None = None, max_bytes: int = 64 * 2**20) -> str:
    """Text of a page given as bytes or str; NUL characters are dropped, a leading BOM too."""
    text = page if isinstance(page, str) else decode_bytes(page, charset=charset, max_bytes=max_bytes)
    if len(text) > max_bytes:
        raise InputTooLargeError(f"larger than {max_bytes // 2**20} MiB")
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.removeprefix("\ufeff")
    # one spelling for each character: "য়" as one code point or as two (and "é" likewise)
    # are the same text, and matching, deduplicating and searching need them to be equal
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):  # (isascii: a flag, free)
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyInputError("empty input" if not text else "the input holds only whitespace")
    return text
