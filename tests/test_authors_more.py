"""Authors, more cases: bylines in forms the first readers missed, declared authors that name
no person, and the choice between a declared author and the visible byline."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean.bylines import byline_anywhere

STORY = "<p>" + "The harbour board met on Tuesday to discuss the new quay fees and the ferry timetable. " * 4 + "</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body><article>{body}{STORY}</article></body></html>'


def authors(head: str = "", body: str = "", lang: str = "en") -> tuple[str, ...]:
    return newsclean.clean(page(head, body, lang)).authors


def anywhere(markup: str) -> list[str]:
    """The names byline_anywhere reads in a fragment of a page."""
    return byline_anywhere(lxml.html.fromstring(f"<div>{markup}</div>"), None).names


def test_a_one_word_name_that_is_all_a_byline_element_holds_after_its_label():
    assert anywhere('<div class="postdata"><span class="category">Posted by Quillon</span>'
                    '<span class="date">21.10.2019</span></div>') == ["Quillon"]
    assert anywhere('<p>Erstellt von <a href="/u/quillon">Quillon</a> —</p>') == ["Quillon"]


def test_a_one_word_name_is_still_no_name_inside_a_longer_line():
    assert anywhere("<p>Posted by Quillon @ 12:00 am in the cellar</p>") == []


def test_a_label_element_with_the_name_in_its_tail():
    assert anywhere('<div class="info"><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Tilo Brandmeier</div>') == [
        "Tilo Brandmeier"]


def test_a_label_heading_without_a_colon_names_the_author_in_the_next_element():
    markup = '<section class="meta"><h4 class="meta-title">Autor</h4><p class="meta-text">' \
             '<a href="/profil/ab12/irma-seefeld">Irma Seefeld</a><b>, </b></p></section>'
    assert anywhere(markup) == ["Irma Seefeld"]
    body = '<h1>Leben in Quarantäne</h1>' + STORY + markup
    assert authors(body=body, lang="de") == ("Irma Seefeld",)


def test_a_by_label_opened_by_a_separator():
    assert anywhere('<div class="meta"><span class="sr-only">| By </span> <span>Cora Vance</span>'
                    ' | <time>April 13, 2020</time></div>') == ["Cora Vance"]
