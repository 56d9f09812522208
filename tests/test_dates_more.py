"""Dates, more classes: labels in elements of their own, dates split by markup, comment
dates, printed timestamps, declared stamps that disagree, state scripts."""

from __future__ import annotations

import newsclean

STORY = "<p>" + "The lighthouse keepers said the new lamp would be seen twelve miles out at sea. " * 4 + "</p>"


def page(head: str = "", header: str = "", lang: str = "en", story: str = STORY, after: str = "") -> str:
    return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>A new lamp for the old lighthouse</h1>'
            f"{header}{story}{after}</article></body></html>")


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def published(html_page: str, url: str | None = None) -> str | None:
    return newsclean.clean(html_page, url=url).published


def test_a_label_in_an_element_of_its_own_says_the_date_after_it_is_an_update():
    head = meta("article:published_time", "2023-02-01T10:00:00+00:00") + meta(
        "article:modified_time", "2024-06-18T09:00:00+00:00")
    header = '<p class="date"><span class="date-title">Updated on</span> June 18, 2024</p>'
    assert published(page(head, header))[:10] == "2023-02-01"
