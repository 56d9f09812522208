"""Line verdicts: clutter lines in several languages go, sentences that merely start alike stay."""

from __future__ import annotations

import pytest

from newsclean.model import Category
from newsclean.options import Favor
from newsclean.verdicts import BALANCED, TUNINGS, judge_line

CLUTTER = [
    ("Read more: Harbour wall repairs to start in May", Category.RELATED),
    ("Lesen Sie auch: Neue Fähre für die Inseln", Category.RELATED),
    ("Lire aussi : Le port rouvre ses quais", Category.RELATED),
    ("Lea también: El puerto reabre sus muelles", Category.RELATED),
    ("Lea más: La alcaldesa presenta el plan", Category.RELATED),
    ("Leia também: Porto reabre cais", Category.RELATED),
    ("Leggi anche: Il porto riapre le banchine", Category.RELATED),
    ("Lees ook: Haven heropent kades", Category.RELATED),
    ("Zum Weiterlesen", Category.RELATED),
    ("Mehr zum Thema: Häfen", Category.RELATED),
    ("Most read", Category.TRENDING),
    ("Since you made it to the bottom of this article, we have a small favor to ask.", Category.PAYWALL),
    ("Support independent journalism", Category.PAYWALL),
    ("Unterstützen Sie unabhängigen Journalismus", Category.PAYWALL),
    ("Republish this article", Category.SHARE),
    ("Subscribers can gift up to 10 articles a month.", Category.SHARE),
    ("LE PUEDE INTERESAR: El puerto reabre sus muelles", Category.RELATED),
    ("Czytaj też: Port otwiera nabrzeża", Category.RELATED),
    ("Weitere aktuelle Themen aus der Arbeitswelt", Category.RELATED),
    ("Follow The Harbour Times on Twitter and Instagram @harbourtimes", Category.SHARE),
    ("Subscribe now to our print edition for the full story.", Category.PAYWALL),
    ("Inhaltsverzeichnis", Category.NAVIGATION),
    ("Copyright © 2024 Harbour Advisors, Inc. All Rights Reserved.", Category.BOILERPLATE),
    ("This field is for validation purposes and should be left unchanged.", Category.BOILERPLATE),
    ("Subscribe to Harbour Weekly", Category.NEWSLETTER),
    ("Verwandte Themenbereiche", Category.RELATED),
    ("Siehe auch", Category.RELATED),
    ("Kommentare geschlossen", Category.COMMENTS),
    ("Comments are closed.", Category.COMMENTS),
    ("Lade weitere Inhalte", Category.NAVIGATION),
    ("Zurück zur Listenansicht", Category.NAVIGATION),
    ("Siga-nos no Instagram", Category.SHARE),
    ("This entry was posted in Harbour News and tagged ferries.", Category.BOILERPLATE),
    ("Źródło: Urząd Portu", Category.BOILERPLATE),
    ("Erstellt am Dienstag, 6. Mai 2014", Category.METADATA),
    ("By subscribing to this newsletter, you agree to our terms of service.", Category.NEWSLETTER),
]

KEPT = [
    "Read more widely, the report says, and the picture changes: the harbour lost money for a decade.",
    "Lea el informe completo en la web del ministerio, que publica los datos cada semana.",
    "Leggi e regolamenti portuali sono cambiati tre volte in dieci anni.",
    "Mehr als hundert Schiffe liefen den Hafen im Mai an.",
    "Donated kidneys saved four lives in the city last year, the hospital said.",
    "Supporters of the harbour plan gathered outside the town hall on Monday.",
    "Weitere Themen der Sitzung waren die Gebühren und der Ausbau des Hafens.",
    "Subscribers to the ferry pass will pay less from May, the council said.",
    "Siehe auch die Zahlen des Vorjahres: damals liefen nur achtzig Schiffe ein.",
    "Comments closed the consultation on Friday, after three thousand letters had arrived.",
]


@pytest.mark.parametrize(("line", "category"), CLUTTER)
def test_clutter_lines(line: str, category: Category):
    verdict = judge_line(line, BALANCED)
    assert verdict is not None and verdict[0] is category, line


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("favor", list(Favor))
def test_sentences_that_start_alike_are_kept(line: str, favor: Favor):
    assert judge_line(line, TUNINGS[favor]) is None


def _el(markup: str):
    from lxml import html

    return html.fragment_fromstring(markup)


@pytest.mark.parametrize(("markup", "card"), [
    # another story's headline as a link, its summary and date: a teaser card
    ('<div><a href="/a"><img src="x.jpg"></a><div><a href="/a">Night trains return to three European routes</a>'
     '<div>Operators add sleeper cars for the winter.</div><time>2 days ago</time></div></div>', True),
    # a sentence that opens with a link is prose
    ('<div><p><a href="/r">The harbour board report published on Monday</a> found that the old sea wall '
     'needs repairs within two years.</p></div>', False),
    # text before the link: not a card
    ('<div>Update: <a href="/u">The harbour board has revised its estimate again</a> and adds a year.</div>', False),
    # a headline alone is a link line, judged elsewhere
    ('<div><a href="/a">Night trains return to three European routes</a></div>', False),
    # lists are judged by their links, not as cards
    ('<li><a href="/a">Night trains return to three European routes</a> Operators add sleeper cars.</li>', False),
])
def test_teaser_cards(markup: str, card: bool):
    from newsclean.prune import element_text
    from newsclean.verdicts import teaser_card

    el = _el(markup)
    assert teaser_card(el, len(element_text(el))) is card


@pytest.mark.parametrize("line", ["{* #forgotPasswordForm *} {* traditionalSignIn_emailAddress *}",
                                  "{{ user.display_name }}", "{% block content %}"])
def test_unrendered_template_tags_are_machine_text(line: str):
    verdict = judge_line(line, BALANCED)
    assert verdict is not None and verdict[0] is Category.METADATA


def test_cookie_and_elsewhere_lines():
    cookie = judge_line('The cookie settings on this website are set to "allow cookies" to give you the best '
                        'browsing experience possible.', BALANCED)
    assert cookie is not None and cookie[0] is Category.COOKIE_BANNER
    elsewhere = judge_line("Elsewhere on Harbour Weekly...", BALANCED)
    assert elsewhere is not None and elsewhere[0] is Category.RELATED
