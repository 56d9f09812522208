"""Titles: the headline as the page shows it, checked against the titles it declares."""

from __future__ import annotations

import newsclean

BODY = "<p>" + "The ferry service to the outer islands will run twice a day from the first of June. " * 4 + "</p>"


def doc(head: str, top: str, lang: str = "en") -> str:
    """A page whose headline area (`top`) sits outside the <article> holding the story."""
    return (f'<html lang="{lang}"><head>{head}</head><body>'
            f'<header class="site-header"><a class="logo" href="/">Island Courier</a></header>'
            f"{top}<article>{BODY}</article></body></html>")


def test_h1_in_the_articles_own_header_is_the_headline():
    # "entry-header" is the post's header, not the site's masthead: its <h1> is the headline,
    # even when the declared title is worded differently for search engines
    head = '<meta property="og:title" content="Ferry timetable 2025: all summer sailings">'
    top = '<div class="entry-header"><h1>Twice-daily ferries return to the outer islands</h1></div>'
    assert newsclean.clean(doc(head, top)).title == "Twice-daily ferries return to the outer islands"


def test_h1_in_the_site_masthead_is_not_the_headline():
    head = '<meta property="og:title" content="Twice-daily ferries return to the outer islands">'
    top = '<div class="masthead"><h1>The Island Courier Daily</h1></div>'
    assert newsclean.clean(doc(head, top)).title == "Twice-daily ferries return to the outer islands"


def test_kicker_inside_the_h1_is_not_part_of_the_headline():
    top = ('<div class="story-head"><h1><span class="kicker">Island transport</span>'
           '<span class="sep">: </span><span>Twice-daily ferries return</span></h1></div>')
    assert newsclean.clean(doc("", top)).title == "Twice-daily ferries return"


def test_subtitle_and_screen_reader_text_inside_the_h1_are_left_out():
    top = ('<h1 class="entry-title"><span class="sr-only">Headline:</span> Twice-daily ferries return'
           ' <span class="entry-subtitle">The council restores the summer timetable</span></h1>')
    assert newsclean.clean(doc("", top)).title == "Twice-daily ferries return"


def test_piece_of_the_h1_that_the_page_declares_is_the_headline():
    # a section link set inside the <h1>, before the headline's own element
    head = '<meta property="og:title" content="Twice-daily ferries return to the outer islands">'
    top = ('<h1 class="entry-title"><div class="entry-section"><a href="/local/">Local | </a></div>'
           '<span class="title-text">Twice-daily ferries return to the outer islands</span></h1>')
    assert newsclean.clean(doc(head, top)).title == "Twice-daily ferries return to the outer islands"


def test_short_declared_piece_of_the_h1_is_not_taken_for_the_headline():
    # the declared title names only a small label of the heading: the heading is kept whole
    head = "<title>Island transport - timetable | Island Courier</title>"
    top = ('<h1><span class="small-label">Island transport</span> Twice-daily ferries return to the outer'
           " islands from the first of June</h1>")
    assert newsclean.clean(doc(head, top)).title == (
        "Island transport Twice-daily ferries return to the outer islands from the first of June")


def test_line_break_inside_the_h1_separates_words():
    top = '<h1 class="post-title"><small>Weekly drill</small><br>Six laps of the harbour</h1>'
    assert newsclean.clean(doc("", top)).title == "Weekly drill Six laps of the harbour"


def test_dash_in_a_declared_title_that_another_one_repeats_with_the_site_name():
    # og:title is the <title> without " | Site": its own dash is part of the headline
    head = ('<meta property="og:title" content="Harbour fees rise for every visiting boat – the new rates">'
            "<title>Harbour fees rise for every visiting boat – the new rates | Island Courier</title>")
    assert newsclean.clean(doc(head, "")).title == "Harbour fees rise for every visiting boat – the new rates"


def test_post_title_in_an_h2_when_the_blogs_h1_is_its_name():
    head = "<title>Garden Notes » Blog Archive » Pruning roses in late winter</title>"
    top = ('<div id="header"><h1><a href="/">Garden Notes</a></h1></div>'
           '<div class="post"><h2><a href="/pruning">Pruning roses in late winter</a></h2></div>')
    assert newsclean.clean(doc(head, top)).title == "Pruning roses in late winter"


