"""The audit promise: every piece of page text is in the article (body or a part) or listed in
`removed` with a category and rule; `explain` finds it there, and flags what is really lost."""

from __future__ import annotations

import gzip

import pytest

import newsclean
from conftest import SHARED
from newsclean.explain import explain
from newsclean.model import Figure, Table

PARAGRAPHS = (
    "The orchard cooperative pressed its first cider of the season on Saturday, a week later than usual.",
    "A cold April had thinned the blossom, and the growers feared a small harvest until the late rains came.",
    "By September the trees were heavy again, and the press house ran from dawn until well after dark.",
    "The cooperative sells most of its cider to inns along the valley road and keeps the rest for the fair.",
    "Next year it hopes to add a second press, paid for by the members and a loan from the county bank.",
)


def story(first: int = 0, count: int = 3) -> str:
    return "".join(f"<p>{PARAGRAPHS[i % len(PARAGRAPHS)]} {'More details follow. ' * 3}</p>"
                   for i in range(first, first + count))


def page(inside: str, head: str = "", before: str = "") -> str:
    return (f'<html lang="en"><head><title>Cider season opens</title>{head}</head><body>{before}'
            f"<article><h1>Cider season opens</h1>{inside}</article></body></html>")


def amid(markup: str) -> str:
    """A page with `markup` in the middle of its story."""
    return page(story(0, 2) + markup + story(2, 2))


def unaccounted(html: str) -> list[str]:
    return [d.text for d in explain(html).decisions if d.verdict == "unaccounted"]


def removed(html: str) -> list[tuple[str, str, str]]:
    return [(r.category.value, r.rule, r.text) for r in newsclean.clean(html).removed]


# --- the matcher ---------------------------------------------------------------------------


def test_a_block_whose_inline_bits_went_to_two_removals_is_accounted_for():
    # the hidden label is pruned on its own, the count beside it is cut as a machine value
    html = page(story(0, 3) + '<div class="votes"><span style="display:none">Helpful?</span>12</div>' + story(3, 1))
    assert ("hidden", "display:none style", "Helpful?") in removed(html)
    assert unaccounted(html) == []


def spelled(*texts: str) -> tuple[list[str], dict[str, str]]:
    """Pieces as the matcher holds them: compacted, with the text each reads."""
    from newsclean.text import compact

    return [compact(t) for t in texts], {compact(t): t for t in texts}


def test_cover_reads_a_block_as_whole_pieces_end_to_end():
    from newsclean.explain.cover import cover

    assert cover("helpful?12", *spelled("Helpful?", "12", "other")) == [(8, "helpful?"), (2, "12")]
    # the first stretch may be the end of a longer piece, the last the start of one
    assert cover("postedinfarming", *spelled("Posted in", "Farming news from the valley")) is not None
    assert cover("copycopied", *spelled("Copy link Copy", "Copied")) is not None
    # ... cut where a word of it ends: "Next" is not the start of "Nextdoor"
    assert cover("backnext", *spelled("Back", "Nextdoor app")) is None
    assert cover("copycopied", *spelled("Copy linkcopy", "Copied")) is None
    # what no pieces spell is not covered: a lost cell, a word that is nowhere
    assert cover("120t", *spelled("Apples", "Pears 14 t")) is None
    assert cover("12", *spelled("1", "3")) is None
    # one character at an edge proves nothing
    assert cover("x12", *spelled("abc x", "12")) is None


def test_a_block_with_inline_labels_cut_out_is_found_where_the_rest_went():
    # hidden labels and a reply count cut from a list item; the item's rest is kept in the body
    item = ('<li class="entry-info"><span class="label hidden">Grower: </span>Tom Reed <span class="label hidden">'
            ', Variety: </span>Bramley <span class="comments">, 4 replies</span></li>')
    html = page(story(0, 3) + f'<ul class="facts">{item}<li>Press: oak, 1921</li></ul>' + story(3, 1))
    assert "Tom Reed Bramley" in newsclean.clean(html).text
    decisions = {d.text: d for d in explain(html).decisions}
    assert decisions["Grower: Tom Reed , Variety: Bramley , 4 replies"].verdict == "body"


