"""Stages 2-3: sniffing and parsing, and pruning with categories and guards."""

from __future__ import annotations

import pytest

from newsclean.errors import NotAPageError
from newsclean.model import Category
from newsclean.options import InputKind
from newsclean.parse import parse_html, sniff
from newsclean.prune import prune


@pytest.mark.parametrize(("text", "kind"), [
    ("<!doctype html><html><body><p>Hi</p></body></html>", InputKind.HTML),
    ("<p>A fragment of a page</p>", InputKind.HTML),
    ("A headline\n\nA paragraph of a text dump, saved by an earlier scraper.\n", InputKind.TEXT),
    ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>',
     InputKind.HTML),
])
def test_sniff(text: str, kind: InputKind):
    assert sniff(text) is kind


@pytest.mark.parametrize("text", [
    '{"html": "<p>x</p>", "url": "https://example.com"}',
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>',
])
def test_data_is_not_a_page(text: str):
    with pytest.raises(NotAPageError):
        sniff(text)


def test_forced_kind_wins():
    assert sniff("<p>markup shown as text</p>", InputKind.TEXT) is InputKind.TEXT


def test_parse_fragment_and_frameset():
    page = parse_html("<p>Only a paragraph</p>")
    assert page.body.tag == "body" and page.body.find(".//p") is not None
    frames = parse_html("<html><frameset><frame src='a.html'></frameset></html>")
    assert frames.body.tag == "body"


def test_parse_never_expands_entities_or_loads_dtds():
    page = parse_html('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY boom "BOOM">]>'
                      "<html><body><p>&boom;</p></body></html>")
    assert "BOOM" not in "".join(page.body.itertext())


def test_a_page_closed_after_its_header_keeps_the_story_that_follows():
    # the template ends the page after its menu; browsers show what follows, libxml2 alone drops it
    story = "<p>" + "The ferry to the outer islands will run twice a day from the first of June. " * 30 + "</p>"
    page = parse_html("<html><head><title>Ferry</title></head><body><header><nav><a href='/'>Home</a></nav>"
                      f"</header></body></html><div class='post'><h1>More ferries</h1>{story}</div>")
    assert "twice a day" in "".join(page.body.itertext())
    assert page.body.find(".//h1") is not None


def test_end_tags_with_only_a_little_after_them_are_left_alone():
    page = parse_html("<html><body><p>The story.</p></body></html><script>track()</script>")
    assert [p.text for p in page.body.iter("p")] == ["The story."]


def _pruned(body_html: str):
    page = parse_html(f"<html><body>{body_html}</body></html>")
    return page, prune(page.body)


STORY = "<p>" + "The council met on Tuesday and agreed the new budget after a long debate. " * 8 + "</p>"


@pytest.mark.parametrize(("markup", "category"), [
    ('<div class="cookie-banner">We use cookies. Accept all</div>', Category.COOKIE_BANNER),
    ('<div class="newsletter-signup">Sign up for our newsletter</div>', Category.NEWSLETTER),
    ('<div class="share-bar">Share on Facebook Twitter</div>', Category.SHARE),
    ('<div class="font-size-controls">A+ A-</div>', Category.READER_WIDGET),
    ('<div id="comments"><p>Great article!</p></div>', Category.COMMENTS),
    ('<div class="related-posts"><a href="/x">Another story</a></div>', Category.RELATED),
    ('<div class="trending-now"><a href="/y">Most read</a></div>', Category.TRENDING),
    ('<div class="ad-slot">Advertisement</div>', Category.ADVERTISEMENT),
    ('<nav><a href="/">Home</a> <a href="/news">News</a></nav>', Category.NAVIGATION),
    ('<div class="breadcrumbs">Home › World</div>', Category.BREADCRUMB),
    ('<footer>Copyright 2024 Example</footer>', Category.FOOTER),
    ('<div style="display:none">Hidden promo text</div>', Category.HIDDEN),
    ('<div class="paywall-prompt">Subscribe to continue reading</div>', Category.PAYWALL),
])
def test_chrome_is_cut_with_its_category(markup: str, category: Category):
    page, pruned = _pruned(STORY + markup)
    assert [r.category for r in pruned.removed] == [category]
    assert pruned.removed[0].rule
    assert "council met" in "".join(page.body.itertext())