def test_heading_repeating_the_title_with_the_site_name_is_not_the_headline():
    head = ('<meta property="og:site_name" content="Garden Notes">'
            '<meta property="og:title" content="Pruning roses in late winter | Garden Notes">')
    top = ('<div class="post"><h2>Pruning roses in late winter</h2></div>'
           '<div class="share-box"><h2>Pruning roses in late winter | Garden Notes</h2></div>')
    assert newsclean.clean(doc(head, top)).title == "Pruning roses in late winter"


def test_short_section_name_in_the_h1_is_not_the_headline():
    head = "<title>Daily Post | Books | A quiet novel about the sea and the town</title>"
    top = '<div class="story-head"><h1>Books</h1></div>'
    assert newsclean.clean(doc(head, top)).title != "Books"


def test_h2_that_is_the_declared_title_beats_an_h1_that_agrees_with_nothing():
    head = '<meta property="og:title" content="How to get a toddler to nap at noon">'
    top = ('<div class="entry-header"><h1>Our sleep guides for parents</h1></div>'
           '<div class="post-intro"><h2>How to get a toddler to nap at noon</h2></div>')
    assert newsclean.clean(doc(head, top)).title == "How to get a toddler to nap at noon"


def test_hidden_h1_copying_the_title_loses_the_site_name():
    head = "<title>Ferry timetable changes for the summer | Travel | Island Courier</title>"
    top = '<h1 class="visually-hidden">Ferry timetable changes for the summer | Travel | Island Courier</h1>'
    assert newsclean.clean(doc(head, top)).title == "Ferry timetable changes for the summer"


def test_site_name_set_after_the_headline_in_the_h1_is_cut():
    head = '<meta property="og:site_name" content="Island Courier">'
    top = '<div class="entry-header"><h1>Ferry timetable changes for the summer – Island Courier</h1></div>'
    assert newsclean.clean(doc(head, top)).title == "Ferry timetable changes for the summer"


def test_utf8_read_as_latin1_in_a_heading_is_repaired():
    top = '<div class="entry-header"><h1>The skipper\u00e2\x80\x99s guide to winter moorings</h1></div>'
    assert newsclean.clean(doc("", top)).title == "The skipper\u2019s guide to winter moorings"


def test_declared_piece_of_the_h1_beats_a_declared_title_holding_the_label_too():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Six laps of the harbour"}'
            '</script><meta property="og:title" content="Weekly drill | Six laps of the harbour - Swim Club">')
    top = '<h1 class="post-title"><span class="lead-in">Weekly drill</span> Six laps of the harbour</h1>'
    assert newsclean.clean(doc(head, top)).title == "Six laps of the harbour"


def test_declared_piece_of_the_h1_without_the_colon_that_joined_it():
    head = '<meta property="og:title" content="Six lanes of the harbour pool are closed">'
    top = ('<h1><span class="pre">Harbour works</span><span class="colon">: </span>'
           "<span>Six lanes of the harbour pool are closed</span></h1>")
    assert newsclean.clean(doc(head, top)).title == "Six lanes of the harbour pool are closed"


def test_headline_in_capitals_takes_the_case_of_the_declared_title():
    head = "<title>Six Ways to Keep a Dinghy Dry | Island Courier</title>"
    top = '<div class="entry-header"><h1>SIX WAYS TO KEEP A DINGHY DRY</h1></div>'
    assert newsclean.clean(doc(head, top)).title == "Six Ways to Keep a Dinghy Dry"


def test_headline_in_capitals_is_kept_when_nothing_declares_its_case():
    top = '<div class="entry-header"><h1>SIX WAYS TO KEEP A DINGHY DRY</h1></div>'
    assert newsclean.clean(doc("", top)).title == "SIX WAYS TO KEEP A DINGHY DRY"


def test_text_left_out_of_the_h1_leaves_a_space_between_the_words_around_it():
    top = '<div class="entry-header"><h1>Harbour works<span class="sr-only">: </span>Quay closed in June</h1></div>'
    assert newsclean.clean(doc("", top)).title == "Harbour works Quay closed in June"


def test_unclosed_h1_holding_the_page_is_not_the_headline():
    head = "<title>Ferry timetable changes for the summer | Island Courier</title>"
    top = "<h1>Ferry timetable" + "<div>The ferry leaves the harbour at nine and returns at six.</div>" * 40
    assert newsclean.clean(doc(head, top)).title == "Ferry timetable changes for the summer"
