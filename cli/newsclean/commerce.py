"""Shopping boxes inside review and buying-guide articles: buy buttons and product cards.

A consumer-advice story ("The best stick vacuums") is interleaved with small commerce
widgets: a product's name, picture and price with one or more buttons to a shop
("$449 at Hardwick's", "Check price at Amazon", "View deal", "Preis prüfen bei …").
They are advertising, not the story: the product's heading and the paragraphs that
review it stay; the widget goes. Recognised by what it says and links to, in several
languages, and by the names shops' widgets carry (product-card, buy-button, deal-widget);
a sentence that mentions a price ("It costs $449 at most stores") is never one.
"""

from __future__ import annotations

import re

from lxml import etree

from newsclean.hints import class_hint
from newsclean.model import Inline
from newsclean.patterns import _words
from newsclean.prune import element_text

_I = re.I | re.U

# a shop's name after "at" / "bei" / "chez": a few words ("Best Buy", "Hardwick's", "Amazon UK")
_STORE = r"[\w][\w'’&.+\- ]{0,30}?"
# a price: "$449", "$1,299.99", "US$ 40", "449 €", "1.299,00 EUR", "£20–£25"
_AMOUNT = (r"(?:(?:us|ca|au|nz|c|a|r)?[$£€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|gbp|chf|zł|kr|kč))"
           r"(?:\s?[–-]\s?(?:[$£€]\s?)?\d[\d.,]*(?:\s?€)?)?")
# where a "View on …" link leads that is no shop: a map, a code host, a social network
_NOT_SHOPS = (r"(?:(?:google |apple |the )?maps?|github|gitlab|youtube|vimeo|instagram|facebook|twitter|x|threads|"
              r"linkedin|tiktok|pinterest|flickr|spotify|the web|web|our site|site|website|page)\W*$")
_AT = r"(?:at|from|on|@|bei|auf|chez|sur|en|su|bij|na|w)"
# one call to buy, as a button or a link prints it (the whole text of the button)
_CALLS = (
    # a price at a shop: "$449 at Hardwick's", "ab 449 € bei Kaufhof", "from $129.99 at Best Buy",
    # "$150 $120 at Lindner's" (the old price struck through)
    rf"(?:(?:from|only|just|now|ab|dès|à partir de|desde|da|vanaf)\s+)?(?:{_AMOUNT}\s+)?{_AMOUNT}\s+{_AT}\s+{_STORE}",
    # English
    rf"buy(?: it| one| now| here| today| online)*(?:\s+(?:at|on|from|@)\s+{_STORE})?",
    rf"(?:shop|order)(?: it| now| here| today| online)+(?:\s+(?:at|on|from)\s+{_STORE})?",
    rf"shop (?:at|on) {_STORE}",
    rf"(?:check|see|view|compare|get|find|shop)(?: the| this| our| a)?(?: latest| current| today's| best| lowest)?"
    rf" (?:price|prices|pricing|deal|deals|offer|offers|availability)(?: here| now| today)?"
    rf"(?:\s+(?:at|on|from|@)\s+{_STORE})?",
    rf"(?:see|view|get|find) (?:it|them|one|this|product)(?: now)? (?:at|on|from) {_STORE}",
    rf"(?:see|view) (?:at|on) (?!{_NOT_SHOPS}){_STORE}",
    r"add to (?:cart|basket|bag)",
    # German, French, Spanish, Italian, Dutch, Portuguese
    rf"preise? (?:prüfen|vergleichen|checken|ansehen)(?: bei {_STORE})?",
    rf"zum (?:angebot|shop|produkt|deal)(?: bei {_STORE})?",
    rf"(?:jetzt )?(?:bei|auf) {_STORE} (?:kaufen|bestellen|ansehen)",
    r"jetzt (?:kaufen|bestellen|ansehen|zugreifen)", r"angebote? ansehen",
    rf"voir (?:l'offre|l’offre|les offres|le prix|les prix|le produit|le deal)(?: (?:chez|sur) {_STORE})?",
    rf"voir (?:chez|sur) {_STORE}", rf"acheter(?: maintenant)?(?: (?:chez|sur) {_STORE})?",
    r"comparer les prix", r"j'en profite", r"j’en profite",
    rf"ver (?:oferta|ofertas|precio|precios|producto)(?: en {_STORE})?", rf"ver en {_STORE}",
    rf"comprar(?: ahora| ya)?(?: en {_STORE})?",
    rf"vedi (?:offerta|offerte|prezzo|prezzi)(?: su {_STORE})?", rf"vedi su {_STORE}",
    rf"acquista(?: ora| subito)?(?: su {_STORE})?",
    rf"bekijk (?:de )?(?:deal|prijs|prijzen|aanbieding)(?: bij {_STORE})?", r"koop (?:nu|hier)",
    rf"ver (?:oferta|preço)(?: (?:na|no|em) {_STORE})?", r"comprar agora",
)
_CALL = r"(?:" + "|".join(_CALLS) + r")"
# a line or link made of buy calls only: "Check price at Amazon", "See it at Amazon | See it at Best Buy"
BUY_LINE = re.compile(rf"^\W*{_CALL}(?:\s*[|/•·,–-]?\s*{_CALL})*\W*$", _I)
# the longest line read as buttons (a few calls side by side)
MAX_BUY_LINE_CHARS = 120
PRICE = re.compile(_AMOUNT, _I)