def test_layout_and_state_classes_are_not_read_as_chrome():
    _page, pruned = _pruned(f'<div class="main has-sidebar layout--ad-right">{STORY}</div>'
                           f'<article class="post tag-sponsored category-comment">{STORY}</article>')
    assert pruned.removed == []


def test_a_weak_hint_on_most_of_the_page_is_not_trusted():
    page, pruned = _pruned(f'<div class="sidebar-layout">{STORY}{STORY}</div><div>short</div>')
    assert "council met" in "".join(page.body.itertext())
    assert pruned.removed == []


def test_clutter_that_wraps_the_headline_is_kept():
    page, pruned = _pruned(f'<div class="paywall"><h1>The budget vote</h1>{STORY}</div>')
    assert pruned.removed == []
    assert page.body.find(".//h1") is not None


def test_author_boxes_are_set_aside_not_dropped():
    _page, pruned = _pruned(STORY + '<div class="author-box"><p>Ana Lima writes about cities.</p></div>')
    assert len(pruned.author_boxes) == 1
    assert pruned.removed == []


def test_tails_survive_a_cut():
    page, _ = _pruned('<p>Before <span class="share-button">Share</span> after.</p>')
    assert " ".join("".join(page.body.itertext()).split()) == "Before after."


def test_an_unclosed_button_does_not_swallow_the_story():
    page, _ = _pruned(f"<button>Menu{STORY}")
    assert "council met" in "".join(page.body.itertext())


def test_a_list_article_with_linked_item_names_is_not_a_teaser_list():
    import newsclean

    # thirty short linked item names: as teaser headlines they would cost more than the prose
    items = "".join(
        f'<h2><a href="https://shop.example/tool-{i}">Tester {i}</a></h2>'
        f"<p>Tester {i} reads voltage on both sides of a breaker and survives a drop from a ladder.</p>"
        for i in range(30))
    blurb = ("<div class='intro'><p>We are a small trade magazine run by electricians, for electricians, and we have "
             "been testing tools in real vans on real jobs since the year the old bridge was rebuilt, with help "
             "from readers who send us the tools that broke on them and tell us how.</p></div>")
    page = (f"<html><body>{blurb}<article class='post'><h1>Thirty testers electricians trust</h1>{items}"
            "</article></body></html>")
    a = newsclean.clean(page)
    assert a.strategy == "text density"  # found by the scorer, not rescued by the fallback
    assert "Tester 29 reads voltage" in a.text and "Tester 0 reads voltage" in a.text
    assert "## [Tester 0](https://shop.example/tool-0)" in a.markdown


def test_a_textarea_of_html_source_is_dropped_not_unwrapped():
    import newsclean

    source = "&lt;h1&gt;Tides&lt;/h1&gt; &lt;p class=byline&gt;By Mara Quell&lt;/p&gt; " * 20
    story = "<p>The harbour tides reached a ten-year high on Sunday, and boats were moved inland.</p>" * 3
    page = f"<html><body><article><h1>Tides</h1>{story}<textarea>{source}</textarea></article></body></html>"
    a = newsclean.clean(page)
    assert "<h1>" not in a.text and "class=byline" not in a.text
    assert "ten-year high" in a.text


def test_the_tightest_container_holding_the_story_wins_over_one_with_a_spared_rail():
    import newsclean

    story = "".join(f"<p>Paragraph {i} of the story about the harbour wall, with enough words to count as prose "
                    f"in any scorer, and a few more for good measure.</p>" for i in range(8))
    rail = "".join(f"<article><a href='/deal-{i}'><h2>Deal number {i} on a pair of headphones</h2></a>"
                   f"<p class='excerpt'>A long excerpt of deal number {i}, cut off after a couple of lines of text "
                   f"so that the whole rail holds more prose than a sidebar usually does, which spares it.</p>"
                   f"</article>" for i in range(8))
    # a short line outside the story gives the wrapper a hair more score than the story alone
    page = (f"<html><body><main><article><h1>Harbour wall</h1>{story}</article>"
            f"<p>Thanks to the harbour board</p><div class='widget-area sidebar'>{rail}</div></main></body></html>")
    a = newsclean.clean(page)
    assert "Paragraph 7 of the story" in a.text
    assert "excerpt of deal" not in a.text


