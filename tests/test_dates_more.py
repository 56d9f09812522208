"""Dates, more classes: labels in elements of their own, dates split by markup, comment
dates, printed timestamps, declared stamps that disagree, state scripts."""

from __future__ import annotations

from newsclean import metadata, parse

STORY = "<p>" + "The lighthouse keepers said the new lamp would be seen twelve miles out at sea. " * 4 + "</p>"


def page(head: str = "", header: str = "", lang: str = "en", story: str = STORY, after: str = "") -> str:
    return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>A new lamp for the old lighthouse</h1>'
            f"{header}{story}{after}</article></body></html>")


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def published(html_page: str, url: str | None = None) -> str | None:
    """The publication date the page's metadata and header give (before the story's text is read)."""
    return metadata.read(parse.parse_html(html_page, url), url).published


def test_a_label_in_an_element_of_its_own_says_the_date_after_it_is_an_update():
    head = meta("article:published_time", "2023-02-01T10:00:00+00:00") + meta(
        "article:modified_time", "2024-06-18T09:00:00+00:00")
    header = '<p class="date"><span class="date-title">Updated on</span> June 18, 2024</p>'
    found = metadata.read(parse.parse_html(page(head, header)), None)
    # the header dates the page by its update alone: the update's declared stamp, the first publication kept
    assert (found.published, found.first_published) == ("2024-06-18T09:00:00+00:00", "2023-02-01T10:00:00+00:00")
    plain = '<p class="date"><span class="date-title">Posted</span> June 18, 2024</p>'
    assert metadata.read(parse.parse_html(page(head, plain)), None).first_published is None


def test_a_date_split_by_a_link_is_read_from_its_whole_line():
    header = '<p class="info">4. <a href="/archiv/2021/03">März 2021</a> um 10:15 · <a href="/k">Notizen</a></p>'
    assert published(page(header=header, lang="de")) == "2021-03-04"


def test_a_wordpress_post_metadata_line_under_a_lesser_headline_is_a_date_line():
    body = ('<html lang="de"><head><title>Ein Garten im Winter</title></head><body><h1>Gartenblog</h1>'
            '<div class="post"><h2>Ein Garten im Winter</h2><p class="postmetadata">4. <a href="/a">März 2021</a>'
            ' um 10:15 · <a href="/k">Notizen von Oma</a> · <a href="#c">3 Kommentare</a></p>'
            f"{STORY}</div></body></html>")
    assert published(body) == "2021-03-04"


def test_a_printed_timestamp_with_its_time_is_a_date():
    header = '<p><span class="pubtime">2022-11-23T08:10+02:00</span></p>'
    assert published(page(header=header)) == "2022-11-23"


def test_a_time_in_the_comment_thread_is_not_the_article_date():
    after = ('<p>Veröffentlicht am 03.05.2021</p><section id="comments"><ol class="comment-list">'
             '<li class="comment"><time datetime="2021-05-09T10:00:00+02:00">9. Mai 2021</time> Schön!</li>'
             "</ol></section>")
    assert published(page(story=STORY * 3, after=after, lang="de")) == "2021-05-03"


def test_a_date_only_in_a_state_script_is_the_last_resort():
    state = ('<script>window.__STATE__ = {"review": {"id": 7, "createdAt": "2016-11-03T09:00:00Z", '
             '"publishedDate": "2016-11-04T20:37:27Z", "date": "2019-01-01"}};</script>')
    assert published(page(after=state))[:10] == "2016-11-04"
    escaped = '<script>self.push("{\\"title\\":\\"Lamp\\",\\"date\\":\\"2024-04-08T06:59:34\\"}")</script>'
    assert published(page(after=escaped))[:10] == "2024-04-08"


def test_a_page_that_declares_only_its_last_change_is_dated_by_it():
    head = meta("article:modified_time", "2023-06-12T10:39:42+00:00")
    assert published(page(head))[:10] == "2023-06-12"


def test_visible_dates_keep_page_order_and_stop_at_three():
    from lxml import html

    from newsclean import dates_page

    body = html.fromstring(
        '<div><abbr title="2020-01-02">2 Jan</abbr><span itemprop="datePublished" content="2020-01-03"></span>'
        '<span id="post-date-1">4 January 2020</span><p class="entry-meta">5 January 2020</p>'
        '<p class="dates">6 January 2020</p></div>')
    assert list(dates_page.visible_dates(body, dayfirst=True)) == ["2020-01-02", "2020-01-03", "2020-01-04"]


def test_the_url_day_outranks_a_later_declared_stamp_when_the_header_prints_no_date():
    head = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "A new lamp", '
            '"datePublished": "2019-06-17T18:28:00+0200"}</script>')
    assert published(page(head), url="https://example.com/blog/2017/7/12/a-new-lamp") == "2017-07-12"
    # a header that prints the declared day keeps it
    header = "<p>June 17, 2019</p>"
    assert published(page(head, header), url="https://example.com/blog/2017/7/12/a-new-lamp")[:10] == "2019-06-17"


def test_a_long_h1_worded_apart_from_the_title_is_still_the_headline():
    body = ('<html lang="en"><head><title>Harbour lamp repaired</title>'
            '<meta property="og:title" content="Harbour lamp repaired"></head><body><main>'
            '<h1>How the old harbour lamp was finally repaired</h1><h5><span>2024-11-06</span></h5>'
            f'{STORY}<div class="related"><h2>Harbour lamp repaired</h2><p>More from the coast</p></div>'
            "</main></body></html>")
    assert published(body) == "2024-11-06"


def test_a_lesser_heading_heads_the_date_line_on_a_page_without_h1():
    body = ('<html lang="en"><head><title>Introducing the Harbour Tide Tables</title></head><body>'
            '<div class="resource-head"><h2>Introducing Harbour Tide Tables: the tides of every port, a year ahead</h2>'
            '<div class="who"><p>Mara Lind</p><small class="muted">March 3, 2025</small></div></div>'
            f"{STORY}{STORY}</body></html>")
    assert published(body) == "2025-03-03"


def test_a_time_marked_pubdate_outranks_a_declared_stamp_that_is_also_the_last_save():
    stamp = "2025-11-29T12:28:31-05:00"
    head = (f'<script type="application/ld+json">{{"@type": "Article", "datePublished": "{stamp}", '
            f'"dateModified": "{stamp}"}}</script>')
    after = '<div class="published">Published <time pubdate datetime="2025-08-13">August 13, 2025</time></div>'
    assert published(page(head, story=STORY * 3, after=after)) == "2025-08-13"
    resaved_later = head.replace(f'"dateModified": "{stamp}"', '"dateModified": "2025-12-01T09:00:00-05:00"')
    assert published(page(resaved_later, story=STORY * 3, after=after)) == stamp
