"""Text patterns: the words that give away a line of clutter or a split-off part.

Class hints live in patterns.py; this module reads the text itself, in English,
German, French, Spanish and Arabic at least. Clutter patterns only ever judge short
blocks (see MAX_CLUTTER_CHARS), so a real sentence that happens to start with
"Share" or "Print" is never thrown away.
"""

from __future__ import annotations

import re

from newsclean.model import Category

_I = re.I | re.U


def _line(*alternatives: str) -> re.Pattern[str]:
    """A pattern for a whole short line made of one of the alternatives (regex syntax)."""
    return re.compile(r"^\W*(?:" + "|".join(alternatives) + r")\W*$", _I)


def _start(*alternatives: str) -> re.Pattern[str]:
    """A pattern for a line that starts with one of the alternatives."""
    return re.compile(r"^\W*(?:" + "|".join(alternatives) + r")", _I)


# Whole-line clutter, tried in order on short blocks. (category, rule, pattern)
CLUTTER_LINES: tuple[tuple[Category, str, re.Pattern[str]], ...] = (
    (Category.EMPTY_LABEL, "empty date label",
     _line(r"(?:(?:published|updated|posted|last updated|modified|date|veröffentlicht|"
           r"aktualisiert|publié|mis à jour|publicado|actualizado|نشر|تحديث)\s*(?:on|am|le|el)?"
           r"\s*[:：]?\s*)+")),
    (Category.EMPTY_LABEL, "empty byline label", _line(r"by", r"von", r"par", r"por", r"بقلم")),
    (Category.READER_WIDGET, "font-size widget",
     _line(r"\d{2,3}\s*%\s*font\s*size", r"font\s*size", r"text\s*size", r"a\s*\+\s*a\s*[-−–]",
           r"a\s*[-−–]\s*a\s*\+", r"a\s*a\s*a", r"[-+]?\s*a\s*[-+]", r"increase\s*(?:font|text)\s*size",
           r"decrease\s*(?:font|text)\s*size", r"schriftgröße", r"taille du texte",
           r"tamaño de (?:la )?letra", r"حجم الخط")),
    (Category.READER_WIDGET, "read-mode widget",
     _line(r"(?:enable|disable|exit)?\s*read(?:er|ing)?\s*mode", r"lesemodus", r"mode lecture",
           r"modo (?:de )?lectura", r"وضع القراءة")),
    (Category.READER_WIDGET, "print/listen/save widget",
     _line(r"print(?: this)?(?: article| page| story)?", r"listen(?: to this)?(?: article| story)?"
           r"(?:\s*\d+\s*min(?:utes?)?)?", r"listen now", r"save(?: article| story| for later)?",
           r"saved", r"bookmark(?: this)?(?: article)?", r"gift(?: this)? article",
           r"copy link", r"link copied", r"drucken", r"vorlesen", r"merken", r"imprimer",
           r"écouter", r"imprimir", r"escuchar", r"guardar", r"طباعة", r"استمع", r"حفظ",
           r"\d+\s*min(?:ute)?s?\s*read", r"reading time:?\s*\d+\s*min(?:ute)?s?",
           r"lesezeit:?\s*\d+\s*min(?:uten)?", r"\d+\s*min(?:utos)? de lectura")),
    (Category.SHARE, "share line",
     _line(r"share(?: this| the| on| via| article| story| page| post)*(?:\s*(?:on\s*)?"
           r"(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|telegram))*",
           r"(?:(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|telegram|"
           r"messenger|print|copy link|flipboard|threads|bluesky|mastodon)\s*[,|/·•]?\s*){1,12}",
           r"tweet(?: this)?", r"teilen", r"artikel teilen", r"partager(?: cet article)?",
           r"compartir(?: en)?(?: facebook| twitter)?", r"شارك(?: المقال)?", r"مشاركة")),
    (Category.SHARE, "follow line",
     _start(r"follow (?:us|me|him|her|them|the author|[\w .'-]{1,40}) on (?:twitter|x|facebook|"
            r"instagram|linkedin|threads|bluesky|google news|tiktok|youtube)",
            r"folgen sie uns", r"suivez-nous", r"síguenos", r"siga-nos", r"nos siga")),
    (Category.ADVERTISEMENT, "advertisement label",
     _line(r"advertisements?", r"advertising", r"ad", r"ads by \w+", r"sponsored(?: content)?",
           r"paid (?:content|post)", r"(?:story|article) continues below(?: this)? (?:advertisement|ad)",
           r"continue reading below", r"scroll to continue(?: with content)?",
           r"anzeige", r"werbung", r"publicité", r"publicidad", r"إعلان", r"reklame")),
    (Category.NEWSLETTER, "newsletter prompt",
     _start(r"sign up (?:for|to)(?: our| the)?[\w ]{0,40}newsletter", r"subscribe to (?:our|the)[\w ]{0,40}"
            r"newsletter", r"get (?:the|our)[\w ]{0,40}newsletter", r"(?:our|the|free)[\w ]{0,30}"
            r"newsletters?(?: sign.?up)?$", r"newsletter abonnieren", r"jetzt (?:den )?newsletter",
            r"inscrivez-vous à (?:notre|la) newsletter", r"suscríbete a (?:nuestro|nuestra)",
            r"get (?:the )?(?:latest|best)[\w ]{0,40}(?:in|to) your inbox",
            r"enter your email", r"by signing up,? you agree", r"i agree (?:that )?my (?:information|data|details)",
            r"by subscribing\b[^.]{0,60}\byou (?:agree|accept|consent)", r"اشترك في النشرة")),
    (Category.NEWSLETTER, "subscribe line",
     _line(r"subscribe(?: to [\w .'’&-]{1,40})?", r"subscribe now", r"abonnieren", r"s'abonner", r"suscríbete")),
    (Category.PAYWALL, "paywall prompt",
     _start(r"subscribe (?:now )?to (?:continue|keep) reading", r"(?:already|are you) a subscriber",
            r"this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) "
            r"(?:subscribers|members|premium)", r"to (?:continue|read the full|read this)[\w ]{0,30}"
            r"(?:subscribe|log ?in|sign ?in|register)", r"create a free account to",
            r"you(?:'ve| have) (?:reached|used) your (?:limit|\d+ free)", r"unlock (?:this|full) "
            r"(?:article|access)", r"subscribe for (?:unlimited|full) access", r"jetzt abonnieren",
            r"weiterlesen mit", r"abonnez-vous pour", r"réservé aux abonnés",
            r"suscríbete para seguir leyendo", r"contenido exclusivo para suscriptores",
            r"subscribe (?:now|today) (?:to|for)\b", r"hazte (?:miembro|socio|suscriptor)")),
    (Category.PAYWALL, "donation appeal",
     _start(r"support (?:our|independent|local|quality|nonprofit|non-profit) (?:journalism|reporting|newsroom)",
            r"(?:please )?(?:consider )?(?:donate|make a (?:donation|contribution)|become a (?:member|supporter|donor))"
            r"\b", r"(?:since|as|now that) you(?:'ve|’ve| have)? made it to the (?:bottom|end) of this",
            r"we have a small favou?r to ask", r"if you (?:value|believe|like|enjoy|appreciate)\b[^.]{0,80}"
            r"(?:please )?consider (?:supporting|donating|pitching in|making a|becoming|a contribution)",
            r"unterstützen sie (?:unseren|unabhängigen|den) journalismus", r"jetzt spenden",
            r"soutenez (?:notre|le|un) journalisme", r"faites un don", r"apoya (?:el|nuestro) periodismo",
            r"haz una donación")),
    (Category.SHARE, "republish prompt",
     _start(r"republish (?:this|our) (?:article|story|stories|articles)\b")),
    (Category.SHARE, "gift prompt",
     _start(r"gift (?:this|the) (?:article|story)\b", r"subscribers can gift\b", r"share (?:this|a) gift link")),
    (Category.COOKIE_BANNER, "cookie prompt",
     _start(r"(?:this|our) (?:web)?site uses cookies", r"we use cookies",
            r"the cookie settings on this (?:web)?site", r"by (?:continuing|using) "
            r"(?:to (?:browse|use) )?(?:this|our) (?:web)?site,? you (?:agree|accept|consent)",
            r"accept (?:all )?cookies", r"cookie (?:settings|preferences|policy)$",
            r"wir verwenden cookies", r"nous utilisons des cookies", r"utilizamos cookies")),
    (Category.TRENDING, "trending heading",
     _line(r"(?:top content )?trending(?: now| stories| news| articles| topics)?(?: (?:in|on|from) [\w .&'’-]{1,30})?",
           r"top content(?: trending)?", r"most (?:read|popular|viewed|shared|commented)"
           r"(?: stories| articles| today| this week)?", r"popular(?: now| stories| articles)?",
           r"top stories", r"editor'?s'? picks", r"meistgelesen", r"am meisten gelesen",
           r"les plus lus", r"lo más leído", r"الأكثر قراءة", r"الأكثر مشاهدة")),
    (Category.RELATED, "related heading",
     _line(r"related(?: articles| stories| news| posts| content| topics| coverage| reading)?",
           r"(?:read|see) (?:more|also)", r"also read", r"more (?:on|about) this (?:story|topic)",
           r"more (?:stories|news|articles)(?: from [\w .]{1,40})?", r"recommended(?: for you)?",
           r"you (?:may|might) (?:also )?(?:like|be interested in|enjoy)", r"further reading",
           r"don'?t miss", r"what to read next", r"up next", r"watch next",
           r"mehr zum thema", r"das könnte sie auch interessieren", r"lesen sie auch",
           r"(?:à )?lire aussi", r"sur le même sujet", r"lee también", r"te puede interesar",
           r"noticias relacionadas", r"lea también", r"leia também", r"veja também", r"leggi anche",
           r"notizie correlate", r"artigos relacionados", r"lees ook", r"zum weiterlesen",
           r"verwandte (?:themen(?:bereiche)?|artikel|beiträge)", r"neueste (?:artikel|beiträge)", r"siehe auch",
           r"mehr kolumnen", r"(?:latest|recent|newest) (?:articles|posts|stories)", r"elsewhere on [\w .'’-]{1,40}",
           r"اقرأ أيضا", r"اقرأ أيضاً", r"مواضيع ذات صلة")),
    (Category.RELATED, "related prompt",
     _start(r"(?:sie|du) könnte(?:n|st)? (?:auch|außerdem) (?:an folgenden|interessieren|gefallen)",
            r"das könnte (?:sie|dich|euch) (?:auch )?interessieren", r"entdecke(?:n sie)? weitere",
            r"alle (?:artikel|beiträge|news) zu", r"weitere (?:artikel|beiträge|nachrichten|news)(?: zum thema)?",
            r"auch interessant", r"ebenfalls interessant", r"mehr (?:zum thema|dazu|artikel|news)",
            r"(?:weiter|mehr) ?lesen$", r"continue reading$",
            r"read (?:the )?(?:full|whole|rest of the) (?:story|article)",
            r"vous aimerez aussi", r"à lire également", r"también te puede interesar", r"más noticias",
            r"le puede interesar", r"lust auf mehr\?", r"vorschau auf den nächsten artikel",
            r"weitere (?:aktuelle )?themen\b[^.!?]*$", r"(?:prze)?czytaj (?:też|także|również)")),
    (Category.RELATED, "read-more link line",
     _start(r"(?:read|see) (?:more|also|next|the full story)\s*[:»›>|-]", r"related\s*[:»›|-]",
            r"also read\s*[:»›|-]", r"more\s*[:»›]", r"lesen sie (?:auch|mehr)\s*[:»]",
            r"lire (?:aussi|également)\s*[:»]", r"le[ea] (?:también|más|además)\s*[:»]",
            r"leia (?:também|mais)\s*[:»]", r"veja (?:também|mais)\s*[:»]", r"leggi (?:anche|pure)\s*[:»]",
            r"lees ook\s*[:»]", r"lies auch\s*[:»]", r"auch lesen\s*[:»]",
            r"اقرأ (?:أيضا|أيضاً|المزيد)\s*[:»]")),
    (Category.READER_WIDGET, "rating widget",
     _start(r"(?:was|is) this (?:article|post|page|story|information) (?:helpful|useful)",
            r"did you find this (?:article |post |page )?(?:helpful|useful)", r"rate this (?:article|post|story)",
            r"how (?:useful|helpful) (?:was|is) this", r"(?:war|ist) (?:der|dieser|die|diese) (?:artikel|beitrag|"
            r"text|seite) (?:hilfreich|nützlich|informativ)", r"wie (?:bewerten|gefällt) (?:sie|du|dir|ihnen) "
            r"(?:diesen|den|diese|die) (?:artikel|beitrag|seite)", r"(?:hier )?können sie (?:den|diesen) "
            r"(?:artikel|beitrag) bewerten", r"(?:artikel|beitrag) bewerten", r"cet article (?:vous )?a-t-il été utile",
            r"¿(?:te|le) (?:ha )?(?:resultado|parecido) útil")),
    (Category.READER_WIDGET, "download widget",
     _start(r"(?:dieses|das|den) (?:skript|dokument|artikel|beitrag) als pdf", r"(?:als )?pdf herunterladen",
            r"download (?:this )?(?:as )?(?:a )?pdf", r"télécharger (?:en )?pdf", r"descargar (?:en )?pdf")),
    (Category.SHARE, "share prompt",
     _start(r"(?:den |diesen )?(?:artikel|beitrag) (?:mit (?:anderen|freunden) )?teilen",
            r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen", r"share (?:this|the) (?:article|story|post)",
            r"jetzt teilen", r"partagez (?:cet|l')article", r"comparte (?:este|la) (?:artículo|noticia)",
            r"follow [\w .]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok)\b")),
    (Category.BOILERPLATE, "embed placeholder",
     _start(r"externer inhalt", r"empfohlener (?:redaktioneller )?inhalt", r"external content",
            r"um (?:deine|ihre) persönlichen daten zu schützen", r"(?:this|the) (?:content|video|embed) "
            r"(?:is|can ?not be|cannot be) (?:displayed|shown|loaded)", r"contenu externe")),
    (Category.NAVIGATION, "login prompt",
     _start(r"sie müssen (?:sich )?(?:eingeloggt|angemeldet) sein", r"sie müssen sich (?:einloggen|anmelden)",
            r"you must be logged in", r"(?:please )?log ?in to (?:comment|reply|post)",
            r"vous devez être connecté", r"debes iniciar sesión")),
    (Category.AUTHOR_BOX, "author box heading",
     _line(r"(?:über|about) (?:den|die|the) (?:autor|autorin|author|writer)(?:in)?",
           r"fragen an (?:den|die) autor(?:in)?",
           r"more (?:from|by) (?:this|the) author", r"mehr von (?:diesem|dem) autor")),
    (Category.COMMENTS, "comments prompt",
     _line(r"\d+\s*comments?", r"(?:leave|post|add|write) a (?:comment|reply)", r"comments?",
           r"show comments", r"view comments", r"join the (?:conversation|discussion)",
           r"\d*\s*kommentare?", r"kommentieren", r"commentaires?", r"comentarios?",
           r"التعليقات", r"no comments yet", r"kommentare? (?:schreiben|geschlossen|verfassen)",
           r"comments? (?:are )?closed", r"commentaires? fermés", r"comentarios cerrados")),
    (Category.NAVIGATION, "navigation line",
     _line(r"skip to (?:main )?(?:content|navigation)", r"back to top", r"(?:next|previous|prev)"
           r"(?: article| story| post| page)?", r"home", r"menu", r"close", r"search", r"log ?in",
           r"sign ?in", r"register", r"open menu", r"toggle navigation", r"zum inhalt springen",
           r"aller au contenu", r"ir al contenido", r"loading\.*", r"load more", r"table of contents",
           r"inhaltsverzeichnis", r"sommaire", r"índice", r"lade weitere inhalte", r"mehr laden",
           r"zurück zur (?:übersicht|listenansicht|startseite)", r"jetzt registrieren")),
    (Category.BOILERPLATE, "boilerplate line",
     _start(r"click here to (?:subscribe|sign up|download|read|see|view|watch|register|join)",
            r"our standards\s*:", r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|[A-Z])",
            r"all rights reserved", r"this (?:article|story|material) (?:may not|cannot) be "
            r"(?:published|reproduced|broadcast)", r"get (?:the )?(?:latest|breaking) news",
            r"download (?:the|our) (?:free )?app", r"have a (?:news )?tip\??",
            r"do you have (?:a|information|a story)", r"(?:\(|\[)?opens in (?:a )?new (?:tab|window)",
            r"image (?:source|credit)\s*[:,]", r"photo(?:graph)?s?\s*(?:credit)?\s*:",
            r"(?:foto|fotos|bild|bilder|abbildung|quelle|source|crédit|crédito|image)\s*:",
            r"[^.!?]{0,80},? (?:photo|foto|bild|image|credit)\s*:\s*[^.!?]{0,60}$",
            r"getty images$", r"report an error", r"submit a correction", r"trust principles",
            # the hidden fields of a WordPress form plugin, printed as text
            r"this field is (?:for validation purposes|hidden when viewing the form)",
            r"this entry was posted\b", r"źródło\s*:")),
)

