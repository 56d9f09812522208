"""Body extraction: leads beside the headline, clutter lines, containers (markup written for these tests)."""

from __future__ import annotations

import newsclean

BODY = "".join(
    f"<p>The council of Lindenau met on Tuesday evening to talk about the old ferry, paragraph {i}, "
    "and the members agreed that the crossing needs a new landing stage before the summer.</p>"
    for i in range(6)
)


def page(header: str, body: str = BODY, url: str = "https://news.example/2024/ferry") -> newsclean.Article:
    html = (
        "<html><head><title>Ferry gets a new landing stage</title></head><body>"
        "<div class='page'><div class='news-single'>"
        f"<div class='article-head'><h1>Ferry gets a new landing stage</h1>{header}</div>"
        f"<div class='news-text-wrap'>{body}</div>"
        "</div></div></body></html>"
    )
    return newsclean.clean(html, url=url)


def test_lead_between_headline_and_body_is_kept():
    lead = ("Lindenau's ferry has carried walkers and cyclists across the river since 1921; "
            "now the town wants to keep it running for another hundred years.")
    a = page(f"<div class='teaser-text'><p>{lead}</p></div>")
    assert a.text.startswith(lead)


def test_unnamed_lead_paragraph_is_kept_in_page_order():
    lead = "For a hundred years the ferry has crossed the river at Lindenau, and the town wants it to go on doing so."
    a = page(f"<p>{lead}</p>")
    assert a.text.startswith(lead)
    assert a.text.count("paragraph 0") == 1


def test_caption_and_metadata_row_beside_the_headline_are_no_lead():
    caption = ("In this file photo, the ferry of Lindenau crosses the river on a summer morning, "
               "with the old landing stage behind it. (Town archive)")
    promo = "Chat with the newsroom on your phone: get every story about the river as it happens, for free."
    a = page(f"<div class='image top'><img src='/f.jpg'><p>{caption}</p></div>"
             f"<div class='metadata'><p>{promo}</p></div>")
    assert "file photo" not in a.text
    assert "newsroom" not in a.text
    assert a.text.startswith("The council of Lindenau")


def test_subheading_is_the_subtitle():
    dek = "The town wants its ferry to run for another hundred years, and the council has found the money for it."
    a = page(f"<p class='single-header-subheading'>{dek}</p>")
    assert dek not in a.text
    assert a.subtitle == dek