def test_subtract_takes_inline_cuts_out_and_finds_the_rest():
    from newsclean.explain.cover import subtract

    pieces, texts = spelled("Tom Reed Bramley", "Grower:", ", Variety:", ", 4 replies")
    assert subtract("grower:tomreed,variety:bramley,4replies", pieces[1:], pieces, texts) == "tomreedbramley"
    # what is left must be found: a whole piece, or a long enough stretch of one
    assert subtract("grower:annavogt", pieces[1:], pieces, texts) is None
    assert subtract("grower:eed", pieces[1:], pieces, texts) is None  # three letters sit anywhere
    # the rest is taken as soon as it is a piece: a longer removal repeating a name does not eat it
    pieces, texts = spelled("Tom Reed Cider News daily", "12 May", "Cider News")
    assert subtract("tomreed12maycidernewsdaily", pieces[1:], pieces, texts) == pieces[0]
    # one short cut (a reply count) out of a piece's exact text
    pieces, texts = spelled("By Tom Reed Edit", "11")
    assert subtract("bytomreed11edit", ["11"], pieces, texts) == "bytomreededit"
    assert subtract("bytomreed12edit", ["11"], pieces, texts) is None


def test_a_block_broken_by_its_block_children_is_read_stretch_by_stretch():
    # the links between the headings are one text block of the <div>, in two stretches
    links = ('<div class="site-links"><h6>Product</h6><a href="/a">Presses</a><a href="/b">Barrels</a>'
             '<h6>Company</h6><a href="/c">About us</a><a href="/d">Careers</a></div>')
    html = page(story(0, 4), before=links)
    assert unaccounted(html) == []
    from newsclean.explain.units import html_units
    from newsclean.parse import parse_html

    units = html_units(parse_html(f"<body>{links}</body>").body)
    assert [u.runs for u in units if u.tag == "div"] == [("PressesBarrels", "About usCareers")]


def test_text_really_lost_is_still_flagged():
    from newsclean.explain.core import _Matcher
    from newsclean.explain.units import Unit
    from newsclean.model import Article, Category, Paragraph, Removal, Span

    article = Article(blocks=(Paragraph((Span("The press ran all night."),)),),
                      removed=(Removal(Category.SHARE, "share class", "Share"),))
    matcher = _Matcher(article)
    assert matcher.decide(Unit(0, "p", "The press ran all night.")).verdict == "body"
    assert matcher.decide(Unit(1, "div", "Share")).verdict == "removed"
    assert matcher.decide(Unit(2, "td", "120 t")).verdict == "unaccounted"
    assert matcher.decide(Unit(3, "div", "Share 120 t")).verdict == "unaccounted"


def test_separators_between_links_are_no_text_block():
    crumbs = ('<ul class="breadcrumbs"><li><a href="/">Home</a></li> / <li><a href="/f">Farming</a></li>'
              " / <li>Cider</li></ul>")
    html = page(story(0, 3), before=crumbs)
    assert unaccounted(html) == []
    from newsclean.explain.units import html_units
    from newsclean.parse import parse_html

    texts = [u.text for u in html_units(parse_html("<body><div>| | <p>Home</p> |</div><p>\u200c</p></body>").body)]
    assert texts == ["Home"]


# --- text the pipeline set aside without a record ---------------------------------------------


def test_text_loose_in_the_wrappers_around_the_article_is_listed_in_removed():
    html = ('<html><body>Printed by the old theme<div class="wrap"><article><h1>Cider season opens</h1>'
            + story(0, 4) + "</article>Served hot</div></body></html>")
    cut = removed(html)
    assert ("outside-article", "outside the article container", "Printed by the old theme") in cut
    assert ("outside-article", "outside the article container", "Served hot") in cut
    assert unaccounted(html) == []