# A line that is only a date or a time with its label ("Updated 5:27 am CST, Wednesday,
# November 20, 2019", "Publié le 4 mai 2024 à 10h"): the words it may be made of.
DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|date|on|at|am|pm|a\.m|p\.m|um|uhr|le|el|à|a las|de|"
    r"veröffentlicht|aktualisiert|erstellt|stand|publié|mis à jour|modifié|publicado|actualizado|opublikowano|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"utc|gmt|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|ist|et|pt|ct|ago|hours?|minutes?|"
    r"days?|min|h|hrs|today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer)\b\.?"
    r"|\d+(?:st|nd|rd|th)?|[^\w\s]",
    re.I,
)
TIME_OF_DAY = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b|\b\d+\s*(?:hours?|minutes?|days?|min|h)\s+ago\b", re.I
)
# a block that is only a URL, a number or a machine timestamp leaked from metadata markup
# (or only unrendered template tags: "{* #loginForm *}", "{{ user.name }}", "{% block %}")
MACHINE_LINE = re.compile(r"^(?:https?://\S+|\d+(?:[.,]\d+)?|\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z]+)?"
                          r"|(?:\{(?:\*[^}]*\*|\{[^}]*\}|%[^}]*%)\}\s*)+)$")

# --- split-off parts -------------------------------------------------------------

