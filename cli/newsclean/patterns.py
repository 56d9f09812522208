"""Every pattern, keyword list and threshold of the pruning and content stages, named by intent.

Class/id "hints" are matched on a normalised form of an element's class and id:
camelCase split, lower-cased, every run of non-alphanumerics turned into one space,
padded with spaces ("socialShare-bar" -> " social share bar "), so a pattern can
ask for whole tokens (" share ") or prefixes (" share").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsclean.model import Category

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def hint_tokens(raw: str) -> str:
    """' token token ' form of a class + id string (cached: class strings repeat a lot)."""
    return " " + _NON_ALNUM.sub(" ", _CAMEL.sub(r"\1 \2", raw).lower()).strip() + " "


def _words(*alternatives: str) -> re.Pattern[str]:
    """A pattern matching any alternative as whole tokens; '*' at the end allows a suffix."""
    parts = []
    for alt in alternatives:
        body = re.escape(alt.rstrip("*")).replace(r"\ ", " ")
        parts.append(body + (r"[a-z0-9]*" if alt.endswith("*") else ""))
    return re.compile(r" (?:" + "|".join(parts) + r") ")


# Boilerplate hints, tried in this order; the first match names the category.
# "Strong" categories are clutter wherever they appear; "weak" ones (layout words
# like header/sidebar/footer) are also used by wrappers around the whole page, so
# they are only trusted on elements that do not hold most of the page's prose.
HINTS: tuple[tuple[Category, str, re.Pattern[str], bool], ...] = (
    (Category.COOKIE_BANNER, "cookie/consent class",
     _words("cookie*", "cookies", "consent*", "gdpr*", "onetrust*", "cookiebot", "didomi*",
            "cmp banner", "truste*", "privacy banner", "cc banner", "qc cmp*", "dsgvo*", "rgpd*",
            "privacy popup", "privacy overlay", "privacy manager", "usercentrics*", "borlabs*",
            "brlbs*", "sp dsgvo*", "cookielaw*", "iubenda*", "klaro*", "tarteaucitron*"), True),
    (Category.NEWSLETTER, "newsletter/sign-up class",
     _words("newsletter*", "newsletters", "subscribe*", "subscription*", "signup*", "sign up*",
            "optin*", "opt in", "mailing list", "email signup", "email capture", "mailchimp*",
            "mc4wp*", "nl signup", "inline newsletter"), True),
    (Category.PAYWALL, "paywall class",
     _words("paywall*", "pay wall", "regwall*", "piano*", "tp modal", "tp container",
            "meter*", "metered*", "premium wall", "subscriber only", "registration wall",
            "contributions*", "epic", "support us", "donate*", "membership*", "cta", "cta box",
            "call to action", "support box", "supporter*"), True),
    (Category.COMMENTS, "comments class",
     _words("comment*", "comments", "disqus*", "respond", "reply*", "replies", "talkback*",
            "livefyre*", "coral*", "commento", "vuukle*", "fb comments", "discussion*",
            "reactions*", "kommentar*", "commentaire*", "comentario*", "commenti", "reacties"), True),
    (Category.BREADCRUMB, "breadcrumb class", _words("breadcrumb*", "breadcrumbs", "crumbs*"), True),
    (Category.READER_WIDGET, "reader widget class",
     _words("font size*", "fontsize*", "font resize*", "text size*", "textsize*", "resize*",
            "font tools", "text resize*", "read mode", "reader mode", "readmode*",
            "print*", "listen*", "audio player", "text to speech", "tts*", "speechkit*",
            "bookmark*", "save article", "save for later", "article tools", "article toolbar",
            "accessibility tools", "zoom*", "dark mode*"), True),
    (Category.SHARE, "share class",
     _words("share*", "sharing*", "shares", "sharethis*", "addthis*", "addtoany*", "a2a*",
            "sharedaddy", "social*", "sociable", "follow us", "socials", "ssba*",
            "heateor*", "shariff*", "jp sharing", "gift article*", "gift link*"), True),
    (Category.TRENDING, "trending class",
     _words("trending*", "most read", "mostread*", "most popular", "mostpopular*",
            "most viewed", "mostviewed*", "popular*", "top stories", "topstories*",
            "hot news", "most commented", "most shared", "editors picks", "editor picks",
            "top content", "top news", "must read", "latest news"), True),
    (Category.RELATED, "related class",
     _words("related*", "recommend*", "recommended*", "read more", "readmore*", "more stories",
            "more from", "more on", "also read", "also like", "you may like", "you might like",
            "outbrain*", "taboola*", "further reading", "onward*", "next article", "next post",
            "prev post", "previous post", "post navigation", "nav links", "suggested*",
            "jp relatedposts*", "yarpp*", "crp*", "more news", "more articles",
            "see also", "explore more", "dont miss", "more in", "story list", "latest posts",
            "recent posts", "rp4wp*", "upnext*", "up next", "whats next", "links block",
            "related links", "internet links", "external links", "link list", "more links"), True),
    (Category.ADVERTISEMENT, "advertisement class",
     _words("ad", "ads", "adv", "advert*", "advertis*", "adslot*", "ad slot*", "ad container",
            "ad wrapper", "ad wrap*", "ad unit*", "adunit*", "ad box", "adbox*", "ad banner",
            "ad placeholder", "ad label", "ad section", "ad block", "ad zone", "adzone*",
            "dfp*", "gpt ad*", "google ad*", "adsense*", "adsbygoogle", "native ad*",
            "sponsor*", "sponsored", "promo*", "promoted*", "mpu*", "leaderboard*",
            "billboard*", "skyscraper*", "banner ad", "banners", "doubleclick", "partner content",
            "affiliate*", "boxzilla*", "dianomi*"), True),
    (Category.AUTHOR_BOX, "author box class",
     _words("author box", "authorbox*", "author bio*", "author info*", "about the author",
            "about author", "author card", "author profile", "author details", "author module",
            "author block", "author footer", "author wrap*", "writer bio", "contributor bio",
            "saboxplugin*", "abh*", "post author", "author description", "author about",
            "bio box", "biobox*", "author area", "author section", "author container"), True),
    (Category.NAVIGATION, "navigation class",
     _words("nav", "navbar*", "navigation*", "menu*", "menubar", "mainmenu", "megamenu*",
            "skip link*", "skiplink*", "skip to*", "pagination*", "pager", "topbar*",
            "toolbar*", "jump links", "site nav*", "subnav*", "tabs nav", "off canvas*",
            "offcanvas*", "hamburger*", "drawer*", "search form", "searchform*", "site search",
            "search box", "searchbox*", "login*", "user menu", "article tags", "post tags",
            "tag list", "taglist*", "tags", "tag links", "tag cloud", "entry tags", "cat links",
            "category links", "topic links", "tags list"), False),
    (Category.FOOTER, "footer class",
     _words("footer*", "site info", "colophon", "copyright*", "legal*", "foot", "bottom bar",
            "page bottom", "site bottom", "entry footer", "post footer", "article footer",
            "story footer"), False),
    (Category.HEADER, "header class",
     _words("masthead*", "site header", "page header", "global header", "top header",
            "header main", "main header", "header wrapper", "header container", "branding",
            "site branding", "site logo", "logo", "header"), False),
    (Category.SIDEBAR, "sidebar class",
     _words("sidebar*", "side bar", "rail*", "right rail", "left rail", "right col*",
            "left col*", "aside*", "widget area", "widgets area", "widget column", "sidebar widget*",
            "secondary", "sidecol*", "side col*",
            "right column", "col right", "related sidebar"), False),
)

# Tags whose text flows into the enclosing block (they never form a block of their own).
INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q "
    "rp rt ruby s samp small span strike strong sub sup time tt u var wbr br img picture "
    "source".split()
)
# Tags whose content is never article text (code, styles, metadata; the reading aids of
# ruby annotation, furigana printed small above the characters they spell out).
DROP_TAGS = frozenset("script style template head link meta base param rt rp".split())
# Widgets and embeds: dropped, unless they hold a lot of text. libxml2 does not close an
# unclosed <button> or <svg> the way browsers do, so one can swallow the rest of the page;
# such an element is unwrapped (its content kept) rather than dropped.
WIDGET_TAGS = frozenset(
    "noscript svg math iframe object embed canvas input select textarea button option datalist map "
    "area audio video source track frameset frame applet".split()
)
# a widget holding more text than this has swallowed page content
MAX_WIDGET_CHARS = 200
# Tags that are page chrome by their very name (weak: a page may wrap everything in one).
CHROME_TAGS: dict[str, Category] = {
    "nav": Category.NAVIGATION,
    "aside": Category.SIDEBAR,
    "footer": Category.FOOTER,
    "menu": Category.NAVIGATION,
    "dialog": Category.BOILERPLATE,
}
# ARIA landmark roles that name page chrome.
CHROME_ROLES: dict[str, Category] = {
    "navigation": Category.NAVIGATION,
    "menubar": Category.NAVIGATION,
    "menu": Category.NAVIGATION,
    "search": Category.NAVIGATION,
    "banner": Category.HEADER,
    "contentinfo": Category.FOOTER,
    "complementary": Category.SIDEBAR,
    "dialog": Category.BOILERPLATE,
    "alertdialog": Category.BOILERPLATE,
    "toolbar": Category.READER_WIDGET,
}

# Class names that hide an element from sighted readers (whole class names, not tokens:
# "hidden-xs" or "hide-for-small" are responsive helpers, not hiding).
HIDDEN_CLASSES = frozenset(
    "hidden hide is-hidden u-hidden sr-only visually-hidden visuallyhidden screen-reader-text screen- "
    "reader-only screenreader-only a11y-hidden element-invisible invisible offscreen print-only".split()
)
# a class that makes a "hidden" element visible again at some screen size
RESPONSIVE_CLASS = re.compile(r":|^(?:d|visible|show)-(?:sm|md|lg|xl)")
# Class names that describe the content or the state of an element, not what it is:
# WordPress taxonomy classes ("tag-sponsored", "category-comment"), state and layout
# flags ("has-sidebar", "no-ads", "layout-ad-right"), and BEM modifiers, whose part
# after "--" says how a block looks ("article--layoutAdRight"), not what it is.
TAXONOMY_CLASS = re.compile(
    r"(?:^|\s)(?:tag|category|cat|topic|format|status|type|term|postid|post-id|tags|categories|"
    r"kategorie|rubrik|has|with|without|no|is|layout|theme|template|page-template|show|hide)-\S*"
    r"|\S+-(?:on|off|active|inactive|enabled|disabled|open|closed|loaded|ready)(?=\s|$)|--\S*"
    # generated names: CSS-module hash suffixes ("Main__2pNav"), emotion/styled-components/jsx
    r"|__[A-Za-z0-9-]{5}(?=\s|$)|-sc-[A-Za-z0-9]+(?:-\d+)?(?=\s|$)"
    r"|(?:^|\s)(?:css|jsx|svelte|emotion)-[A-Za-z0-9]+(?=\s|$)"
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Class/id names that only an article's body text container carries.
_BODY_NAMES = (
    "article body*", "articlebody*", "article content*", "article text*", "articletext*",
    "article main", "article inner", "article entry", "story body*", "storybody*",
    "story content*", "story text", "entry content", "entry body", "post content*",
    "post body*", "post text", "postbody*", "post entry", "body text", "bodytext*",
    "body copy", "main content", "content body", "news body", "news content", "news text",
    "text body", "rich text", "richtext*", "field body", "field name body", "node content",
    "td post content", "single post content", "post inner", "prose", "markdown body",
    "article detail", "detail body", "c article body", "main text", "article wrap",
)
SPECIFIC_BODY_HINT = _words(*_BODY_NAMES)
# ... and the generic names that often, but not always, mean the same
BODY_HINT = _words(*_BODY_NAMES, "article", "story", "entry", "hentry", "post", "content",
                   "blog post", "page content", "content main", "content inner", "field item")
# Class/id hints of byline, date and dek elements (metadata, read then kept out of the body).
# the footer of a post (not of the page), where blog themes print "Posted by ..."
POST_FOOTER_HINT = _words("entry footer", "post footer*", "article footer", "story footer", "entry meta",
                          "post meta", "postmeta", "entry utility")
BYLINE_HINT = _words(
    "byline*", "by line", "author*", "authors", "author name", "writer*", "contributor*",
    "article author", "post author", "entry author", "credit", "credits", "reporter*",
    "meta author", "story byline", "td post author name", "author link",
)
DATE_HINT = _words(
    "date*", "dateline", "time", "timestamp*", "published*", "pubdate*", "publish date",
    "updated*", "post date", "entry date", "article date", "posted on", "posted*",
    "meta date", "time ago", "story date", "update time", "publish time", "article timestamp",
)
# date elements named for what they date: an update ("updated", "date-modified") or the
# publication ("published", WordPress's "entry-date", which themes also mark "updated")
MODIFIED_HINT = _words("updated*", "modified*", "update time", "last update*", "mod date", "revised*")
PUBLISHED_HINT = _words("published*", "publish*", "pubdate*", "pub date", "entry date", "post date",
                        "posted*", "date published", "created", "release date")
# Only explicit dek/standfirst names: "lead", "intro" or "summary" often mark the first
# paragraph of the body itself, which must stay in the body.
DEK_HINT = _words(
    "dek*", "standfirst*", "subtitle*", "sub title", "subheadline*", "sub headline",
    "strapline", "deck", "headline sub", "article subtitle", "article dek", "sub head",
    "subhead", "subheading", "sub heading", "article standfirst", "alternative headline", "description headline",
)
# the small label above a headline ("Opinion", "Gastbeitrag"): the section, not the story
KICKER_HINT = _words("kicker*", "overline", "eyebrow", "dachzeile", "topline", "roofline", "supertitle",
                     "super title", "pre title", "pretitle", "rubric")
CAPTION_HINT = _words("caption*", "figcaption*", "credit*", "image credit", "photo credit", "wp caption text")
PULLQUOTE_HINT = _words("pull quote*", "pullquote*", "pull out*", "pullout*", "blockquote pull",
                        "quote pull", "highlight quote", "inline quote", "wp block pullquote",
                        "quote box", "quotebox*", "pq")
BIO_HINT = _words("bio", "author bio*", "biography", "about the author", "about author", "author info*",
                  "author description", "author about", "contributor bio", "author blurb",
                  "author note", "writer info")
DISCLAIMER_HINT = _words("disclaimer*", "disclosure*", "opinion disclaimer", "views disclaimer")
EDITORS_NOTE_HINT = _words("editor note", "editors note", "editor s note", "editorial note", "ed note")
CORRECTION_HINT = _words("correction*", "corrections", "clarification*", "erratum")

# a "header" named after the article (entry-header, post-header, ArticleHeader_dek) is the
# article's own: its headline, dek, byline and lead picture; only the site's header
# (masthead, site-header) is chrome
ARTICLE_HEADER_HINT = re.compile(r" (?:entry|post|article|story|blog|single|content|hero|title|headline|intro)"
                                 r"[a-z0-9]* ")

# the author-box hint on its own, for readers that must not take a bio box for a byline
HINTS_AUTHOR_BOX = next(p for c, _, p, _ in HINTS if c is Category.AUTHOR_BOX)
HINTS_COMMENTS = next(p for c, _, p, _ in HINTS if c is Category.COMMENTS)

# every hint pattern at once: most elements match none, and one search tells
ANY_HINT = re.compile("|".join(pattern.pattern for _, _, pattern, _ in HINTS))

# the opening paragraph of a story printed apart from its body, beside the headline
LEAD_HINT = _words("lead", "lede", "leadtext", "lead text", "leader", "intro*", "teaser*", "excerpt*",
                   "chapo*", "chapeau", "perex*", "summary", "abstract", "bajada", "entradilla",
                   "vorspann", "anriss", "article lead")
# what sits between a headline and the body beside the lead, and is none: pictures and their
# captions, the metadata row (byline, date, a "send to messenger" box)
LEAD_SKIP_HINT = _words("meta", "metadata", "meta data", "image*", "img*", "photo*", "picture*", "media*",
                        "gallery*", "video*", "figure*", "thumb*", "caption*", "credit*")
