"""Dates: ISO strings keep their offset; written dates in several languages; day-first rules."""

from __future__ import annotations

import pytest

from newsclean import dates, dates_header, dates_page


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
    # UTC just before a European midnight: the same instant at the offset of the URL's day
    ("2018-12-31T23:11:59+00:00", "2019-01-01", "2019-01-01T00:11:59+01:00"),
    ("2020-02-25T02:25:54Z", "2020-02-24", "2020-02-24T23:25:54-03:00"),  # just after an American one
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

    assert dates_page.labelled(html.fromstring(f"<div>{markup}</div>"), dayfirst=True) == expected


# --- the date a page prints in its header, checked against the dates it declares ---

STORY = "<p>" + "The ferry company said the new timetable would add two crossings on weekdays. " * 4 + "</p>"


def page(head: str = "", header: str = "", lang: str = "de", story: str = STORY) -> str:
    return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>Neuer Fahrplan für die Fähre</h1>'
            f"{header}{story}</article></body></html>")


def meta_tag(name: str, value: str) -> str:
    return f'<meta name="{name}" content="{value}">'


def ld(published: str, modified: str | None = None) -> str:
    extra = f', "dateModified": "{modified}"' if modified else ""
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neuer Fahrplan", '
            f'"datePublished": "{published}"{extra}}}</script>')


def published(html_page: str, url: str | None = None) -> str | None:
    import newsclean

    return newsclean.clean(html_page, url=url).published


def test_the_header_date_outranks_a_generation_stamp_in_a_date_meta_tag():
    head = meta_tag("date", "2021-12-20T11:02:44+01:00")  # when the CMS last wrote the page
    assert published(page(head, '<div class="info"><span>27.01.2022</span></div>')) == "2022-01-27"


def test_the_header_date_outranks_a_declared_date_months_away():
    head = meta_tag("article:published_time", "2022-11-17T10:33:13Z")
    header = '<ul><li>von Ada Berg</li><li><time datetime="2022-03-09">09.03.2022</time></li></ul>'
    assert published(page(head, header)) == "2022-03-09"


def test_a_declared_date_the_header_confirms_is_kept_with_its_time():
    head = ld("2022-03-09T08:15:00+01:00")
    assert published(page(head, "<p>von Ada Berg · 9. März 2022</p>")) == "2022-03-09T08:15:00+01:00"


@pytest.mark.parametrize(("stamp", "line", "expected"), [
    # the header prints the local time: the same instant at that offset
    ("2022-05-04T03:37:37+00:00", "3 May, 2022, 11:37 pm", "2022-05-03T23:37:37-04:00"),
    ("Wed, 04 May 2022 02:41:00 GMT", "Ana Lima 3/5/2022 22:41", "2022-05-03T22:41:00-04:00"),
    ("2019-10-18T22:04:00Z", "Von Ada Berg 19. Oktober 2019 00:04 Uhr", "2019-10-19T00:04:00+02:00"),
    # no time printed: the nearest whole hour that reaches the printed day
    ("2021-11-04T23:00:00Z", "5. November 2021", "2021-11-05T00:00:00+01:00"),
    # the page's own offset is not UTC's: kept
    ("2022-05-04T03:37:37+02:00", "3 May, 2022", "2022-05-04T03:37:37+02:00"),
])
def test_a_utc_stamp_a_day_off_the_printed_day_is_written_at_the_page_offset(stamp, line, expected):
    assert published(page(ld(stamp), f"<p class='meta'>{line}</p>", lang="es")) == expected


def test_a_printed_time_element_of_the_same_instant_gives_the_page_offset():
    header = '<time datetime="2026-02-22T19:57:30-05:00">February 22, 2026</time>'
    assert published(page(ld("2026-02-23T00:57:30Z"), header, lang="en")) == "2026-02-22T19:57:30-05:00"


def test_a_header_that_prints_the_modification_day_as_the_date_gives_that_day():
    # the page shows readers its last change as the article's date, with no label
    head = ld("2021-11-29T14:13:37+01:00", "2022-01-12T14:27:30+01:00")
    assert published(page(head, "<div><span>12.01.2022</span></div>")) == "2022-01-12"