DISCLAIMER = re.compile(
    r"^\W*(?:disclaimer|disclosure)\s*[:：.-]"
    r"|\b(?:views|opinions|thoughts) (?:and opinions )?expressed (?:in|by|here)[^.]{0,120}"
    r"(?:are|is) (?:solely |entirely )?(?:their|his|her|the author'?s'?|the writer'?s'?|"
    r"those of the)"
    r"|\bthe views (?:expressed )?(?:in this (?:article|column|piece|post)|here) are\b"
    r"|\b(?:this|the) (?:article|column|piece|post|op-ed) (?:reflects|represents|expresses) "
    r"(?:the )?(?:opinion|views?) of the (?:author|writer)"
    r"|\bdo(?:es)? not (?:necessarily )?reflect (?:the )?(?:views|opinions?|position|editorial "
    r"policy|point[- ]of[- ]view)"
    r"|\b(?:is|are) (?:the )?(?:author'?s'?|writer'?s'?) own\b"
    r"|\bthe author (?:owns|holds|has) (?:no |a )?(?:position|shares|financial interest)"
    r"|\b(?:the author|i) (?:has|have) no (?:financial|business|commercial) (?:interest|relationship)"
    r"|^\W*(?:haftungsausschluss|hinweis der redaktion)\s*:"
    r"|\b(?:gibt|geben) (?:die|ausschließlich die) (?:persönliche )?meinung (?:des|der) "
    r"(?:autors|autorin|verfassers|verfasserin|gastautors)"
    r"|\bmeinung (?:des|der) (?:autors|autorin|verfassers|verfasserin) muss nicht"
    r"|\bmuss nicht (?:mit )?der meinung der redaktion"
    r"|\bn'engagent? que (?:leurs?|son|sa) auteur"
    r"|\bles (?:opinions|propos|points de vue) (?:exprimé(?:e)?s )?(?:dans cet|ici)"
    r"|\bopiniones (?:expresadas|vertidas)[^.]{0,80}(?:son|es) (?:de )?(?:exclusiva )?"
    r"responsabilidad"
    r"|\bno (?:necesariamente )?refleja(?:n)? (?:la|las) (?:opinión|opiniones|postura|línea)"
    r"|الآراء الواردة|تعبر عن رأي (?:كاتبها|الكاتب)|لا تعبر بالضرورة عن"
    r"|المقالات المنشورة تعبر عن",
    _I,
)

