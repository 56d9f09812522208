"""Property tests: for any input, `clean` returns an Article or raises a NewscleanError, and
what it returns is well-formed (valid UTF-8, schema-valid JSON, no word it did not read)."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import newsclean
from newsclean import patterns as P
from newsclean.decode import decode
from newsclean.parse import parse_html
from newsclean.text import clean_control

WORD = re.compile(r"\w+")
TAGS = ["<p>", "</p>", "<div>", "</div>", "<div class='share'>", "<div class='article-body'>", "<h1>", "</h1>",
        "<h2>", "</h2>", "<a href='/x'>", "</a>", "<ul>", "<li>", "</li>", "</ul>", "<br>", "<b>", "</b>",
        "<table><tr><td>", "</td><td>", "</td></tr></table>", "<figure><img src='a.jpg'><figcaption>",
        "</figcaption></figure>", "<blockquote>", "</blockquote>", "<script>x()</script>", "<nav>", "</nav>",
        "<footer>", "</footer>", "&amp;", "&#x41;", "&nbsp;", "<!-- c -->", "<span>", "</span>", "\n", " "]
WORDS = ["harbour", "council", "Tuesday", "By Ana Lima", "Views expressed are their own.", "Advertisement",
         "Share", "The board met again and voted.", "Ünïcödé", "مرحبا", "日本語", "—", ",", ".", "2024-05-04"]
html_like = st.lists(st.sampled_from(TAGS + WORDS), min_size=1, max_size=120).map("".join)
def _clean_or_error(page: bytes | str) -> newsclean.Article | None:
    try:
        return newsclean.clean(page)
    except newsclean.NewscleanError as exc:
        assert exc.kind and str(exc) and "\n" not in str(exc)
        return None


@given(st.binary(max_size=3000))
def test_any_bytes(raw: bytes):
    _clean_or_error(raw)


@given(page=html_like)
def test_any_markup_gives_a_well_formed_record(schema_validator, page: str):
    article = _clean_or_error(page)
    if article is None:
        return
    record = article.to_dict()
    schema_validator.validate(record)
    for value in (article.text, article.markdown, json.dumps(record, ensure_ascii=False)):
        value.encode("utf-8")  # no lone surrogates
    assert article.text == article.text.strip() and "\n\n\n" not in article.text


@given(html_like)
def test_every_body_word_was_in_the_input(page: str):
    article = _clean_or_error(page)
    if article is None or not article.text:
        return
    decoded = decode(page)
    try:
        root = parse_html(decoded).root
        etree.strip_elements(root, *P.DROP_TAGS, with_tail=False)
        seen = "".join(root.itertext())  # what a browser shows, scripts and styles left out
    except newsclean.NewscleanError:
        seen = ""
    source = clean_control(seen) + " " + clean_control(decoded)
    for word in WORD.findall(article.text):
        assert word in source, f"{word!r} is not in the input"


@given(st.text(max_size=2000))
def test_any_text(text: str):
    _clean_or_error(text)
    _clean_or_error(text.encode("utf-8", errors="surrogatepass"))


def test_parse_tree_is_never_none_for_text():
    assert isinstance(parse_html("x").root, etree._Element)