def test_a_header_dated_by_its_revision_alone_gives_the_revision_and_keeps_the_first_publication():
    import newsclean

    head = ld("2021-11-29T14:13:37+01:00", "2022-01-12T14:27:30+01:00")
    article = newsclean.clean(page(head, "<div><span>Aktualisiert: 12.01.2022</span></div>"))
    assert article.published == "2022-01-12T14:27:30+01:00"  # the declared stamp of the printed day
    assert article.first_published == "2021-11-29T14:13:37+01:00"
    assert article.updated == "2022-01-12T14:27:30+01:00"


def test_a_header_that_prints_the_publication_beside_the_update_gives_the_publication():
    import newsclean

    head = ld("2021-11-29T14:13:37+01:00", "2022-01-12T14:27:30+01:00")
    header = "<div><span>Veröffentlicht: 29.11.2021</span> <span>Aktualisiert: 12.01.2022</span></div>"
    article = newsclean.clean(page(head, header))
    assert article.published == "2021-11-29T14:13:37+01:00"
    assert article.first_published is None


@pytest.mark.parametrize("header", [
    "<p>By Ana Lima <span>Updated on June 18, 2025</span></p>",
    "<p><span>Last updated:</span> <time datetime='2025-06-18'>Jun 18, 2025</time></p>",
    "<p><time class='updated' datetime='2025-06-18'>June 18, 2025</time></p>",
])
def test_an_update_date_alone_in_the_header_dates_the_page(header):
    import newsclean

    article = newsclean.clean(page(ld("2024-10-15T18:50:03Z"), header, lang="en"))
    assert article.published == "2025-06-18"
    assert article.first_published == "2024-10-15T18:50:03+00:00"
    undeclared = newsclean.clean(page("", header, lang="en"))
    assert undeclared.published == "2025-06-18" and undeclared.first_published is None
    assert undeclared.updated is not None and undeclared.updated.startswith("2025-06-18")


def test_no_printed_date_leaves_the_declared_publication():
    import newsclean

    article = newsclean.clean(page(ld("2024-10-15T18:50:03Z", "2025-06-18T08:00:00Z"), "", lang="en"))
    assert article.published == "2024-10-15T18:50:03+00:00"
    assert article.first_published is None and article.updated == "2025-06-18T08:00:00+00:00"


def test_two_plain_dates_in_the_header_leave_the_declared_date():
    header = "<p><span>21. Mai 2025</span> <span>24. April 2025</span> by Ada</p>"
    assert published(page(ld("2025-04-24T16:12:49+02:00"), header)) == "2025-04-24T16:12:49+02:00"


@pytest.mark.parametrize("header", [
    "<blockquote>Fähre verspätet — Ada Berg (@adaberg) 3. November 2023</blockquote>",
    "<figure><img src='f.jpg'><figcaption>Die Fähre am 1. März 2023</figcaption></figure>",
    "<div><span style='display: none'>Sonntag 01 Mai, 2022 | 13:43</span></div>",
])
def test_dates_of_quoted_posts_captions_and_hidden_boxes_are_not_the_header_date(header):
    assert published(page(ld("2023-11-06T11:45:20+01:00"), header)) == "2023-11-06T11:45:20+01:00"


def test_a_date_in_the_story_paragraphs_is_not_the_header_date():
    story = ("<p>" + "Die Fähre fährt ab Mai öfter. " * 6 + "Die Premiere war am 12. Mai 2015.</p>") * 2
    assert published(page(ld("2012-06-30T00:48:32Z"), "", story=story)) == "2012-06-30T00:48:32+00:00"


def test_a_numeric_header_date_read_the_other_way_confirms_the_declared_one():
    head = ld("2024-09-10T16:07:00Z")
    assert published(page(head, "<p>By Ana Lima 09.10.2024</p>", lang="en")) == "2024-09-10T16:07:00+00:00"


@pytest.mark.parametrize(("header", "expected"), [
    ("<div class='date'>Kultur, 2.11.22</div>", "2022-11-02"),  # a short year in a date element
    ("<p>Von: Ada Berg <span>|</span> <span>31.10.23</span></p>", "2023-10-31"),
    ("<p>Von Fährverband 4. 2. 2022.</p>", "2022-02-04"),
    ("<p>Фото: Ада Берг 15 августа 2016, 13:43</p>", "2016-08-15"),
])
def test_undeclared_pages_take_the_header_date(header, expected):
    assert published(page("", header)) == expected


