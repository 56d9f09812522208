"""Dates: ISO strings keep their offset; written dates in several languages; day-first rules."""

from __future__ import annotations

import pytest

from newsclean import dates


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-05-04T09:30:00+01:00", "2024-05-04T09:30:00+01:00"),
    ("2024-05-04T09:30:00Z", "2024-05-04T09:30:00+00:00"),
    ("2024-05-04", "2024-05-04"),
    ("2019/03/02", "2019-03-02"),
    ("Wed, 04 May 2022 00:25:56 GMT", "2022-05-04T00:25:56+00:00"),
    ("", None),
    ("not a date", None),
    ("1850-01-01", None),  # before the web: template noise
])
def test_iso(raw: str, expected: str | None):
    assert dates.iso(raw) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Published: 31. Mai 2012", "2012-05-31"),
    ("Samstag, 5. Oktober 2013", "2013-10-05"),
    ("November 22, 2011", "2011-11-22"),
    ("8 January 2020, 3:51 pm", "2020-01-08"),
    ("Publié le 4 mai 2024", "2024-05-04"),
    ("4 de mayo de 2024", "2024-05-04"),
    ("am 25.08.2015 22:30", "2015-08-25"),
    ("Aktualisiert: 30.12.2016", "2016-12-30"),
    ("26/10/2018", "2018-10-26"),
    ("no date here", None),
])
def test_in_text(text: str, expected: str | None):
    assert dates.in_text(text) == expected


def test_ambiguous_numeric_dates_follow_the_page_language():
    assert dates.in_text("04/05/2024", dayfirst=True) == "2024-05-04"
    assert dates.in_text("04/05/2024", dayfirst=False) == "2024-04-05"
    assert dates.in_text("13/05/2024", dayfirst=False) == "2024-05-13"  # 13 cannot be a month
    assert dates.day_first("en-US") is False and dates.day_first("en") is False
    assert dates.day_first("en-GB") is True and dates.day_first("de") is True


def test_dates_in_urls():
    assert dates.from_url("https://example.com/2019/11/19/some-story/") == "2019-11-19"
    assert dates.from_url("https://example.com/news/20191119-story") == "2019-11-19"
    assert dates.from_url("https://example.com/news/story-123") is None


@pytest.mark.parametrize(("stamp", "url_day", "expected"), [
    ("2018-12-31T23:11:59+00:00", "2019-01-01", "2019-01-01"),  # UTC just before a European midnight
    ("2020-02-25T02:25:54Z", "2020-02-24", "2020-02-24"),  # UTC just after an American one
    ("2018-12-31T23:11:59+01:00", "2019-01-01", "2018-12-31T23:11:59+01:00"),  # the page's own offset: kept
    ("2018-12-25T10:00:00+00:00", "2019-01-01", "2018-12-25T10:00:00+00:00"),  # far apart: not the same story
    ("2018-12-31T23:11:59+00:00", None, "2018-12-31T23:11:59+00:00"),
    (None, "2019-01-01", None),
])
def test_a_utc_stamp_a_day_off_the_url_date_is_the_url_day(stamp, url_day, expected):
    assert dates.local_day(stamp, url_day) == expected


@pytest.mark.parametrize(("markup", "expected"), [
    ("<ul><li><span>Datum:</span>26. Januar 2022</li></ul>", "2022-01-26"),
    ("<div class='x'><b>Published:</b> 04/05/2024</div>", "2024-05-04"),
    ("<p>Posted on 2019-11-19 by the harbour desk</p>", "2019-11-19"),
    ("<p>Date night ideas for 2024: ten restaurants by the harbour, from oysters to noodles, reviewed</p>", None),
    ("<p>Date night ideas for May 2024</p>", None),  # "Date" without a colon is a word, not a label
])
def test_a_labelled_date_line(markup: str, expected: str | None):
    from lxml import html

    assert dates.labelled(html.fromstring(f"<div>{markup}</div>"), dayfirst=True) == expected
