"""More whole-line clutter, tried after phrases.CLUTTER_LINES: promotions of the site's own
channels, affiliate and advertising notices, shopping labels, picture credits, contact labels,
metadata rows.

Like every clutter line these only ever judge short blocks (see verdicts.Tuning), so a
sentence of the story that mentions a photo or a newsletter is never thrown away.
"""

from __future__ import annotations

import re

from newsclean.model import Category
from newsclean.phrases import _line, _start

_I = re.I | re.U


def _anywhere(*alternatives: str) -> re.Pattern[str]:
    """A pattern for a short line that holds one of the alternatives anywhere."""
    return re.compile(r"(?:" + "|".join(alternatives) + r")", _I)


MORE_CLUTTER_LINES: tuple[tuple[Category, str, re.Pattern[str]], ...] = (
    (Category.NEWSLETTER, "newsletter prompt",
     _start(r"never miss [^.!]{0,60}(?:sign(?:ing)? up|newsletter|subscrib)",
            r"(?:do you )?want to (?:be|stay) (?:informed|up[- ]to[- ]date|updated)\b[^.!?]{0,60}\?\s*sign up",
            r"stay up[- ]to[- ]date (?:on|with) (?:our|the latest)\b")),
    (Category.NEWSLETTER, "newsletter prompt",
     _anywhere(r"\bunser(?:en)? newsletter\b", r"\brss-?feed abonnieren\b")),
    (Category.SHARE, "channel promotion",
     _anywhere(r"\b(?:our|unser(?:en)?|nuestro|notre) (?:telegram|whatsapp|youtube|tiktok)[- ]?"
               r"(?:channel|kanal|canal|chaîne)",
               r"\b(?:tenemos|nuestro) canal de (?:telegram|whatsapp|youtube)",
               r"^\W*for (?:the )?latest [^.!]{0,60}download (?:the|our)\b",
               r"^\W*download (?:the|our) [\w ]{0,30}\bapps?\b")),
    (Category.PAYWALL, "donation appeal",
     _start(r"(?:if you (?:enjoyed|liked|valued?|appreciate)[^.?]{0,60})?would you consider supporting",
            r"unterstütze (?:uns|[\w]+) (?:mit|jetzt|bereits|schon)\b", r"wesprzyj nas\b")),
    (Category.PAYWALL, "paywall prompt",
     _anywhere(r"^\W*to (?:view|read|see|access) (?:the )?(?:full|whole|entire|rest of the) (?:story|article)\b"
               r"[^.]{0,30}\b(?:subscribe|log ?in|sign ?in|register)",
               r"\balready a (?:subscriber|member)\b[^.]{0,40}\blog ?in\b", r"^\W*pour accéder en illimité")),
    (Category.ADVERTISEMENT, "advertising notice",
     _anywhere(r"^\W*(?:anzeige|werbung)\s*[-–—:.,|*]",
               r"\b(?:beitrag|artikel|post) enthält (?:unbezahlte )?(?:werbung|affiliate)",
               r"\benthält affiliate[- ]links\b", r"\bcontains? affiliate links\b",
               r"\bmay (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation)\b",
               r"\bwe (?:may )?earn (?:an? )?(?:small )?commission\b",
               r"\b(?:purchases|buying|when you (?:buy|purchase|shop)) (?:made )?through (?:our |the )?links\b",
               r"\bproducts are (?:chosen|selected) independently\b")),
    (Category.ADVERTISEMENT, "shopping label",
     _line(r"(?:today'?s |the )?(?:best|lowest|latest) (?:prices?|deals?|offers?) (?:today|right now|this week)",
           r"today'?s (?:best|lowest|latest) (?:prices?|deals?|offers?)",
           r"shop (?:the|this) (?:story|look|post|article)", r"die besten angebote (?:heute|aktuell)",
           r"(?:les )?meilleur(?:e)?s? (?:prix|offres?) du (?:moment|jour)", r"(?:los )?mejores precios de hoy")),
    (Category.BOILERPLATE, "picture credit",
     _start(r"(?:titel|beitrags|vorschau|header|aufmacher|artikel|teaser)bild(?:er)?\s*[:(]",
            r"bild(?:quellen?|nachweise?|rechte)\b", r"foto(?:nachweise?|quellen?)\b", r"credits?\s*:",
            r"crédits? photos?\s*:", r"(?:photo|image|picture) credits?\b", r"abbildung \d+\s*:",
            r"image d'illustration$", r"image illustrative$", r"illustration\s*:",
            r"(?:bild )?vergrößern\b", r"bild anzeigen\b")),
    (Category.BOILERPLATE, "picture credit",
     _anywhere(r"\((?:[^()]{0,40}/\s*)?[^()]{0,40}\b(?:istock(?:photo)?(?:\.com)?|shutterstock|getty ?images|"
               r"adobe ?stock|imago|picture[- ]alliance|unsplash|pixabay|fotolia)\b[^()]{0,30}\)\s*$",
               r"\((?:fotos?|photos?|bild|image)\s*:[^()]{1,60}\)\s*$",
               r"^\W*(?:afp|dpa|ap|reuters|epa|getty images|imago|kna|epd)\s*/\s*[\w .-]{2,40}$",
               r"\([^()]{0,40}\b(?:reuters|afp|dpa|epa|efe|ap|apa|keystone|xinhua|anadolu)\s*/\s*[^()]{1,40}\)\s*$",
               r"\([^()]{1,40}/\s*(?:reuters|afp|dpa|epa|efe|ap|apa|keystone|xinhua|anadolu)\)\s*$",
               r"\S\s*©\s*[\w .,&/-]{1,40}$")),
    (Category.RELATED, "read-more link line",
     _start(r"à lire (?:aussi|également)\b", r"vea también\s*[:»]", r"mira\s*:", r"schon gelesen\s*\?",
            r"mehr themen\s*:", r"lesen sie auch (?:die folgenden|diese|unsere)\b",
            r"(?:das|dieses) thema könnte (?:dich|sie|euch) (?:auch )?interessieren", r"siehe auch\s*[:»]",
            r"(?:weitere|mehr) (?:infos?|informationen) (?:unter|auf|gibt es)\b",
            r"more (?:info(?:rmation)?|details) (?:at|on)\s+(?:www\.|https?://)", r"lesen sie (?:hier|mehr)\s*:")),
    (Category.RELATED, "read-more link line", _anywhere(r"\b(?:findest du|finden sie) (?:es )?hier[.!]?\s*$")),
    (Category.RELATED, "related heading", _line(r"ähnliche (?:beiträge|artikel|themen|posts)", r"siehe auch",
                                                r"[\w ]{0,30} sur le (?:même )?sujet")),
    (Category.BOILERPLATE, "contact label",
     _line(r"(?:presse)?kontakt(?:daten)?", r"ansprechpartner(?:in|innen)?(?: zum thema| für (?:die )?presse)?",
           r"(?:media|press) contacts?", r"contact(?: us| information)?", r"weitere informationen",
           r"zusatzinformationen", r"mehr informationen", r"further information", r"quellen(?:angaben)?",
           r"quellen (?:aus|ein)blenden")),
    (Category.BOILERPLATE, "contact details",
     _anywhere(r"\be-?mail\s*:\s*\S+@\S+.*\b(?:tel(?:efon)?|phone|fon)\.?\s*:",
               r"\b(?:tel(?:efon)?|phone|fon)\.?\s*:\s*\+?[\d ()/-]{6,}.*\be-?mail\s*:")),
    (Category.BOILERPLATE, "form prompt",
     _start(r"bitte geben sie (?:die|den) (?:zahlenfolge|code|sicherheitscode|buchstaben)",
            r"please enter the (?:code|characters|numbers)\b")),
    (Category.COMMENTS, "comments prompt",
     _anywhere(r"\b(?:in den|in die) kommentare(?:n)?\s*[:!?]", r"\b(?:let us know|tell us) in the comments\b")),
    (Category.READER_WIDGET, "rating widget", _start(r"\(?(?:noch )?keine bewertungen\b", r"\(?no ratings yet\b")),
    (Category.COOKIE_BANNER, "cookie prompt",
     _anywhere(r"^\W*(?:was sind|what are) cookies\W*$", r"\bkorzystamy z (?:plików )?cookies\b")),
    (Category.BOILERPLATE, "click prompt", _anywhere(r"\b(?:einfach )?hier klicken und\b")),
    (Category.METADATA, "post metadata line",
     _start(r"(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am\b", r"erstellt am\b[^.]{0,80}\babgelegt unter\b",
            r"(?:news )?date\s*:\s*\S+\s+category\s*:", r"release date\s*:?$",
            r"(?:kategorien?|category|categories|rubrik|filed under|abgelegt unter)\s*:")),
    (Category.METADATA, "post metadata line", _line(r"erschienen in", r"published in")),
)

# a row of fields split by bars ("14. Juni 2019 | von Jane Doe | 0 Kommentare"): metadata when
# most of its fields are dates or the labels of a post's metadata
FIELD_SEPARATOR = re.compile(r"\s*[|•·]\s*")
META_FIELD = re.compile(
    r"^\W*(?:by|von|par|por|in|posted|tags?|category|categories|kategorien?|rubrik|aufrufe|views|hits|"
    r"comments?|kommentare?|kommentarfeed|trackback(?:-url)?|permalink|\d+\s*(?:comments?|kommentare?|views|aufrufe)|"
    r"impressum|datenschutz(?:erklärung)?|privacy(?: policy)?|imprint|agb|copyright|hinzugefügt von|added by)\b", _I)
