"""Byline text joined as it reads (reviewer and fact-checker credits: below)."""

from __future__ import annotations

import newsclean
from newsclean.model import Article

STORY = (
    "<p>Hard water leaves a crust of limescale in every kettle, and the crust slows the kettle down "
    "a little more with each week that passes.</p>"
    "<p>A cup of white vinegar and an hour of patience clear it away: fill the kettle halfway, boil it, "
    "and leave it to stand before you rinse it twice with clean water.</p>"
    "<p>Citric acid works as well as vinegar and leaves no smell behind, which is why some readers "
    "prefer it for the kettle they use every morning.</p>"
)


def clean(header: str, story: str = STORY, lang: str = "en") -> Article:
    html = (f'<html lang="{lang}"><head><title>Descaling a kettle | Kettlecraft</title></head><body>'
            f"<article><h1>Descaling a kettle</h1>{header}{story}</article></body></html>")
    return newsclean.clean(html)


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