EDITORS_NOTE = re.compile(
    r"^\W*(?:editor'?s'?|editors’|editor’s|editorial) note\s*[:：.-]"
    r"|^\W*note (?:from the|to our) (?:editor|readers)\s*[:：.-]"
    r"|^\W*(?:anmerkung der redaktion|hinweis der redaktion|redaktioneller hinweis)\s*[:：]"
    r"|^\W*note de la rédaction\s*[:：]|^\W*n\.?d\.?l\.?r\.?\s*[:：]"
    r"|^\W*nota (?:del editor|de la redacción|del editor)\s*[:：]"
    r"|^\W*ملاحظة (?:المحرر|التحرير)\s*[:：]",
    _I,
)

CORRECTION = re.compile(
    r"^\W*(?:corrections?|clarifications?|correction and clarification|erratum|update and "
    r"correction)\s*[:：.-]"
    r"|^\W*(?:an|the) (?:earlier|previous|original) version of this (?:article|story|report|post)"
    r"\s+(?:incorrectly|misstated|misidentified|mistakenly|wrongly|gave|said|stated|"
    r"misspelled|misattributed|reported|did not|included)"
    r"|^\W*this (?:article|story|post) (?:has been|was) (?:corrected|amended) to"
    r"|^\W*(?:korrektur|korrekturhinweis|berichtigung|richtigstellung)\s*[:：]"
    r"|^\W*in einer (?:früheren|ersten) version dieses (?:artikels|textes)"
    r"|^\W*(?:rectificatif|correctif|erratum)\s*[:：]"
    r"|^\W*(?:une|la) (?:précédente|première) version de cet article"
    r"|^\W*(?:fe de errores|corrección|rectificación|aclaración)\s*[:：]"
    r"|^\W*una versión anterior de (?:este|esta) (?:artículo|nota|información)"
    r"|^\W*(?:تصحيح|توضيح)\s*[:：]",
    _I,
)