def test_the_story_behind_a_paywall_class_is_kept_and_the_prompt_is_not():
    import newsclean

    gated = "".join(f"<p>Paragraph {i} of the earnings story, which subscribers read in full, with the "
                    f"analysts' figures and the company's outlook for the next quarter.</p>" for i in range(14))
    page = ("<html><body><article><h1>Earnings</h1><p>The shares fell before the market opened on Tuesday, "
            "after the company cut its forecast for the year.</p>"
            f"<div class='paywall'>{gated}</div>"
            "<div class='paywall-prompt'><p>Subscribe now to continue reading.</p></div></article></body></html>")
    a = newsclean.clean(page)
    assert "Paragraph 13 of the earnings story" in a.text
    assert not any("earnings story" in r.text for r in a.removed)  # kept, not cut and rescued by a fallback
    assert "Subscribe now" not in a.text


def test_microdata_values_printed_in_the_page_are_not_prose():
    import newsclean

    micro = ('<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
             '<div itemprop="name">Harbour Times Group</div></div>'
             '<div itemprop="image" itemscope><div itemprop="url">https://img.example/wall.jpg</div>'
             '<div itemprop="width">500</div></div>')
    story = "<p>The harbour tides reached a ten-year high on Sunday, and boats were moved inland.</p>" * 3
    page = f"<html><body><article><h1>Tides</h1>{micro}{story}</article></body></html>"
    a = newsclean.clean(page)
    assert "Harbour Times Group" not in a.text and "img.example" not in a.text
    assert any(r.rule == "microdata publisher" for r in a.removed)


def test_a_heading_left_open_by_a_mismatched_end_tag_does_not_swallow_the_story():
    import newsclean

    story = "".join(f"<p>Paragraph {i} of the harbour report: the ferry timetable changes next month and the "
                    f"town hall will publish the new times on its notice board.</p>" for i in range(5))
    # "<h2>...</h3>": browsers close the <h2> at the </h3>; libxml2 leaves it open around the story
    page = (f"<html><body><article><h1>Ferry times change</h1><h2 class='dek'>The summer timetable starts "
            f"in June.</h3><div class='story'>{story}</div></article></body></html>")
    a = newsclean.clean(page)
    assert "Paragraph 0 of the harbour report" in a.text and "Paragraph 4" in a.text
    assert "## Paragraph" not in a.markdown  # the story's paragraphs are not a heading
    # a short heading with a wrapper inside stays one heading
    b = newsclean.clean(f"<html><body><article><h1>Ferry times change</h1>{story}"
                        f"<h2><div>How the new timetable works</div></h2>{story.replace('Paragraph', 'Part')}"
                        f"</article></body></html>")
    assert "## How the new timetable works" in b.markdown


def test_a_read_more_wrapper_holding_the_story_is_not_a_related_list():
    import newsclean

    story = "".join(f"<p>Note {i}: the under-12 side kept its unbeaten run going on Saturday with a narrow win "
                    f"away from home, and the coach praised the defence.</p>" for i in range(6))
    related = "".join(f"<li><a href='/s{i}'>Another match report number {i}</a></li>" for i in range(4))
    page = (f"<html><body><h1>Under-12s stay unbeaten</h1><div id='read_more'><div class='body'>{story}</div>"
            f"</div><div class='related'><ul>{related}</ul></div></body></html>")
    a = newsclean.clean(page)
    assert "Note 0: the under-12 side" in a.text and "Note 5:" in a.text
    assert "Another match report" not in a.text  # the real related list still goes
    # a list of other stories with their summaries is cut, however much of the page it holds
    teasers = "".join(f"<div><a href='/t{i}'>Another club wins its derby in the rain, number {i}</a><p>The "
                      f"summary of that other story goes on for a while about goals, fans and the weather.</p>"
                      f"</div>" for i in range(8))
    short = "<p>The under-12 side kept its unbeaten run going on Saturday with a narrow win away from home.</p>"
    b = newsclean.clean(f"<html><body><h1>Under-12s stay unbeaten</h1><div class='story'>{short}</div>"
                        f"<div class='related-stories'>{teasers}</div></body></html>")
    assert "kept its unbeaten run" in b.text and "Another club wins" not in b.text