def test_a_short_post_dated_in_its_footer():
    footer = "<div class='submitted'>Gespeichert von <span>ada</span> am 24. Juli 2017 - 18:55</div>"
    long_story = STORY * 3
    assert published(page("", "", story=long_story + footer)) == "2017-07-24"


def test_dotted_meta_dates_are_day_first_whatever_the_language():
    assert dates.iso("10.12.2022, 07:00:03", dayfirst=False) == "2022-12-10T07:00:03"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/blog/2023/october/03/wine-styles/", "2023-10-03"),
    ("https://example.com/meldungen/29-10-2021", "2021-10-29"),
    ("https://example.com/newsroom/23-01-2022-ferry-timetable/17-378.html", "2022-01-23"),
    ("https://example.com/news/05-06-2020-ferry", None),  # May 6 or June 5: left open
])
def test_more_date_shapes_in_urls(url, expected):
    assert dates.from_url(url) == expected


def test_on_day_keeps_the_instant():
    assert dates.on_day("2022-05-04T00:44:52Z", "2022-05-03", (21, 44)) == "2022-05-03T21:44:52-03:00"
    assert dates.on_day("2022-05-04T00:44:52+02:00", "2022-05-03") is None  # not UTC
    assert dates.on_day("2022-05-04T00:44:52Z", "2022-05-01") is None  # not a day off


def test_the_header_date_line_may_sit_in_the_wrappers_after_the_headline_block():
    # the headline in a "stage" block, the date in a metadata list further down the article
    html_page = ('<html lang="de"><body><article><div class="stage"><div><h1>Neuer Fahrplan für die Fähre</h1>'
                 '</div></div><ul class="metadata"><li><time datetime="2022-01-25">25.01.2022</time></li></ul>'
                 f"{STORY}</article></body></html>")
    assert published(html_page) == "2022-01-25"


def test_teaser_dates_after_the_article_are_not_its_date():
    teasers = "".join(f"<li><a href='/n{d}'>Andere Meldung</a> <span>{d}.08.2022</span></li>" for d in (10, 4))
    html_page = ('<html lang="de"><body><main><article><h1>Neuer Fahrplan für die Fähre</h1>'
                 f"{STORY}</article></main><ul>{teasers}</ul></body></html>")
    assert published(html_page) is None


def test_a_time_element_holding_both_dates_is_read_piece_by_piece():
    header = ('<time datetime="2022-11-11T20:23:00-05:00"><span>Updated November 11, 2022</span> '
              '<span>Originally published</span> <span>November 9, 2022</span></time>')
    assert published(page(meta_tag("date", "2022-11-09"), header, lang="en")) == "2022-11-09"


def test_a_generation_stamp_yields_to_the_first_time_element_not_an_update():
    head = meta_tag("date", "2022-01-26T14:32:06+02:00")
    header = "<p class='meta'><time datetime='2022-01-21'>21.01.2022 - 13:30</time></p>"
    story = "<p>" + "Der Schuh ist leicht und warm, und er passt gut in jede Bindung. " * 4 + "</p>"
    assert published(page(head, "<p>Ein Schuh für Touren und Abfahrten.</p>", story=story * 3 + header)) == "2022-01-21"


def test_a_lesser_heading_that_reads_the_title_is_the_headline_when_no_h1_holds_it():
    html_page = ('<html lang="de"><head><title>Neuer Fahrplan für die Fähre</title></head><body>'
                 '<h1>Hafenblatt</h1><div class="post"><h2>Neuer Fahrplan für die Fähre</h2>'
                 f'<div class="post_meta">22. November 2021</div>{STORY}</div></body></html>')
    assert published(html_page) == "2021-11-22"
    # under such a heading, a bare date line is not taken for the header's (an event's date, a book's)
    from lxml import html

    bare = html_page.replace('<div class="post_meta">22. November 2021</div>', "<div>Termin: 21.02.2022</div>")
    assert dates_header.header_dates(html.fromstring(bare).find("body"), "Neuer Fahrplan für die Fähre", True) == []


def test_a_declared_date_the_header_prints_as_the_update_yields_to_the_printed_publication():
    header = "<p><span>Published Apr 26, 2023</span> <span>Updated Aug 21, 2025</span></p>"
    assert published(page(ld("2025-08-21"), header, lang="en")) == "2023-04-26"