def test_text_straight_in_a_list_is_kept_with_its_item():
    html = amid('<ul class="box"><strong>Early apples</strong> – Discovery, Katy and Gala</ul>')
    assert "Early apples – Discovery, Katy and Gala" in newsclean.clean(html).text
    assert unaccounted(html) == []


def test_the_groups_of_a_definition_list_are_kept():
    # HTML lets a <div> group a term with its description; the group was skipped whole
    terms = ("<dl><div><dt>Bramley</dt><dd><div>A cooking apple that keeps its sharpness all winter long in the"
             " cellar.</div></dd></div></dl>")
    html = amid(terms)
    text = newsclean.clean(html).text
    assert "Bramley" in text and "keeps its sharpness all winter" in text
    assert unaccounted(html) == []


def test_table_cells_outside_any_row_make_a_row():
    # "</tr><td>": a browser opens a row for the stray cells; libxml2 leaves them in the table
    table = ("<table><tr><th>Variety</th><th>Tonnes</th></tr><tr><td>Bramley</td><td>41</td></tr>"
             "<td>Discovery</td><td>17</td></table>")
    html = amid(table)
    tables = [b for b in newsclean.clean(html).blocks if isinstance(b, Table)]
    assert [[cell[0].text for cell in row] for row in tables[0].rows][-1] == ["Discovery", "17"]
    assert unaccounted(html) == []


def test_the_comments_of_highlighted_code_are_kept_in_the_code():
    # a highlighter's "hljs-comment" span is a comment in the code, not a reader comment to prune
    code = ('<pre><code class="language-bash"><span class="hljs-comment"># press the apples first</span>\n'
            'cider press --start\n<span class="hljs-comment"># then bottle</span>\ncider bottle</code></pre>')
    html = amid(code)
    text = newsclean.clean(html).text
    assert "# press the apples first" in text and "# then bottle" in text
    assert not [r for r in removed(html) if "press the apples" in r[2]]


def test_chrome_after_an_unclosed_pre_is_still_pruned():
    # a <pre> that swallowed the page holds blocks: its chrome is judged as anywhere else
    html = page(story(0, 2) + '<pre>cider --version<div class="share-buttons">Share on Facebook</div>'
                + story(2, 2) + "</pre>")
    assert ("share", "share class", "Share on Facebook") in [(c, r, t) for c, r, t in removed(html)]


# --- parts the record holds one of ------------------------------------------------------------


def test_a_second_byline_is_listed_in_removed():
    html = page('<p class="byline">By Tom Reed</p>' + story(0, 2)
                + '<h2>The growers</h2><p class="byline">By Anna Vogt</p>' + story(2, 2))
    a = newsclean.clean(html)
    assert a.byline == "By Tom Reed"
    assert ("metadata", "another byline (byline class)", "By Anna Vogt") in removed(html)
    assert unaccounted(html) == []


def test_a_headline_found_like_the_title_is_not_listed_twice():
    html = page('<p class="byline">By Tom Reed</p>' + story(0, 3))
    assert not [r for r in removed(html) if r[1].startswith("another")]


# --- figures ----------------------------------------------------------------------------------