def test_a_header_element_holding_paragraphs_of_the_story_is_not_page_chrome():
    import newsclean

    def section(n: int) -> str:
        paras = "".join(f"<p>Leg {n}.{i}: the relay team shaved another second off its best time, and the coach "
                        f"said the handovers were finally clean.</p>" for i in range(4))
        return f"<section><header class='section-text'>{paras}</header></section>"

    page = (f"<html><body><header class='top'><a href='/'>Track News</a><nav><a href='/a'>Results</a></nav></header>"
            f"<main><h1>Relay team sets a club record</h1><article>{section(1)}{section(2)}{section(3)}</article>"
            f"</main></body></html>")
    a = newsclean.clean(page)
    assert "Leg 1.0: the relay team" in a.text and "Leg 2.1:" in a.text and "Leg 3.2:" in a.text
    assert "Results" not in a.text
    assert not any(r.rule == "<header> without headline" and "Leg" in r.text for r in a.removed)
    assert any(r.rule == "<header> without headline" and "Track News" in r.text for r in a.removed)


def test_ruby_readings_are_not_part_of_the_text():
    import newsclean

    # furigana: the small reading printed over each character is a reading aid, not more text
    page = ("<html><body><h1>ニュース</h1><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの"
            "<ruby>法律<rt>ほうりつ</rt></ruby>ができて、みんなが<ruby>安心<rt>あんしん</rt></ruby>して"
            "くらせるようになりました。新しい決まりは来年から始まります。</p></body></html>")
    a = newsclean.clean(page)
    assert "子どもの法律ができて、みんなが安心して" in a.text
    assert "ほうりつ" not in a.text


def test_a_thread_of_posts_marked_as_comments_is_the_content_when_nothing_else_is():
    import newsclean

    posts = "".join(f"<div class='comment'><span class='comment-author'>user{i}</span><p>Post {i}: since the update "
                    f"the app store will not load over mobile data on my phone, only on wifi, and resetting the "
                    f"network settings did not help at all.</p></div>" for i in range(8))
    page = f"<html><body><h1>App store over mobile data?</h1><div class='thread'>{posts}</div></body></html>"
    a = newsclean.clean(page)
    assert "Post 0: since the update" in a.text and "Post 7:" in a.text
    assert a.strategy.endswith("(a thread: comments kept)")
    # beside an article found with confidence, comments are still cut, however long they are
    prose = "The council met on Tuesday and agreed to repair the old sea wall before the winter storms. " * 4
    article = f"<article><p>{prose}</p></article>"
    b = newsclean.clean(f"<html><body><h1>Sea wall</h1>{article}<div class='comments'>{posts * 3}</div></body></html>")
    assert "Post 0" not in b.text and not b.strategy.endswith("comments kept)")
    assert any(r.category.value == "comments" for r in b.removed)


def test_a_nav_named_section_of_paragraphs_is_article_text_but_a_menu_is_not():
    import newsclean

    paras = "".join(f"<p>Step {i}: put a fixed share of each pay cheque into savings before paying anything else, "
                    f"and raise it a little every year as your income grows.</p>" for i in range(10))
    menu = "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(12))
    asides = "".join(f"<aside>{'<p>Our branches are open on weekdays from nine until five.</p>' * 15}</aside>"
                     for _ in range(5))
    page = (f"<html><body><div class='site-nav'><ul>{menu}</ul></div><main><h1>Saving for beginners</h1>"
            f"<div class='body-content'><div class='intro'><p>Budgets are simpler than they look.</p></div>"
            f"<div class='content-nav-section'>{paras}</div></div></main>"
            f"{asides}</body></html>")
    a = newsclean.clean(page)
    assert "Step 0: put a fixed share" in a.text and "Step 9:" in a.text
    assert "Menu entry" not in a.text
    assert not any(r.category.value == "navigation" and "Step 0" in r.text for r in a.removed)