# names of a box that sells: a product card, a deal widget, a shop's price block
COMMERCE_HINT = _words(
    "product card*", "productcard*", "product box*", "productbox*", "product widget*", "product unit",
    "product module", "product block", "product embed*", "product summary", "product tile*",
    "deal card", "deal widget", "deal box", "deals widget", "deal block", "deal unit", "deal embed",
    "commerce*", "ecommerce unit", "shopping widget", "shopping module", "shop widget", "shop box",
    "buy box", "buybox*", "buying options", "buy options", "where to buy", "retailer*", "retailers",
    "price block", "price box", "pricebox*", "price widget", "price comparison", "price list",
    "prices widget", "merchant*", "affiliate*", "aawp*", "lasso*",
)
# names of a link or button that sends the reader to a shop
BUY_LINK_HINT = _words(
    "buy button*", "buy btn", "buybutton*", "buy link*", "buy now", "btn buy", "button buy", "shop button*",
    "shop now", "shop btn", "price button*", "price link", "deal button*", "deal link", "affiliate button*",
    "affiliate link*", "retailer link*", "retailer button*", "merchant link*", "vendor button", "button vendor",
    "check price", "aawp button*", "lasso button*", "cta buy",
)
# a link styled as a button (a paid link so styled is a shop's button, whatever it says)
BUTTON_HINT = _words("button*", "btn*", "cta*")

# a box that sells holds little but its buttons: a product's name, a price, a short label
# ("Our pick"); with more than that (specifications, a line of praise) it is the story's list
# of the product's merits, and only its buttons go
MAX_BOX_CHARS = 500
MAX_BOX_REST = 50
# ... a little more in a box named for selling (product-card, deal-widget)
MAX_NAMED_BOX_REST = 80
# what a row of buttons holds besides them: the bars and commas between them
MAX_GLUE_CHARS = 3
# a link whose text is longer than this is a sentence, not a button
MAX_BUTTON_CHARS = 60
# a line of buttons is links: a buy call printed as plain text may be a sentence's fragment
MIN_BUTTON_LINK_SHARE = 0.8


def is_buy_line(text: str) -> bool:
    """Whether a short line says nothing but where to buy: "$449 at Hardwick's", "View deal"."""
    return len(text) <= MAX_BUY_LINE_CHARS and BUY_LINE.match(text) is not None


def is_buy_link(a: etree._Element, text: str) -> bool:
    """Whether a link (given its text) is a button to a shop: it says so, it is named so, or it
    is a button marked as a paid link (rel="sponsored"); never a link within the page."""
    if not text or len(text) > MAX_BUTTON_CHARS or (a.get("href") or "").startswith("#"):
        return False  # (a link to a part of the page, "View the deals", is the page's own table of contents)
    if is_buy_line(text):
        return True
    hint = class_hint(a)
    if not hint:
        return False
    if BUY_LINK_HINT.search(hint):
        return True
    return BUTTON_HINT.search(hint) is not None and "sponsored" in (a.get("rel") or "").lower().split()


def commerce_box(el: etree._Element, size: int, links: int, hint: str) -> str | None:
    """The rule that makes a short block (of `size` characters, `links` of them in links) a shop's
    box, or None: buttons to shops with little else (a product's name, a price), or a box named
    for selling that shows a price."""
    if size > MAX_BOX_CHARS:
        return None
    named = bool(hint) and COMMERCE_HINT.search(hint) is not None
    limit = MAX_NAMED_BOX_REST if named else MAX_BOX_REST
    if size - links > limit or not (links or named):
        return None  # (what is not in links is never a button: most blocks are let go here)
    buttons = 0
    rest = size
    for a in el.iter("a"):
        text = element_text(a)
        if is_buy_link(a, text):
            buttons += 1
            rest -= sum(len(t.strip()) for t in a.itertext())
    if not buttons and not (named and PRICE.search(element_text(el))):
        return None
    if rest > limit:
        return None
    return "buy button" if rest <= MAX_GLUE_CHARS else "commerce box"


def buy_spans(text: str, spans: Inline) -> bool:
    """Whether a line of inline text (`spans`, whose text is `text`) is a row of buy buttons:
    buy calls, nearly all of it linked."""
    line = text.strip()
    if not line or len(line) > MAX_BUY_LINE_CHARS:
        return False  # (most lines are let go here, before their links are counted)
    linked = sum(len(s.text) for s in spans if s.href)
    return linked >= MIN_BUTTON_LINK_SHARE * len(line) and BUY_LINE.match(line) is not None
