"""Stage 4, find the main content: which element of the pruned tree holds the article.

The page's text is cut into units (a block element's own inline text: a paragraph,
a list item, a cell). Each unit weighs its non-link characters if it reads like
prose, and counts against its ancestors if it is mostly links (menus, teaser lists).
One bottom-up walk sums the weights; the element with the largest sum is the tightest
container that holds the most prose and the least clutter. Class hints
(itemprop=articleBody, "article-body", "entry-content" ...) settle near-ties.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass

from lxml import etree

from newsclean import patterns as P
from newsclean.hints import class_hint, classify
from newsclean.patterns import INLINE_TAGS

# a unit whose link text exceeds this share of its text reads as navigation, not prose
LINK_UNIT_SHARE = 0.5
# units shorter than this (characters) are labels, buttons, dates: a small negative weight
SHORT_UNIT = 25
SHORT_UNIT_WEIGHT = -0.3
LINK_UNIT_WEIGHT = -0.6
# a headline that is a link stands for a teaser card (headline + summary) of another story:
# it costs about what a teaser's summary brings, so lists of teasers do not outscore prose
TEASER_PENALTY = 150
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# a list item that opens with a headline-length link and goes on with a summary is a teaser
# (tried on <div>, <p> and <article> too: it cost more on real pages than it gained)
TEASER_HEADLINE = 30
TEASER_SUMMARY = 40
TEASER_TAGS = frozenset({"li"})
# prose in a <figure> (captions) counts this much: enough for a gallery page to be found,
# not enough for a carousel of captions to outweigh the story it sits in
CAPTION_WEIGHT = 0.3
# the candidates that class hints may rerank: the best few, within this share of the top
MAX_CANDIDATES = 25
CANDIDATE_SHARE = 0.3
ARTICLE_BODY_BOOST = 1.5
SPECIFIC_HINT_BOOST = 1.3
GENERIC_HINT_BOOST = 1.1
# an element inside a footer, sidebar or header that pruning spared (it held much prose)
CHROME_PENALTY = 0.4
# ... unless that chrome holds this share of the page's text
SWALLOWED_SHARE = 0.6


@dataclass(slots=True)
class Measure:
    """Bottom-up sums for one element."""

    score: float
    text: int
    links: int


@dataclass(slots=True)
class Found:
    """The chosen container and the strategy that chose it."""

    element: etree._Element
    strategy: str
    measures: dict[etree._Element, Measure]


def unit_weight(own: int, own_links: int, heading: bool) -> float:
    """How much one block of text counts for (or against) its containers."""
    if own_links > LINK_UNIT_SHARE * own:
        # a linked headline: one teaser card of a list of other stories. A short linked
        # heading ("Fluke 117") is an item's name in a list article, not another story
        if heading and own >= TEASER_HEADLINE:
            return LINK_UNIT_WEIGHT * own - TEASER_PENALTY
        return LINK_UNIT_WEIGHT * own
    if own < SHORT_UNIT:
        return SHORT_UNIT_WEIGHT * own
    return float(own - own_links)


def measure(body: etree._Element, spared: Collection[etree._Element] = ()) -> dict[etree._Element, Measure]:
    """One post-order walk: score, text length and link-text length of every element.

    A `spared` element (chrome that pruning kept only for its size) gets its own score
    but passes none of it up: prose in a sidebar must not make the page body win.
    """
    out: dict[etree._Element, Measure] = {}
    # frame: [own text, own link text, score, text, links, length of a link that opens the block]
    stack: list[list[float]] = []
    in_link = 0  # how many <a> are open: a headline inside a link is a linked headline
    in_figure = 0  # captions are not quite the article's prose
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if event == "start":
            text = el.text
            n = len(text.strip()) if text else 0
            stack.append([n, 0, 0.0, n, 0, 0])
            if tag == "a":
                in_link += 1
            elif tag == "figure":
                in_figure += 1
            continue
        own, own_links, score, total, links, lead_link = stack.pop()
        inline = tag in INLINE_TAGS
        if tag == "a":
            links = total
            own_links = own
            in_link -= 1
        elif tag == "figure":
            in_figure -= 1
        if not inline and own > 0:
            if tag in TEASER_TAGS and lead_link >= TEASER_HEADLINE and own - own_links >= TEASER_SUMMARY:
                weight = -TEASER_PENALTY / 3  # "<a>Headline of another story</a> and its summary"
            else:
                weight = unit_weight(int(own), int(own if in_link else own_links), tag in HEADING_TAGS)
            score += weight * CAPTION_WEIGHT if in_figure and weight > 0 else weight
        out[el] = Measure(score, int(total), int(links))
        if not stack:
            continue
        parent = stack[-1]
        tail = el.tail
        tail_len = len(tail.strip()) if tail else 0
        parent[2] += 0.0 if el in spared else score
        parent[3] += total + tail_len
        parent[4] += links
        if tag == "a" and parent[0] == 0:  # nothing before this link in the enclosing block
            parent[5] = own
        parent[0] += tail_len
        if inline:
            parent[0] += own
            parent[1] += own_links
    return out


def hint_factor(el: etree._Element, body: etree._Element, measures: dict[etree._Element, Measure]) -> float:
    """How much an element's own names, and its ancestors', vouch for it as the body."""
    factor = 1.0
    if el.get("itemprop") == "articleBody":
        factor *= ARTICLE_BODY_BOOST
    hint = class_hint(el)
    if hint:
        if P.SPECIFIC_BODY_HINT.search(hint):
            factor *= SPECIFIC_HINT_BOOST
        elif P.BODY_HINT.search(hint):
            factor *= GENERIC_HINT_BOOST
    if el.tag in ("article", "main"):
        factor *= GENERIC_HINT_BOOST
    # inside page chrome that pruning spared? Unless that chrome holds most of the page: then
    # it is a misnamed page wrapper, or an unclosed menu item that swallowed the page
    page = measures[body].text
    node: etree._Element | None = el
    while node is not None and node is not body:
        if classify(node, node.tag) is not None and measures[node].text < SWALLOWED_SHARE * page:
            return factor * CHROME_PENALTY
        node = node.getparent()
    return factor


def choose(body: etree._Element, spared: Collection[etree._Element] = ()) -> Found:
    """The element that best holds the article (the body itself if nothing scores).

    On equal scores the inner element wins (post-order puts descendants first).
    """
    measures = measure(body, spared)
    ranked = sorted((m.score, -i, el) for i, (el, m) in enumerate(measures.items()) if m.score > 0)
    if not ranked:
        return Found(body, "whole page", measures)
    top_score = ranked[-1][0]
    best, best_score = body, float("-inf")
    for score, _, el in reversed(ranked[-MAX_CANDIDATES:]):
        if score < CANDIDATE_SHARE * top_score:
            break
        adjusted = score * hint_factor(el, body, measures)
        if adjusted > best_score:
            best, best_score = el, adjusted
    best = _marked_body(body, measures, best)
    return Found(_tighten(best, measures), "text density", measures)


# a marked body ("entry-content") must hold this much prose to be preferred to the scorer's pick
MIN_MARKED_PROSE = 150
MAX_HEADLINES = 3  # the <h1>s looked at for the post's headline (the first may be the site's logo)
BODY_TAGS = ("div", "section", "article", "main")  # the tags that hold a story's body


def _marked_body(body: etree._Element, measures: dict[etree._Element, Measure], best: etree._Element) -> etree._Element:
    """The page's one element named as the article body, when the scorer chose something beside it.

    A short post beside a long sidebar: the sidebar's prose outscores the post, but the post's
    container carries the CMS's body name ("entry-content", "article-body") and nothing else does."""
    if best.get("itemprop") == "articleBody" or P.SPECIFIC_BODY_HINT.search(class_hint(best) or " "):
        return best  # the scorer's pick is itself named as the body (most news pages): no need to look
    marked = [el for el in body.iter(*BODY_TAGS)
              if (el.get("class") or el.get("id")) and el in measures and P.SPECIFIC_BODY_HINT.search(class_hint(el))]
    outer = {id(a) for el in marked for a in el.iterancestors()}
    marked = [el for el in marked if id(el) not in outer]  # the innermost: "entry-content" in "main-content"
    if len(marked) != 1:
        return best
    el = marked[0]
    m = measures[el]
    if m.text - m.links < MIN_MARKED_PROSE or el is best:
        return best
    if any(a is el for a in best.iterancestors()) or any(a is best for a in el.iterancestors()):
        return best
    if hint_factor(el, body, measures) < 1.0:  # inside chrome
        return best
    # the post and its headline sit together, in a wrapper that does not hold the scorer's pick
    around = {id(a) for a in el.iterancestors()}
    for headline in itertools.islice(body.iter("h1"), MAX_HEADLINES):
        common = next((a for a in headline.iterancestors() if id(a) in around), None)
        if common is not None and common is not body and not any(a is common for a in best.iterancestors()):
            return el
    return best


# an element that holds this share of its container's score is the article; the rest of the
# container (a sidebar pruning spared, empty wrappers) adds nothing worth its clutter
TIGHT_SHARE = 0.97
TIGHT_TAGS = frozenset({"div", "article", "section", "main"})


def _tighten(best: etree._Element, measures: dict[etree._Element, Measure]) -> etree._Element:
    """The innermost element under `best` that still holds nearly all of its score."""
    m = measures.get(best)
    if m is None or m.score <= 0:
        return best
    while True:
        inner = max((ch for ch in best if ch in measures), key=lambda ch: measures[ch].score, default=None)
        if inner is None or inner.tag not in TIGHT_TAGS or measures[inner].score < TIGHT_SHARE * m.score:
            return best  # (never down to one paragraph: a container is what holds an article)
        best = inner
