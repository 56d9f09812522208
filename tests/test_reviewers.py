"""Reviewer and fact-checker credits under the headline: set apart as metadata, listed among
the removals, never the body, the byline or an author; and byline text joined as it reads."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.model import Article, Category
from newsclean.reviewers import RULE, reviewer_line, split_reviewers

STORY = (
    "<p>Hard water leaves a crust of limescale in every kettle, and the crust slows the kettle down "
    "a little more with each week that passes.</p>"
    "<p>A cup of white vinegar and an hour of patience clear it away: fill the kettle halfway, boil it, "
    "and leave it to stand before you rinse it twice with clean water.</p>"
    "<p>Citric acid works as well as vinegar and leaves no smell behind, which is why some readers "
    "prefer it for the kettle they use every morning.</p>"
)
BYLINE = '<p class="byline">By <a href="/staff/nell-quarry/">Nell Quarry</a></p>'


def clean(header: str, story: str = STORY, lang: str = "en") -> Article:
    html = (f'<html lang="{lang}"><head><title>Descaling a kettle | Kettlecraft</title></head><body>'
            f"<article><h1>Descaling a kettle</h1>{header}{story}</article></body></html>")
    return newsclean.clean(html)


def removed_as_reviewer(article: Article, text: str) -> bool:
    return any(r.category is Category.METADATA and r.rule == RULE and text in r.text for r in article.removed)


CREDITS = [
    ("Reviewed by Dr. Orla Vantongeren", "en"),
    ("Medically reviewed by Orla Vantongeren, MD", "en"),
    ("Fact checked by Piet Hallorann", "en"),
    ("Fact-checked by Piet Hallorann", "en"),
    ("Reviewed by: Orla Vantongeren", "en"),
    ("reviewed by appliance technician Orla Vantongeren", "en"),
    ("Geprüft von Dr. med. Orla Vantongeren", "de"),
    ("Revisado por Orla Vantongeren", "es"),
    ("Relu par Orla Vantongeren", "fr"),
]


@pytest.mark.parametrize(("credit", "lang"), CREDITS)
@pytest.mark.parametrize("tag", ["p", "div"])
def test_a_reviewer_line_in_its_own_block_under_the_byline_leaves_the_body_and_is_reported(credit, lang, tag):
    article = clean(f"{BYLINE}<{tag}>{credit}</{tag}>", lang=lang)
    assert credit not in article.text
    assert removed_as_reviewer(article, credit)
    assert article.authors == ("Nell Quarry",)


@pytest.mark.parametrize(("credit", "lang"), CREDITS)
def test_a_reviewer_line_in_its_own_byline_element_is_reported_not_lost(credit, lang):
    article = clean(f'<div class="byline">By Nell Quarry</div><div class="byline">{credit}</div>', lang=lang)
    assert credit not in article.text
    assert removed_as_reviewer(article, credit)
    assert article.byline == "By Nell Quarry"
    assert article.authors == ("Nell Quarry",)


def test_a_reviewer_line_alone_in_a_byline_element_names_no_author():
    article = clean('<div class="byline">Medically reviewed by <a href="/experts/orla-v/">Orla Vantongeren</a>'
                    "</div>")
    assert removed_as_reviewer(article, "Medically reviewed by Orla Vantongeren")
    assert "Orla Vantongeren" not in article.authors
    assert not article.byline or "Vantongeren" not in article.byline


def test_a_credits_block_holding_byline_and_reviewer_keeps_the_byline_and_reports_the_reviewer():
    header = ('<div class="credits"><div>By <a href="/staff/nell-quarry/" rel="author">Nell Quarry</a>'
              ' &middot; Updated March 4, 2025</div><div>Reviewed by kettle engineer <a href="/experts/piet/">'
              "Piet Hallorann</a></div></div>")
    article = clean(header)
    assert article.byline == "By Nell Quarry · Updated March 4, 2025"
    assert removed_as_reviewer(article, "Reviewed by kettle engineer Piet Hallorann")
    assert article.authors == ("Nell Quarry",)


def test_a_reviewer_label_in_one_block_and_the_name_in_the_next():
    article = clean(f"{BYLINE}<div><div>Fact checked by</div><div>Piet Hallorann</div></div>")
    assert "Fact checked by" not in article.text
    assert "Piet Hallorann" not in article.text
    assert removed_as_reviewer(article, "Fact checked by Piet Hallorann")
    assert article.authors == ("Nell Quarry",)


def test_a_reviewer_label_left_alone_under_the_byline_goes_too():
    # the linked name goes as a link line; the label must not open the story
    article = clean(f"{BYLINE}<div><div>Fact checked by</div><div><a href='/team/piet'>Piet Hallorann</a></div></div>")
    assert "Fact checked by" not in article.text
    assert removed_as_reviewer(article, "Fact checked by")
    assert any("Piet Hallorann" in r.text for r in article.removed)


@pytest.mark.parametrize("sentence", [
    "The report was reviewed by the committee in May, which found that most kettles had never been descaled.",
    "Reviewed by the committee in May, the plan went ahead.",
    "Checked by hand, the kettles looked clean.",
])
def test_a_story_sentence_that_mentions_reviewing_stays_in_the_body(sentence):
    article = clean(f"{BYLINE}<p>Reviewed by Dr. Orla Vantongeren</p><p>{sentence}</p>")
    assert sentence in article.text
    assert [r.text for r in article.removed if r.rule == RULE] == ["Reviewed by Dr. Orla Vantongeren"]


def test_a_reviewer_line_down_in_the_story_is_not_a_header_credit():
    story = STORY + "<p>Reviewed by Piet Hallorann</p>" + STORY.replace("kettle", "pot")
    article = clean(f"{BYLINE}<p>Reviewed by Dr. Orla Vantongeren</p>", story)
    assert "Reviewed by Piet Hallorann" in article.text
    assert "Reviewed by Dr. Orla Vantongeren" not in article.text


def test_the_credit_shape():
    assert reviewer_line("Medically reviewed by Orla Vantongeren, MD")
    assert not reviewer_line("Reviewed by Orla Vantongeren. She is a nurse at the town clinic.")
    assert not reviewer_line("Reviewed by " + "Orla Vantongeren and " * 6 + "Piet Hallorann")
    assert split_reviewers("By Nell Quarry, reviewed by Piet Hallorann | May 3, 2024") == (
        "By Nell Quarry | May 3, 2024", ["reviewed by Piet Hallorann"])
    assert split_reviewers("Reviewed by Piet Hallorann By Nell Quarry") == ("By Nell Quarry",
                                                                           ["Reviewed by Piet Hallorann"])


def test_a_byline_with_a_linked_name_and_a_role_reads_without_a_blank_before_the_comma():
    article = clean('<div class="byline">By <a href="/staff/idris-calloway/">Idris Calloway</a>, '
                    "appliance technician</div>")
    assert article.byline == "By Idris Calloway, appliance technician"
    article = clean('<div class="byline">By <a href="/staff/idris-calloway/">Idris Calloway</a> '
                    "(<a href='/desk/home'>Home desk</a>)</div>")
    assert article.byline == "By Idris Calloway (Home desk)"
    # pieces the page sets apart by its style alone keep their blanks
    article = clean('<div class="byline"><span>By</span><span>Idris Calloway</span><span>@idrisc</span></div>')
    assert article.byline == "By Idris Calloway @idrisc"
