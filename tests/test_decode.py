"""Stage 1, decode: bytes to text, never mojibake; clear errors for what is not a page."""

from __future__ import annotations

import gzip

import pytest

from newsclean.decode import decode, gunzip
from newsclean.errors import BinaryInputError, EmptyInputError, InputTooLargeError, UndecodableError

TEXT = "Café, naïve façade — „Zitat“ — مرحبا"
HTML = f"<html><head><meta charset='{{}}'></head><body><p>{TEXT}</p></body></html>"


def test_utf8_with_and_without_bom():
    raw = HTML.format("utf-8").encode("utf-8")
    assert TEXT in decode(raw)
    assert decode(b"\xef\xbb\xbf" + raw) == decode(raw)


def test_utf16_with_bom_and_without():
    page = HTML.format("utf-16")
    assert TEXT in decode(page.encode("utf-16"))  # BOM written by the codec
    assert TEXT in decode(page.encode("utf-16-le"))  # no BOM: NUL in every other byte


def test_declared_single_byte_charsets():
    western = "<html><head><meta charset='windows-1252'></head><body>Café crème – 5 €</body></html>"
    assert "Café crème – 5 €" in decode(western.encode("cp1252"))
    arabic = "<html><head><meta charset='iso-8859-6'></head><body>مرحبا بالعالم</body></html>"
    assert "مرحبا بالعالم" in decode(arabic.encode("iso-8859-6"))
    latin1 = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'></head>" \
             "<body>Smart “quotes”</body></html>"
    # browsers read latin-1 labels as windows-1252, where 0x93/0x94 are curly quotes
    assert "Smart “quotes”" in decode(latin1.encode("cp1252"))


def test_shift_jis():
    page = "<html><head><meta charset='shift_jis'></head><body>日本語のニュース</body></html>"
    assert "日本語のニュース" in decode(page.encode("shift_jis"))


def test_valid_utf8_wins_over_a_lying_meta_charset():
    page = "<html><head><meta charset='iso-8859-1'></head><body>Grüße aus Köln</body></html>"
    assert "Grüße aus Köln" in decode(page.encode("utf-8"))


def test_callers_charset_is_trusted_first():
    page = "<html><body>Grüße</body></html>".encode("cp1252")
    assert "Grüße" in decode(page, charset="windows-1252")


def test_mixed_utf8_and_cp1252_is_repaired():
    raw = "<html><body><p>Ünïcödé text – and then</p>".encode() + " a stray “quote”</body></html>".encode("cp1252")
    text = decode(raw)
    assert "Ünïcödé" in text and "“quote”" in text


def test_gzip_is_decompressed_and_capped():
    raw = HTML.format("utf-8").encode("utf-8")
    assert TEXT in decode(gzip.compress(raw))
    bomb = gzip.compress(b"<p>" + b"a" * (3 * 2**20))
    with pytest.raises(InputTooLargeError):
        gunzip(bomb, 2**20)
    with pytest.raises(BinaryInputError, match="truncated"):
        decode(gzip.compress(raw)[:-10])


@pytest.mark.parametrize(("raw", "error"), [
    (b"", EmptyInputError),
    (b"   \n\t ", EmptyInputError),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), BinaryInputError),
    (b"%PDF-1.7\n%\xe2\xe3", BinaryInputError),
    (b"PK\x03\x04" + bytes(100), BinaryInputError),
    (bytes(range(256)) * 4 + b"\x00\x00", BinaryInputError),
])
def test_not_pages_are_refused(raw: bytes, error: type[Exception]):
    with pytest.raises(error):
        decode(raw)


def test_nul_characters_are_dropped_from_text():
    assert decode("<p>a\x00b</p>") == "<p>ab</p>"


def test_bom_that_lies():
    with pytest.raises(UndecodableError):
        decode(b"\xef\xbb\xbf" + "é".encode("cp1252") * 10)


def test_text_comes_out_in_one_unicode_spelling_nfc():
    import unicodedata

    import newsclean

    decomposed = unicodedata.normalize("NFD", "Café Zürich")  # "e" + combining accent
    page = f"<html><body><h1>Openings</h1><p>{decomposed} opened a second room this week for readers.</p></body></html>"
    a = newsclean.clean(page)
    assert "Café Zürich opened" in a.text  # the composed spelling


def test_invisible_hyphenation_hints_do_not_split_words():
    import newsclean

    page = ("<html><body><h1>Wine</h1><p>Das Aus&shy;hän&shy;ge&shy;schild der Re\u00adgion, "
            "seit Jahr\u200bhunderten bekannt und geschätzt.</p></body></html>")
    a = newsclean.clean(page)
    assert "Das Aushängeschild der Region, seit Jahrhunderten bekannt" in a.text