# "<Name> is a/an/the ...", "<Name> writes about ...", "<Name>, a ... , is ..."
BIO_VERB = re.compile(
    r"^\W*(?P<name>[\w.'’ -]{3,60}?)(?:\s*,[^,]{3,80},)?\s+(?:is|was|has been|serves as|works as|"
    r"writes|covers|reports|teaches|leads|holds|has written|has covered|ist|war|schreibt|est|"
    r"était|écrit|es|fue|escribe|هو|هي|كاتب|كاتبة|باحث|صحفي|صحافي)\b",
    _I,
)
# a bio usually says what the person does and for whom
BIO_CUES = re.compile(
    r"\b(?:author|writer|journalist|columnist|correspondent|reporter|editor|contributor|"
    r"professor|lecturer|fellow|director|founder|analyst|researcher|scholar|chief|"
    r"bureau|senior|associate|president|ceo|economist|expert|former|holds a|"
    r"graduate|ph\.?d|twitter|follow (?:him|her|them)|@\w+|autor|autorin|journalistin?|"
    r"korrespondent|redakteur|professorin?|auteur|journaliste|chroniqueur|"
    r"periodista|columnista|escritor|profesor|كاتب|صحفي|باحث|أستاذ)\b",
    _I,
)
# a stray role line under a pull quote or byline ("Staff Writer", "Special to ..."), and the
# job titles that follow a name in a byline ("Jane Doe, Senior Analyst at Acme")
ROLE_WORDS = re.compile(
    r"\b(?:(?:staff|senior|sr|chief|special|contributing|guest|political|foreign|business|sports?|"
    r"science|health|tech(?:nology)?|investigative|national|local|deputy|managing|associate|"
    r"executive|assistant|lead|head|principal|former|certified|registered|licensed|master|"
    r"freelance|digital|social media|content|marketing|product|general)\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|"
    r"producer|analyst|critic|director|intern|fellow|officer|manager|founder|co-?founder|owner|"
    r"ceo|cto|cfo|coo|cmo|president|vice president|vp|chair(?:man|woman)?|partner|attorney|"
    r"lawyer|doctor|physician|nurse|dietitian|nutritionist|therapist|coach|trainer|consultant|"
    r"specialist|strategist|engineer|developer|designer|scientist|researcher|professor|lecturer|"
    r"teacher|educator|student|expert|advisor|adviser|planner|agent|broker|realtor|pharmacist|"
    r"veterinarian|horticulturalist|horticulturist|gardener|chef|host|anchor|presenter|"
    r"storyteller|blogger|author|autor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|"
    r"chefredakteur(?:in)?|volontär(?:in)?|reporterin|journalistin|fotograf(?:in)?|herausgeber(?:in)?|"
    r"moderator(?:in)?|(?:redaktions|ressort)?leiter(?:in)?|coordinator|supervisor|"
    r"rédacteur|rédactrice|journaliste|periodista|redactor(?:a)?|corresponsal|"
    r"philosophe|philosoph(?:in)?|historien(?:ne)?|économiste|rechtsanw(?:alt|ältin)|pressesprecher(?:in)?|"
    r"steuerberater(?:in)?|ingenieur(?:in)?|representative|spokes(?:person|man|woman)|candidate)s?\b"
    r"|\bspecial to\b|\bfor (?:the )?[A-Z][\w ]+$|\bat [A-Z][\w&. ]+$",
    _I,
)
# letters after a name that are degrees and licences, not names ("Jane Doe, MD, PhD")
CREDENTIALS = frozenset(
    "phd ph.d md m.d ms msc ma ba bs bsc mba mph mpa jd esq rn np pa rd rdn ld cpa cfa cfp dds dmd "
    "dvm do od psyd lcsw lmft ibclc cscs acsm ace facs facp frcp mbbs mrcp pe pmp cissp bsn msn fand cpp psp "
    "cdces cdcs cpt ryt e-ryt cepf".split()
)

# the heading of an author's bio section
ABOUT_AUTHOR_HEADING = re.compile(
    r"^\W*(?:about the (?:author|writer|authors)|über (?:den|die) (?:autor|autorin|verfasser)|"
    r"zur person|à propos de l'auteur|sobre (?:el|la) autor(?:a)?|عن الكاتب)\W*$",
    _I,
)

# the label of a block of tag links ("Tags: council, jobs")
TAG_LABEL = re.compile(r"^\W*(?:tags?|tagged|topics?|themen|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|mots-cl(?:é|e)s|"
                       r"etiquetas|temas|keywords)\b", _I)

# the credit line of a wire story: who reported, wrote and edited it
CREDIT_LINE = re.compile(r"^\W*(?:\(?(?:reporting|writing|compiled|additional reporting) by\b)", _I)
# a line at the end of a story that labels its authors ("Autoren: Jan Roe und Eva Doe", "Text: Eva Doe")
AUTHOR_LABEL_LINE = re.compile(r"^\W*(?:(?:autor(?:in|en)?|authors?|auteurs?|verfasser(?:in)?)\s*[:：]?|"
                               r"(?:texte?|words|written by)\s*[:：])\s", _I)
