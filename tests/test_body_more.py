"""Body extraction: leads beside the headline, clutter lines, containers (markup written for these tests)."""

from __future__ import annotations

import newsclean
from newsclean.model import Heading

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


def story(*tail: str) -> newsclean.Article:
    """A story whose body container ends with the given blocks."""
    return page("", BODY + "".join(tail))


def test_affiliate_and_advertising_notices_leave_the_body():
    a = story("<p>This article contains affiliate links: we may earn a small commission on what you buy.</p>",
              "<p>Anzeige – Ferienwohnungen am Fluss, jetzt buchen.</p>")
    assert "commission" not in a.text
    assert "Ferienwohnungen" not in a.text
    assert "landing stage before the summer" in a.text


def test_picture_credits_leave_the_body():
    a = story("<p>The ferry at dawn, seen from the western bank. (Jan Roe / iStock.com)</p>",
              "<p>Titelbild: Die Fähre im Nebel</p>", "<p>The landing stage in winter. © Town of Lindenau</p>")
    assert "iStock" not in a.text
    assert "Titelbild" not in a.text
    assert "in winter" not in a.text


def test_promotions_of_the_sites_channels_and_newsletter_leave_the_body():
    a = story("<p>Never miss a story from the river towns by signing up to our free newsletter!</p>",
              "<p>¿Sabías que tenemos canal de Telegram? Únete hoy.</p>",
              "<p>For the latest stories download the River News app for your phone.</p>",
              "<p>À lire aussi : les ponts de la région</p>")
    assert a.text.rstrip().endswith("before the summer.")


def test_contact_labels_and_metadata_rows_leave_the_body():
    a = story("<h3>Pressekontakt:</h3>", "<p>Weitere Informationen:</p>",
              "<p>Aufrufe: 312 | Hinzugefügt von: redaktion | Tags:</p>",
              "<p>12. Mai 2021 | von Jana Roe | 3 Kommentare</p>")
    assert a.text.rstrip().endswith("before the summer.")


def test_a_span_of_dates_is_no_metadata_row():
    line = "Lindenau Lantern Festival 29 November 2024 | 20 January 2025"
    a = story(f"<p>{line}</p>")
    assert line in a.text


LEAD = ("Lindenau's ferry has carried walkers and cyclists across the river since 1921; "
        "now the town wants to keep it running for another hundred years.")


def test_lead_under_a_headline_that_is_no_h1():
    html = ("<html><head><title>Ferry gets a new landing stage - River News</title></head><body>"
            "<div class='news-single'><div class='article'><h3>Ferry gets a new landing stage</h3>"
            f"<p>{LEAD}</p><div class='news-text-wrap'>{BODY}</div></div></div></body></html>")
    a = newsclean.clean(html, url="https://news.example/2024/ferry")
    assert a.text.startswith(LEAD)


def test_named_lead_right_before_the_body_when_the_headline_was_pruned():
    html = ("<html><head><title>Ferry</title></head><body><div class='news-single'><div class='article'>"
            "<div class='header'><h3>Ferry gets a new landing stage</h3></div>"
            f"<div class='teaser-text'><p>{LEAD}</p></div><div class='news-img-wrap'><img src='/f.jpg'></div>"
            f"<div class='news-text-wrap'>{BODY}</div></div></div></body></html>")
    a = newsclean.clean(html, url="https://news.example/2024/ferry")
    assert a.text.startswith(LEAD)


def test_contact_details_sources_and_prompts_leave_the_body():
    a = story("<p>Jana Roe E-Mail: presse@lindenau.example Telefon: +49 (30) 123 45 67</p>",
              "<h3>Quellenangaben:</h3>", "<p>Verraten Sie gerne in den Kommentaren: Wie oft fahren Sie mit?</p>",
              "<p>Bitte geben Sie die Zahlenfolge in das nachfolgende Textfeld ein.</p>",
              "<p>(Noch keine Bewertungen)</p>", "<p>Kategorie: Lokales, Verkehr</p>",
              "<p>Alles über die Fähren am Fluss findest Du hier.</p>")
    assert a.text.rstrip().endswith("before the summer.")


def test_a_link_announced_with_a_colon_stays():
    a = story("<p>Den Fahrplan der Fähre finden Sie hier:</p>")
    assert "Den Fahrplan der Fähre finden Sie hier:" in a.text


def test_agency_credit_and_enlarge_button_of_a_caption_leave_the_body():
    a = story("<p>Jana Roe, the ferry's captain, on the landing stage (REUTERS/Jan Doe)</p>",
              "<p>Vergrößern Die Fähre am alten Anleger im Winter</p>")
    assert "REUTERS" not in a.text
    assert "Anleger" not in a.text


def test_a_paragraph_set_in_a_heading_stays_in_the_body():
    intro = ("For a hundred years the ferry has crossed the river at Lindenau. Now the town council wants "
             "it to go on doing so, and it has found the money for a new landing stage.")
    a = story(f"<h3>{intro}</h3>", "<h3>What the council decided</h3>")
    assert intro in a.text


def test_a_long_one_sentence_heading_stays_a_heading():
    heading = ("What the council of Lindenau decided on Tuesday evening about Dr. Roe's plan for the old ferry "
               "and its new landing stage by the bridge")
    a = story(f"<h2>{heading}</h2><p>{'The plan was approved by a large majority of the members. ' * 3}</p>")
    assert len(heading) > 120
    assert any(isinstance(b, Heading) for b in a.blocks)


def test_a_table_named_table_header_is_no_page_header():
    table = ("<table class='ingredients table-header'><thead><tr><th><h3>Für den Teig:</h3></th></tr></thead>"
             "<tbody><tr><td>250 g</td><td>Mehl</td></tr><tr><td>1 Prise</td><td>Salz</td></tr></tbody></table>")
    a = story(table)
    assert "Für den Teig:" in a.text
    assert "Mehl" in a.text


def test_a_lead_taken_into_the_body_is_not_also_reported_as_removed():
    lead = ("Lindenau's ferry has carried walkers and cyclists across the river since 1921; "
            "now the town wants to keep it running for another hundred years.")
    a = page(f"<div class='teaser-text'><p>{lead}</p></div>")
    assert a.text.startswith(lead)
    assert not any("since 1921" in r.text for r in a.removed)
    # the headline beside it is still accounted for
    assert any(r.text.startswith("Ferry gets a new landing stage") for r in a.removed)