def test_a_printed_day_no_offset_can_reach_is_another_day():
    # 22:02 UTC on the 19th is the 19th or the 20th everywhere: a page printing the 18th means it
    assert published(page(ld("2025-12-19T22:02:58Z"), "<p>Dec 18, 2025 · 4 min read</p>", lang="en")) == "2025-12-18"


def test_the_url_settles_an_ambiguous_numeric_header_date():
    html_page = page("", "<div class='blog-date'>03/10/2023</div>", lang="en")
    assert published(html_page, url="https://example.com/blog/2023/october/03/ferry/") == "2023-10-03"


def test_a_time_element_printing_the_next_day_of_its_utc_value_gives_the_printed_day():
    header = '<time datetime="2022-11-06T23:00:00.000Z">07.11.2022</time>'
    assert published(page(ld("2022-11-06T23:00:00.000Z"), header)) == "2022-11-07T00:00:00+01:00"


@pytest.mark.parametrize(("markup", "expected"), [
    ("<div><h5>Datum: </h5>03.11.2021</div>", "2021-11-03"),
    ("<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Aufrufe: 61</p>", "2023-11-01"),
    ("<p>Mise en ligne 23 mai 2019</p>", "2019-05-23"),
])
def test_more_labelled_date_lines(markup: str, expected: str):
    from lxml import html

    assert dates_page.labelled(html.fromstring(f"<div>{markup}</div>"), dayfirst=True) == expected


def test_a_generation_stamp_yields_to_a_labelled_publication_line():
    head = meta_tag("date", "2021-10-15")
    box = "<div class='box'><span>Erschienen am:</span> <b>13.10.2021</b></div>"
    assert published(page(head, "", story=STORY * 3 + box)) == "2021-10-13"


def test_a_labelled_date_ends_at_the_line_break():
    from lxml import html

    markup = ("<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde 4 Minuten<br>"
              "Lizenz: CC BY 4.0, Folge 158 der Reihe</p>")
    assert dates_page.labelled(html.fromstring(f"<div>{markup}</div>"), dayfirst=True) == "2019-08-16"


def test_a_generation_stamp_yields_to_an_as_of_date_printed_under_the_headline():
    head = meta_tag("date", "2020-04-29T11:52:23")
    header = "<p class='text'><span class='stand'>Stand: 28.04.2020 18:00 Uhr</span></p>"
    assert published(page(head, header)) == "2020-04-28"


def test_an_as_of_date_alone_under_the_headline_dates_the_page_and_keeps_the_declared_one():
    import newsclean

    header = "<p class='text'><span class='stand'>Stand: 28.04.2020 18:00 Uhr</span></p>"
    article = newsclean.clean(page(ld("2020-04-27T10:00:00+02:00"), header))
    assert article.published == "2020-04-28"
    assert article.first_published == "2020-04-27T10:00:00+02:00"


@pytest.mark.parametrize(("opening", "expected"), [
    ("29.11.2022 – Der Fährverband hat den neuen Fahrplan vorgestellt, mit zwei", "2022-11-29"),
    ("Hafenstadt, 3. März 2022 – Der Fährverband hat den neuen Fahrplan vorgestellt", "2022-03-03"),
    ("May 4, 2024 — The ferry company presented its new timetable, with two more", "2024-05-04"),
    ("Der Fährverband hat am 3. März 2022 den neuen Fahrplan vorgestellt, mit zwei", None),  # in the sentence
])
def test_a_dateline_opening_the_story_dates_an_undated_page(opening, expected):
    story = "<p>" + opening + " Fahrten mehr an Werktagen und einer späten Abfahrt am Freitag. " * 3 + "</p>"
    lead = "<p>Der neue Fahrplan bringt mehr Fahrten. Er gilt ab dem Sommer, sagt der Verband heute.</p>"
    assert published(page("", lead, story=story + STORY)) == expected


def test_a_meta_stamp_named_like_a_publication_but_later_than_the_last_change_is_passed_over():
    head = (meta_tag("published-time", "2026-03-09T08:45:32Z") + meta_tag("modified-date", "2024-07-30")
            + meta_tag("published-date", "2021-02-16"))
    assert published(page(head, "", lang="en")) == "2021-02-16"