def test_streamed_segments_of_a_react_page_are_shown_where_their_placeholder_is():
    import newsclean

    story = "".join(f"<p>Part {i} of the guide: a fund that follows an index holds every company in it, in "
                    f"proportion, so its returns follow the index.</p>" for i in range(5))
    page = ("<html><body><main><h1>Index funds explained</h1><p>A short introduction comes first.</p>"
            "<!--$?--><template id='B:0'></template><p class='loading'>Loading…</p><!--/$-->"
            "<p>The closing remarks come last.</p></main>"
            f"<div hidden id='S:0'>{story}</div><script>$RC('B:0','S:0')</script></body></html>")
    a = newsclean.clean(page)
    assert "Part 0 of the guide" in a.text and "Part 4 of the guide" in a.text
    text = a.text
    assert text.index("A short introduction") < text.index("Part 0") < text.index("The closing remarks")


def test_a_short_post_named_as_the_body_wins_over_a_long_text_widget_beside_it():
    import newsclean

    post = ("<p>Taken from the garden last night: the cluster rose above the roof at midnight, and the "
            "camera caught its blue haze on a short exposure with the lens stopped down.</p><p>Next month "
            "I will try again from the hill behind the village, where the sky is darker.</p>")
    widget = "".join(f"<p>Our magazine {i} was a monthly for amateur astronomers, with star charts, reviews of "
                     f"telescopes and a column for beginners, for twenty years.</p>" for i in range(6))
    archive = "".join(f"<div>Archive: month {i:02}</div>" for i in range(40))  # short lines, no prose
    page = (f"<html><body><div class='wrap'><div class='main-col'><article><h1 class='entry-title'>The cluster "
            f"over the roof</h1><div class='entry-content'>{post}</div></article></div>"
            f"<aside class='sidebar'><div class='textwidget'>{widget}</div></aside>"
            f"<div class='months'>{archive}</div></div></body></html>")
    a = newsclean.clean(page)
    assert "Taken from the garden last night" in a.text
    assert "Our magazine" not in a.text


def test_a_small_hidden_dialog_screen_with_its_own_heading_is_cut():
    import newsclean

    story = "".join(f"<p>Set {i}: the home side won the opening tie in straight sets and now needs one more "
                    f"win to reach the quarter-finals.</p>" for i in range(6))
    hidden = ("<div style='display:none' id='resetDone'><h1>Create a new password</h1><p>We have sent you an "
              "email with a link.</p></div>")
    page = (f"<html><body><div class='page'><h1>Home side wins the opener</h1>{story}{hidden}</div>"
            f"</body></html>")
    a = newsclean.clean(page)
    assert "Set 5: the home side" in a.text
    assert "Create a new password" not in a.text and "We have sent you" not in a.text


def test_a_header_named_after_the_article_keeps_its_dek():
    import newsclean

    story = "".join(f"<p>Paragraph {i}: the reservoir levels rose again this week after the late storms, and the "
                    f"water board lifted the hosepipe ban.</p>" for i in range(6))
    page = ("<html><body><header class='SiteHeader_bar__x1y2z'><a href='/'>Valley Daily</a></header><main><article>"
            "<div class='ArticleHeader_wrap__ab12c'><h1>Hosepipe ban lifted</h1><p class='ArticleHeader_dek__cd34e'>"
            "Reservoirs are full again after a wet spring.</p></div>"
            f"<div class='ArticleBody_body__ef56g'>{story}</div></article></main></body></html>")
    a = newsclean.clean(page)
    assert a.subtitle == "Reservoirs are full again after a wet spring."
    assert "Valley Daily" not in a.text
    assert not any(r.category.value == "header" and "Reservoirs" in r.text for r in a.removed)
