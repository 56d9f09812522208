"""Metadata: JSON-LD (with @graph), OpenGraph and meta tags, bylines, titles, in order of trust."""

from __future__ import annotations

import lxml.html
import pytest

import newsclean
from newsclean.metadata_sources import in_chrome

BODY = "<p>" + "The committee published its report on the future of the harbour, with twelve findings. " * 4 + "</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body><article>{body}{BODY}</article></body></html>'


def test_json_ld_graph_wins():
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Harbour Times"},
      {"@type": "NewsArticle", "headline": "Report on the harbour", "datePublished": "2024-05-04T09:30:00+01:00",
       "dateModified": "2024-05-05T10:00:00+01:00", "author": [{"@type": "Person", "name": "Ana Lima"},
       {"@type": "Person", "name": "Bo Chen"}, {"@type": "Organization", "name": "Harbour Times"}],
       "publisher": {"@type": "Organization", "name": "Harbour Times"}, "articleSection": "Local",
       "keywords": "harbour, council"}]}</script>
      <meta property="article:published_time" content="2020-01-01T00:00:00Z">"""
    a = newsclean.clean(page(head, "<h1>Report on the harbour</h1>"))
    assert a.title == "Report on the harbour"
    assert a.authors == ("Ana Lima", "Bo Chen")
    assert a.published == "2024-05-04T09:30:00+01:00"
    assert a.updated == "2024-05-05T10:00:00+01:00"
    assert a.site_name == "Harbour Times"
    assert a.section == "Local"
    assert a.tags == ("harbour", "council")


def test_open_graph_and_meta_tags():
    head = """<title>Report on the harbour | Harbour Times</title>
      <meta property="og:site_name" content="Harbour Times">
      <meta property="og:image" content="/img/lead.jpg">
      <meta property="article:published_time" content="2024-05-04T09:30:00Z">
      <meta property="article:section" content="Local">
      <meta property="article:tag" content="harbour"><meta property="article:tag" content="Harbour">
      <meta name="author" content="By Ana Lima">
      <link rel="canonical" href="https://times.example/harbour-report">"""
    a = newsclean.clean(page(head, lang="en-GB"), url="https://times.example/harbour-report?utm=x")
    assert a.title == "Report on the harbour"
    assert a.url == "https://times.example/harbour-report"
    assert a.image == "https://times.example/img/lead.jpg"
    assert a.published == "2024-05-04T09:30:00+00:00"
    assert a.authors == ("Ana Lima",)
    assert a.tags == ("harbour",)
    assert a.language == "en-GB"


def test_visible_byline_and_date_when_nothing_is_declared():
    body = ('<h1>Report on the harbour</h1><div class="byline">By Ana Lima and Bo Chen</div>'
            '<span class="post-date">4. Mai 2024</span>')
    a = newsclean.clean(page("", body, lang="de"))
    assert a.authors == ("Ana Lima", "Bo Chen")
    assert a.byline == "By Ana Lima and Bo Chen"
    assert a.published == "2024-05-04"
    assert "By Ana Lima" not in a.text


def test_byline_split_over_inline_elements_under_a_wrapped_headline():
    # the headline alone in its wrapper; "By" and the name in separate spans, classes meaningless
    body = ('<div class="xq1"><div class="zz9"><h1>Report on the harbour</h1></div>'
            '<div class="k3 p7"><span class="t1">By</span><span>Ana Lima</span></div></div>' + BODY)
    a = newsclean.clean(page("", body))
    assert a.authors == ("Ana Lima",)


def test_a_blog_user_name_in_a_vcard_is_the_author_when_no_name_is_given():
    body = ('<h1>Report on the harbour</h1><div class="entry-meta"><span class="byline">by <span class="author vcard">'
            '<a class="url fn n" href="/author/quillpen42/">quillpen42</a></span></span></div>' + BODY)
    assert newsclean.clean(page("", body)).authors == ("quillpen42",)
    # a real name elsewhere wins over the handle
    head = '<meta name="author" content="Mara Holt">'
    assert newsclean.clean(page(head, body)).authors == ("Mara Holt",)


def test_commenter_names_are_not_authors():
    body = ('<h1>Report</h1>' + BODY + '<div class="comments"><div class="comment-author">Grumpy Reader</div>'
            '<p>I disagree.</p></div>')
    a = newsclean.clean(page("", body))
    assert a.authors == ()


def test_of_two_agreeing_h1s_the_headline_wins_and_its_date_line_is_read():
    head = "<title>Port Office - Official Notices - New quay fees take effect</title>"
    body = ('<div class="top"><h1>Official Notices</h1><div>Search the site</div></div>'
            '<h1>New quay fees take effect</h1><div class="docdata"><span>Datum:</span> <span>18.10.2021</span></div>'
            + BODY)
    a = newsclean.clean(page(head, body, lang="de"))
    assert a.title == "New quay fees take effect"
    assert a.published == "2021-10-18"


def test_logo_h1_is_not_the_title():
    head = '<meta property="og:title" content="Report on the harbour • Harbour Times">'
    body = '<header class="site-header"><h1>Harbour Times</h1></header><h2 class="entry-title">Report</h2>'
    a = newsclean.clean(page(head, body))
    assert a.title == "Report on the harbour"


def test_entities_and_mojibake_in_declared_titles():
    head = '<meta property="og:title" content="Investorâ€™s guide &amp; more">'
    assert newsclean.clean(page(head)).title == "Investor’s guide & more"


def test_date_in_url_as_a_last_resort():
    a = newsclean.clean(page(), url="https://times.example/2019/11/19/harbour/")
    assert a.published == "2019-11-19"


@pytest.mark.parametrize(("first", "lang", "expected"), [
    ("Karlsruhe, (12.11.2021). Die Hafenbehörde hat am Freitag neue Gebühren beschlossen.", "de", "2021-11-12"),
    ("04/05/2024 – The harbour board agreed new fees for the quay on Friday.", "en-US", "2024-04-05"),
    # a date further into the paragraph is a date the story talks about, not its own
    ("The harbour board, which had last met in the old customs house on 12.11.2021 before the move, agreed "
     "new fees for the quay on Friday, the first change in eleven years, and set them for two years.", "de", None),
])
def test_a_dateline_opening_the_first_paragraph_dates_an_undated_page(first: str, lang: str, expected: str | None):
    a = newsclean.clean(page("", f"<h1>New quay fees</h1><p>{first}</p>", lang=lang))
    assert a.published == expected


def test_a_link_to_an_author_page_names_the_author():
    body = ('<h1>New quay fees</h1><div class="meta"><span><a href="/authors/mara-holt">Mara Holt</a> and '
            '<a href="/authors/tomas-reyes">Tomas Reyes</a></span></div>')
    assert newsclean.clean(page("", body)).authors == ("Mara Holt", "Tomas Reyes")
    body = ('<h1>New quay fees</h1><div class="meta"><span class="byline">By Mara Holt</span>'
            '<span>Reviewed by <a href="/authors/tomas-reyes">Tomas Reyes</a></span></div>')
    assert newsclean.clean(page("", body)).authors == ("Mara Holt",)  # a byline named the author
    body = '<h1>New quay fees</h1><div class="meta"><a href="/author/mara-holt">Learn More</a></div>'
    assert newsclean.clean(page("", body)).authors == ()


def test_a_byline_inside_a_wrapper_named_like_navigation_still_counts():
    # Drupal wraps the whole page in "dialog-off-canvas-main-canvas"
    body = ('<div class="dialog-off-canvas-main-canvas"><header class="article-header"><h1>New quay fees</h1>'
            '<span itemprop="author">Mara Holt</span></header>' + BODY + '</div>')
    assert newsclean.clean(page("", body)).authors == ("Mara Holt",)


def test_html_entities_in_json_ld_author_names_are_decoded():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "New quay fees", '
            '"author": {"@type": "Person", "name": "Lindy O&#039;Dowd"}}</script>')
    assert newsclean.clean(page(head, "<h1>New quay fees</h1>")).authors == ("Lindy O'Dowd",)


def _ld(author: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "New quay fees", '
            f'"author": {author}, "publisher": {{"@type": "Organization", "name": "Harbour Times"}}}}</script>')


def test_an_organisation_credited_as_author_when_no_person_is():
    head = _ld('{"@type": "Organization", "name": "Harbour Times Newsroom"}')
    a = newsclean.clean(page(head, "<h1>New quay fees</h1>"))
    assert (a.authors, a.author_kind) == (("Harbour Times Newsroom",), "organization")
    assert a.to_dict()["author_kind"] == "organization"
    head = '<meta name="author" content="The Quayside Team">'
    a = newsclean.clean(page(head, "<h1>New quay fees</h1>"))
    assert (a.authors, a.author_kind) == (("The Quayside Team",), "organization")
    body = '<h1>New quay fees</h1><div class="byline">By Harbour Desk | May 4, 2024</div>'
    a = newsclean.clean(page("", body))
    assert (a.authors, a.author_kind) == (("Harbour Desk",), "organization")


def test_people_win_over_an_organisation_credit():
    head = _ld('{"@type": "Organization", "name": "Harbour Times"}')
    body = '<h1>New quay fees</h1><div class="byline">By Mara Holt and Harbour Wire</div>'
    a = newsclean.clean(page(head, body))
    assert (a.authors, a.author_kind) == (("Mara Holt",), "person")


def test_a_publisher_or_site_name_alone_is_no_author_credit():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "New quay fees", '
            '"publisher": {"@type": "Organization", "name": "Harbour Times"}}</script>'
            '<meta property="og:site_name" content="Harbour Times">')
    a = newsclean.clean(page(head, "<h1>New quay fees</h1>"))
    assert (a.authors, a.author_kind) == ((), None)
    assert a.to_dict()["author_kind"] is None


def test_a_lower_case_user_name_in_a_vcard_named_like_the_blog():
    # WordPress.com: the blog is named after its user; the vcard names the user
    head = '<meta property="og:site_name" content="Kaimauer\'s Blog">'
    body = ('<h1>New quay fees</h1><div class="entry-meta"><span class="by-author">von <span class="author vcard">'
            '<a class="url fn n" href="/author/kaimauer/" rel="author">kaimauer</a></span></span></div>' + BODY
            + '<div id="author-link"><a href="/author/kaimauer/" rel="author">Zeige alle Beiträge von kaimauer</a>'
            '</div>')
    a = newsclean.clean(page(head, body, lang="de"))
    assert (a.authors, a.author_kind) == (("kaimauer",), "person")


def test_a_json_ld_author_given_by_its_id_is_the_node_of_that_id():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "Article", "headline": "New quay fees", "author": {"@id": "https://harbour.example/#/person/1"}},'
            '{"@type": "Person", "@id": "https://harbour.example/#/person/1", "name": "Mara Holt"}]}</script>')
    assert newsclean.clean(page(head, "<h1>New quay fees</h1>")).authors == ("Mara Holt",)
    head = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "New quay fees", '
            '"author": "https://harbour.example/#/person/2"}</script>'
            '<script type="application/ld+json">{"@type": "Person", "@id": "https://harbour.example/#/person/2", '
            '"name": "Tomas Reyes"}</script>')
    assert newsclean.clean(page(head, "<h1>New quay fees</h1>")).authors == ("Tomas Reyes",)


def test_a_post_footer_byline_is_the_posts_not_the_pages():
    # Blogger prints "Posted by" in the post's footer, and the name in a vcard's fn
    body = ('<h1>New quay fees</h1><div class="post-body">' + BODY + '</div><div class="post-footer">'
            "<span class='post-author vcard'>Eingestellt von <span class='fn'>Lotte Brenner</span></span></div>")
    assert newsclean.clean(page("", body, lang="de")).authors == ("Lotte Brenner",)
    body = ('<article><h1>New quay fees</h1>' + BODY + '<footer class="site-footer"><span class="author">'
            'Mara Holt</span></footer></article>')
    assert newsclean.clean(page("", body)).authors == ("Mara Holt",)  # a <footer> in the <article>


def test_the_name_in_an_author_card_is_the_author_but_not_its_neighbours():
    body = ('<h1>New quay fees</h1>' + BODY + '<div class="author-card"><div class="author-info">Mara Holt</div>'
            '<div class="author-bio">Mara Holt covers the port for the Harbour Times.</div></div>'
            '<div class="author-card"><div class="author-info">Tomas Reyes</div></div>')
    assert newsclean.clean(page("", body)).authors == ("Mara Holt",)
    body = '<h1>New quay fees</h1>' + BODY + '<div class="author-info">Senior Harbour Analyst</div>'
    assert newsclean.clean(page("", body)).authors == ()


def test_a_bem_modifier_names_a_byline_block():
    paragraphs = "".join(f"<p>Paragraph {n} of the story about the quay, with enough words in it to count.</p>"
                         for n in range(30))
    body = ('<h1>New quay fees</h1>' + paragraphs + '<div class="node-block node-block--authors">'
            '<span class="block__label">Auteur:</span> <a href="/lotte-brenner-12">Lotte Brenner</a></div>')
    assert newsclean.clean(page("", body, lang="fr")).authors == ("Lotte Brenner",)


def test_a_localised_twitter_label_names_the_author():
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Lotte Brenner">'
    assert newsclean.clean(page(head, "<h1>New quay fees</h1>", lang="de")).authors == ("Lotte Brenner",)


def _far_from_title(block: str) -> str:
    """A block after thirty paragraphs: no longer among the lines under the headline."""
    paragraphs = "".join(f"<p>Paragraph {n} of the story about the quay, with enough words in it to count.</p>"
                         for n in range(30))
    return "<h1>New quay fees</h1>" + paragraphs + block


@pytest.mark.parametrize(("block", "expected"), [
    # a block of labelled metadata lines
    ('<div class="article-author-date-block"><span>Datum:</span> 19.11.2024<br><span>Autor:</span> Lotte Brenner'
     '<br><span>Quelle:</span> Harbour Press</div>', ("Lotte Brenner",)),
    # Drupal: "Submitted by"
    ('<div class="submitted">Submitted by Jan Roe on Fri, 04/05/2024 - 10:00</div>', ("Jan Roe",)),
    # a labelled author line closing the story
    ('<p>Autoren: Jan Roe und Eva Doe</p>', ("Jan Roe", "Eva Doe")),
])
def test_author_lines_away_from_the_headline(block: str, expected: tuple[str, ...]):
    assert newsclean.clean(page("", _far_from_title(block), lang="de")).authors == expected


def test_a_contributor_field_outside_the_article_names_the_author():
    html = ('<html lang="fr"><body><div class="pane-signature"><span class="field-contributor">Par '
            '<a href="/node/eva-doe">Eva Doe</a></span></div><article><h1>New quay fees</h1>' + BODY
            + '</article></body></html>')
    assert newsclean.clean(html).authors == ("Eva Doe",)


def test_a_teaser_that_has_an_author_is_no_byline():
    # Squarespace marks teasers "summary-item-has-author": the teaser has an author, it is none
    body = ('<h1>New quay fees</h1>' + BODY + '<div class="summary-item summary-item-has-author">'
            'Top 11 Harbour Walks &amp; Quay Tours</div>')
    assert newsclean.clean(page("", body)).authors == ()


def test_an_author_meta_tag_naming_the_json_ld_organisation_is_no_person():
    head = (_ld('{"@type": "Organization", "name": "Office for Quay Safety and Research"}')
            + '<meta name="dcterms.creator" content="Office for Quay Safety and Research">')
    a = newsclean.clean(page(head, "<h1>New quay fees</h1>"))
    assert (a.authors, a.author_kind) == (("Office for Quay Safety and Research",), "organization")


def test_a_reviewer_is_no_author():
    body = ('<h1>New quay fees</h1><div class="bylines"><div class="bylines__group--author">By the Harbour Desk</div>'
            '<div class="bylines__item"><span class="descriptor">Fact checked by</span> <div class="author-tooltip">'
            '<span class="author-tooltip__name">Eva Doe</span></div></div></div>' + BODY)
    a = newsclean.clean(page("", body))
    assert (a.authors, a.author_kind) == (("the Harbour Desk",), "organization")


def test_a_lower_case_user_name_after_a_by_prefix_is_credited():
    body = '<h1>New quay fees</h1><ul class="article-authors"><li>Artikel von: quaywatch</li></ul>' + BODY
    assert newsclean.clean(page("", body, lang="de")).authors == ("quaywatch",)


def test_a_byline_in_an_article_wrapper_named_like_an_ad():
    # Drupal marks front-page stories "node-promoted": the article itself, not an advertisement
    root = lxml.html.fromstring('<html><body><article class="node node-promoted"><h1>New quay fees</h1>'
                                '<div class="group-article-footer"><div class="field-name-author">von Eva Doe</div>'
                                '</div></article></body></html>')
    byline = root.find_class("field-name-author")[0]
    assert in_chrome(byline)  # for the body, still an advertisement
    assert not in_chrome(byline, byline=True)


@pytest.mark.parametrize(("block", "expected"), [
    ('<p class="x1">Written by <a href="/team/eva">Eva Doe</a> More from Eva Doe and the quay desk</p>', ("Eva Doe",)),
    ('<div class="k9"><span class="k2">By</span><span>Jan Roe</span></div>', ("Jan Roe",)),
    ('<h3 class="z">Written by Eva Doe</h3><p>Eva Doe is a harbour reporter who covers the port.</p>', ("Eva Doe",)),
    ('<p class="fs">By clicking below, I consent to calls, e-mails and SMS</p>', ()),  # no byline
    ('<p class="s">Von Atemschutz über Zoll bis Quai</p>', ()),  # one capitalised word in a sentence
    ('<div class="comments"><p>Written by Grumpy Reader</p></div>', ()),
])
def test_a_byline_line_anywhere_on_the_page(block: str, expected: tuple[str, ...]):
    assert newsclean.clean(page("", _far_from_title(block))).authors == expected


def test_a_one_word_author_field_gives_way_to_a_full_name_in_the_byline():
    head = '<meta name="author" content="QUAY-MAG – Das Magazin vom Hafen">'
    body = '<h1>New quay fees</h1><div class="byline">Von Eva Doe</div>' + BODY
    assert newsclean.clean(page(head, body, lang="de")).authors == ("Eva Doe",)


def test_citation_authors_are_written_last_name_first():
    head = '<meta name="citation_author" content="Roe, Jan Peter">'
    assert newsclean.clean(page(head, "<h1>New quay fees</h1>")).authors == ("Jan Peter Roe",)
