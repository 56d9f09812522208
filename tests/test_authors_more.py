"""Authors, more cases: bylines in forms the first readers missed, declared authors that name
no person, and the choice between a declared author and the visible byline."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean.author_names import dated_name
from newsclean.authors import split_names
from newsclean.bylines import byline_anywhere, byline_elements
from newsclean.signatures import signature

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


def test_an_author_field_naming_a_registered_body_or_a_web_address_gives_way_to_the_byline():
    for declared in ("Bund der Hafenfreunde e.V.", "Hafenfunk (www.hafenfunk.example)", "Kranbau Nord GmbH",
                     "Kranbau Nord AG"):
        head = f'<meta name="author" content="{declared}">'
        body = "<h1>Neue Kaigebühren</h1><p>Von Lene Hartwig</p>"
        assert authors(head, body, lang="de") == ("Lene Hartwig",), declared


def test_a_person_named_in_the_author_field_still_wins():
    head = '<meta name="author" content="Lene Hartwig">'
    assert authors(head, "<h1>Neue Kaigebühren</h1>", lang="de") == ("Lene Hartwig",)


def test_a_labelled_credit_may_end_with_a_period():
    assert anywhere("<p><strong>Autorin: Hedda Kramm.</strong></p>") == ["Hedda Kramm"]
    assert anywhere("<p>Von hier aus sieht man den Hafen.</p>") == []


def test_a_compound_german_job_title_after_a_name_is_a_role():
    assert split_names("Hedda Kramm, Projektleiterin der Stiftung in Tunesien") == ["Hedda Kramm"]
    assert split_names("Hedda Kramm, Pressereferent Ole Brandt") == ["Hedda Kramm"]


def test_a_declared_author_shown_nowhere_on_the_page_gives_way_to_the_byline():
    head = '<meta name="author" content="Wendel Oaks">'
    body = '<h1>Quay fees rise</h1><p class="byline">By Nora Quist</p>'
    assert authors(head, body) == ("Nora Quist",)
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", ' \
         '"name": "Wendel Oaks"}}</script>'
    assert authors(ld, body) == ("Nora Quist",)


def test_a_declared_author_the_page_shows_keeps_its_place():
    head = '<meta name="author" content="Wendel Oaks">'
    body = '<h1>Quay fees rise</h1><p class="byline">By Nora Quist</p><p>Edited by Wendel Oaks</p>'
    assert authors(head, body) == ("Wendel Oaks",)
    body = '<h1>Quay fees rise</h1><p class="byline">By Wendel O.</p>'  # a shared word: the same person
    assert authors(head, body) == ("Wendel Oaks",)


def test_a_date_line_under_the_headline_that_ends_with_a_name():
    for line in ("11.12.2019 - Mira Falkenberg", "04.02.2022 | 13:10 Uhr | Mira Falkenberg"):
        assert authors(body=f'<h1>Variablen erklärt</h1><p class="text-muted">{line}</p>', lang="de") == (
            "Mira Falkenberg",), line
    for line in ("11.12.2019 - Hamburg", "11.12.2019 - NEW YORK", "11.12.2019 - Mira Falkenberg, Hamburg"):
        assert dated_name(line) == [], line


def test_german_credit_lines_keep_the_text_and_drop_the_pictures():
    assert split_names("Text von Lene Hartwig   Illustration von Ole Brandt") == ["Lene Hartwig"]
    assert split_names("Fotos von Ole Brandt, Text von Lene Hartwig") == ["Lene Hartwig"]


def test_an_interview_credit_names_both_people():
    assert split_names("Ilse Marbach im Gespräch mit Tom Reuter") == ["Ilse Marbach", "Tom Reuter"]
    assert split_names("Ilse Marbach in conversation with Tom Reuter") == ["Ilse Marbach", "Tom Reuter"]


def test_a_user_name_after_a_byline_label_in_a_byline_element():
    markup = '<div class="submitted">Gespeichert von <span class="username">kranich7</span> am 24. Juli 2017</div>'
    assert byline_elements(lxml.html.fromstring(f"<div>{markup}</div>"), None).names == ["kranich7"]


def test_a_full_name_in_emphasis_alone_at_the_end_of_the_story_signs_it():
    body = "<h1>Halbfinale in Sicht</h1><div>" + STORY + "<p><b><i>Oskar Lindqvist</i></b></p></div>"
    assert authors(body=body, lang="de") == ("Oskar Lindqvist",)


def test_a_bold_heading_at_the_end_with_more_after_it_signs_nothing():
    body = "<h1>Halbfinale in Sicht</h1><div>" + STORY + "<p><b>Weitere Informationen</b></p>" \
           "<ul><li><a href='/a'>Der Spielplan</a></li></ul></div>"
    assert signature(lxml.html.fromstring(body), None) == []
    body = "<h1>Halbfinale in Sicht</h1><div>" + STORY + "<p><b>Oskar Lindqvist</b> meint das auch.</p></div>"
    assert signature(lxml.html.fromstring(body), None) == []
    body = "<h1>Halbfinale in Sicht</h1><div>" + STORY + "<p><b>Oskar L.</b></p></div>"  # initials sign a letter
    assert signature(lxml.html.fromstring(body), None) == []


def test_an_authors_label_without_a_colon_and_an_editors_label_after_a_separator():
    assert anywhere("<p>Autoren Lene Hartwig und Ole Brandt</p>") == ["Lene Hartwig", "Ole Brandt"]
    assert anywhere("<div>05.02.2020 <span>-&nbsp;Redaktion: Lene Hartwig (Sprecherin des Vereins)</span></div>") == [
        "Lene Hartwig"]
    assert anywhere("<p>Autoren sind sich einig, dass Lene Hartwig recht hat</p>") == []