def test_a_table_in_a_figure_with_a_caption_is_kept_as_a_table():
    table = "<table><tr><td>Apples</td><td>120 t</td></tr><tr><td>Pears</td><td>14 t</td></tr></table>"
    html = page(story(0, 3) + f'<figure class="wp-block-table">{table}<figcaption>Harvest by fruit</figcaption>'
                "</figure>" + story(3, 1))
    a = newsclean.clean(html)
    tables = [b for b in a.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and "120 t" in a.text and "Pears" in a.text
    assert unaccounted(html) == []


def test_a_gallery_keeps_each_figure_and_its_own_caption():
    html = page(story(0, 3) + '<figure class="gallery"><figure><img src="a.jpg"><figcaption>The press house'
                '</figcaption></figure><figure><img src="b.jpg"><figcaption>Barrels in the cellar</figcaption>'
                "</figure><figcaption>Around the orchard</figcaption></figure>" + story(3, 1))
    a = newsclean.clean(html)
    captions = [b.caption[0].text for b in a.blocks if isinstance(b, Figure) and b.caption]
    assert captions == ["The press house", "Barrels in the cellar", "Around the orchard"]
    assert "Around the orchard" not in a.text  # a caption, not a paragraph of the story
    assert unaccounted(html) == []


def test_a_credit_beside_a_figure_caption_is_listed_in_removed():
    html = page(story(0, 3) + '<figure><img src="a.jpg"><span><figcaption>The press house at dawn.</figcaption>'
                "<cite>Orchard Archive</cite></span></figure>" + story(3, 1))
    assert ("metadata", "figure text beside its caption", "Orchard Archive") in removed(html)
    assert unaccounted(html) == []


# --- author sections ---------------------------------------------------------------------------


def test_the_heading_of_an_about_the_author_section_is_listed_in_removed():
    html = page(story(0, 4) + "<h2>Zur Person</h2><p>Tom Reed schreibt seit 1998 über Landwirtschaft im Tal.</p>",
                head='<meta name="author" content="Tom Reed">')
    assert newsclean.clean(html).bio == "Tom Reed schreibt seit 1998 über Landwirtschaft im Tal."
    assert ("author-box", "about-the-author heading", "Zur Person") in removed(html)
    assert unaccounted(html) == []


def test_the_headings_of_an_author_box_about_someone_else_are_listed_in_removed():
    html = page(story(0, 4) + '<div class="author-box"><h3>Her favourite tools</h3><h4>A wooden press</h4>'
                "<p>Anna Vogt has grown apples in the valley for twenty years.</p></div>")
    cut = removed(html)
    assert ("author-box", "author box heading", "Her favourite tools") in cut
    assert ("author-box", "author box heading", "A wooden press") in cut
    assert unaccounted(html) == []


# --- an article from readability-lxml's own tree ----------------------------------------------------


def test_the_page_text_beside_an_article_from_another_tree_is_listed():
    from lxml import etree

    from newsclean.surroundings import outside

    body = etree.fromstring("<body><div><p>Members sign in here</p><p>The press ran all night.</p></div>"
                            "<div>Weather: rain</div></body>")
    foreign = etree.fromstring("<div><div><p>The press ran all night.</p></div></div>")[0]
    cut = [(r.category.value, r.text) for r in outside(foreign, body)]
    assert ("outside-article", "Members sign in here") in cut and ("outside-article", "Weather: rain") in cut
    assert not any("press ran" in text for _, text in cut)


# --- the corpora -----------------------------------------------------------------------------------

CORPUS = SHARED / "corpus"
AUDIT_PAGES = 150  # the first pages of each corpus, by file name: about 15 s of explain on one core
# corpus -> the most pages of that subset with a text block explain cannot find in the output;
# measured 1 / 1 / 1 on 2026-12-02 (39 / 29 / 17 before the audit work). Lower a ceiling when the
# count falls; never raise one to make a change pass.
UNACCOUNTED_CEILINGS = {"scrapinghub": 2, "trafilatura-eval": 3, "wcxb-dev-articles": 3}


@pytest.mark.parametrize("corpus", sorted(UNACCOUNTED_CEILINGS))
def test_few_pages_of_the_corpora_have_text_unaccounted_for(corpus: str):
    folder = CORPUS / corpus / "html"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    pages = sorted(folder.glob("*.html.gz"))[:AUDIT_PAGES]
    unaccounted_pages = {}
    for path in pages:
        try:
            decisions = explain(gzip.decompress(path.read_bytes())).decisions
        except newsclean.NewscleanError:
            continue
        lost = [d.text for d in decisions if d.verdict == "unaccounted"]
        if lost:
            unaccounted_pages[path.name] = lost[:3]
    assert len(unaccounted_pages) <= UNACCOUNTED_CEILINGS[corpus], unaccounted_pages
