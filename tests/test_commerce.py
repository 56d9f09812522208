"""Shopping boxes in buying guides: buy buttons and product cards are advertising, the review
stays (markup, products and shops invented for these tests)."""

from __future__ import annotations

import newsclean
from newsclean.commerce import is_buy_line
from newsclean.model import Category

INTRO = "".join(
    f"<p>We spent six weeks cleaning a farmhouse in Ostervald with eleven cordless vacuums, round {i}, "
    "and measured how much grit, flour and dog hair each one lifted from rugs, tiles and old floorboards.</p>"
    for i in range(4)
)
REVIEW = ("<p>The Brightwell S9 lifted more grit from our test rug than any other vacuum in its price range, "
          "and it ran for 41 minutes on its standard setting before the battery gave out.</p>"
          "<p>It is not light: at 3.1 kilograms it tires the arm when you reach for cobwebs on the ceiling.</p>")


def guide(*blocks: str) -> newsclean.Article:
    html = (
        "<html><head><title>The best cordless vacuums</title></head><body>"
        "<article><h1>The best cordless vacuums</h1><div class='entry-content'>"
        f"{INTRO}{''.join(blocks)}"
        "</div></article></body></html>"
    )
    return newsclean.clean(html, url="https://tidyhome.example/guides/best-cordless-vacuums")


def shop_removals(article: newsclean.Article) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in article.removed if r.category is Category.ADVERTISEMENT]


def test_product_card_with_a_price_button_is_removed_and_its_review_kept():
    a = guide("<h2>Our pick: Brightwell S9</h2>", REVIEW,
              "<div class='product-card'><img src='/s9.jpg' alt=''>"
              "<p class='product-card__name'>Brightwell S9</p>"
              "<a class='product-card__button' href='https://shop.example/s9'>$449 at Hardwick's</a></div>")
    assert "$449 at Hardwick's" not in a.text
    assert ("commerce box", "Brightwell S9 $449 at Hardwick's") in shop_removals(a)
    assert "Our pick: Brightwell S9" in a.text
    assert "lifted more grit" in a.text and "tires the arm" in a.text


def test_a_sentence_that_mentions_a_price_is_kept_beside_a_card_without_a_class():
    sentence = "The vacuum costs $449 at most stores, which is about what its rivals ask for a shorter battery life."
    linked = ("<p>We bought ours for <a href='https://shop.example/s9'>$449 at Hardwick's</a> in March, and it has "
              "cleaned the whole house every week since without a fault.</p>")
    a = guide(f"<p>{sentence}</p>", linked,
              "<div><span>Kestrel Lite 2</span> <a href='https://shop.example/k2'>$189 at Lindqvist</a></div>")
    assert sentence in a.text
    assert "We bought ours for $449 at Hardwick's in March" in a.text
    assert ("commerce box", "Kestrel Lite 2 $189 at Lindqvist") in shop_removals(a)


def test_button_standing_alone_after_the_review_is_a_buy_button():
    a = guide("<div class='pick'><h2>Brightwell S9</h2>", REVIEW,
              "<a class='gb-text' href='https://shop.example/go/s9'>Check price at Hardwick's</a></div>")
    assert "Check price" not in a.text
    assert ("buy button", "Check price at Hardwick's") in shop_removals(a)
    assert "lifted more grit" in a.text


def test_row_of_buttons_and_other_languages():
    a = guide(REVIEW,
              "<p><a href='https://a.example/s9'>See it at Hardwick's</a> | "
              "<a href='https://b.example/s9'>See it at Lindqvist</a></p>", REVIEW.replace("S9", "S10"),
              "<div><a href='https://c.example/s9'>Preis prüfen bei Kaufhaus Berger</a></div>",
              "<div><a href='https://d.example/s9'>Voir l'offre</a></div>")
    rules = shop_removals(a)
    assert ("buy button", "See it at Hardwick's | See it at Lindqvist") in rules
    assert ("buy button", "Preis prüfen bei Kaufhaus Berger") in rules
    assert ("buy button", "Voir l'offre") in rules
    assert "See it at" not in a.text and "Preis prüfen" not in a.text and "Voir l'offre" not in a.text


def test_specifications_beside_the_buttons_stay_only_the_buttons_go():
    specs = ("<div class='merits'><p>41-minute battery, 0.8-litre bin, HEPA filter, three floor heads "
             "and a wall mount in the box</p>"
             "<div class='vendors'><a href='https://a.example/s9'>Buy at Hardwick's</a>"
             "<a href='https://b.example/s9'>View deal</a></div></div>")
    a = guide(REVIEW, specs)
    assert "41-minute battery, 0.8-litre bin" in a.text
    assert "View deal" not in a.text
    assert any(rule == "buy button" and "View deal" in text for rule, text in shop_removals(a))


def test_box_named_for_selling_that_shows_a_price_is_removed():
    a = guide(REVIEW, "<div class='product-box'><p>Orla Flex</p><p>$329.99</p></div>", REVIEW.replace("S9", "S10"))
    assert "$329.99" not in a.text
    assert ("commerce box", "Orla Flex $329.99") in shop_removals(a)


def test_paid_link_styled_as_a_button_goes_a_paid_link_in_a_checklist_stays():
    checklist = ("<ul><li><a rel='sponsored' href='https://a.example/bags'>Dust bags</a> for the older models</li>"
                 "<li><a rel='sponsored' href='https://a.example/filter'>A spare filter</a></li></ul>")
    button = ("<div class='wp-block-buttons'><a class='wp-block-button__link' rel='sponsored nofollow'"
              " href='https://a.example/trial'>Try Brightwell free for 30 days</a></div>")
    a = guide(REVIEW, checklist, button)
    assert "Dust bags for the older models" in a.text and "A spare filter" in a.text
    assert ("buy button", "Try Brightwell free for 30 days") in shop_removals(a)


def test_map_links_and_links_within_the_page_are_no_shop():
    a = guide(REVIEW, "<div><a href='https://maps.example/x'>View on map</a></div>",
              "<div><span>Jump to:</span> <a href='#deals'>View deals</a></div>",
              "<div><a href='https://shop.example/s9'>View at Hardwick's</a></div>")
    assert "View at Hardwick's" not in a.text
    assert ("buy button", "View at Hardwick's") in shop_removals(a)
    assert all("View on map" not in text and "View deals" not in text for _, text in shop_removals(a))


def test_buy_lines():
    for line in ("$449 at Hardwick's", "from $129.99 at Lindqvist", "$150 $120 at Berger & Sons", "Check price",
                 "Check Price on Hardwick's", "See it at Hardwick'sSee it at Lindqvist", "View deal", "Shop now",
                 "Buy now", "Zum Angebot", "ab 449 € bei Kaufhaus Berger", "Voir le prix chez Lindqvist",
                 "Ver oferta en Tienda Sol", "➡️ Check current price"):
        assert is_buy_line(line), line
    for line in ("The vacuum costs $449 at most stores, which is fair", "View on map", "View on GitHub",
                 "Prices rose 4% at the pumps", "Where to buy a vacuum in Ostervald?"):
        assert not is_buy_line(line), line


def test_label_over_a_price_widget_goes_with_it():
    a = guide(REVIEW, "<div class='chart-label'>Best Prices Today:</div>",
              "<div><a href='https://a.example/s9'>$449 at Hardwick's</a></div>", REVIEW.replace("S9", "S10"))
    assert "Best Prices Today" not in a.text
    assert ("shopping label", "Best Prices Today:") in shop_removals(a)
