"""Stage 4, find the main content: which element of the pruned tree holds the article.

The page's text is cut into units (a block element's own inline text: a paragraph,
a list item, a cell). Each unit weighs its non-link characters if it reads like
prose, and counts against its ancestors if it is mostly links (menus, teaser lists).
One bottom-up walk sums the weights; the element with the largest sum is the tightest
container that holds the most prose and the least clutter. Class hints
(itemprop=articleBody, "article-body", "entry-content" ...) settle near-ties.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsclean import patterns as P
from newsclean.prune import class_hint

# Tags whose text flows into the enclosing block (they never form a unit of their own).
INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q "
    "rp rt ruby s samp small span strike strong sub sup time tt u var wbr br img picture "
    "source".split()
)
# a unit whose link text exceeds this share of its text reads as navigation, not prose
LINK_UNIT_SHARE = 0.5
# units shorter than this (characters) are labels, buttons, dates: a small negative weight
SHORT_UNIT = 25
SHORT_UNIT_WEIGHT = -0.3
LINK_UNIT_WEIGHT = -0.6
# a hinted body element within this share of the best score is preferred to it
HINT_TIE_SHARE = 0.8


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


def unit_weight(own: int, own_links: int) -> float:
    """How much one block of text counts for (or against) its containers."""
    if own_links > LINK_UNIT_SHARE * own:
        return LINK_UNIT_WEIGHT * own
    if own < SHORT_UNIT:
        return SHORT_UNIT_WEIGHT * own
    return float(own - own_links)


def measure(body: etree._Element) -> dict[etree._Element, Measure]:
    """One post-order walk: score, text length and link-text length of every element."""
    out: dict[etree._Element, Measure] = {}
    # frame: [own text, own link text, score, text, links]
    stack: list[list[float]] = []
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            text = el.text
            n = len(text.strip()) if text else 0
            stack.append([n, 0, 0.0, n, 0])
            continue
        own, own_links, score, total, links = stack.pop()
        tag = el.tag
        inline = tag in INLINE_TAGS
        if tag == "a":
            links = total
            own_links = own
        if not inline and own > 0:
            score += unit_weight(int(own), int(own_links))
        out[el] = Measure(score, int(total), int(links))
        if not stack:
            continue
        parent = stack[-1]
        tail = el.tail
        tail_len = len(tail.strip()) if tail else 0
        parent[2] += score
        parent[3] += total + tail_len
        parent[4] += links
        parent[0] += tail_len
        if inline:
            parent[0] += own
            parent[1] += own_links
    return out


def _hinted(el: etree._Element) -> bool:
    if el.get("itemprop") == "articleBody":
        return True
    hint = class_hint(el)
    return bool(hint) and P.BODY_HINT.search(hint) is not None


def choose(body: etree._Element) -> Found:
    """The element that best holds the article (the body itself if nothing scores)."""
    measures = measure(body)
    best, best_score = body, float("-inf")
    for el, m in measures.items():
        if m.score > best_score:
            best, best_score = el, m.score
    if best_score <= 0:
        return Found(body, "whole page", measures)
    strategy = "text density"
    # a hinted element close to the best, above or below it, is the better-named container
    for el in _hint_candidates(best):
        m = measures.get(el)
        if m is not None and m.score >= HINT_TIE_SHARE * best_score:
            return Found(el, "text density + class hint", measures)
    return Found(best, strategy, measures)


def _hint_candidates(best: etree._Element) -> list[etree._Element]:
    """Hinted elements among the best element itself, its ancestors and its descendants."""
    if _hinted(best):
        return []
    found = [el for el in best.iterdescendants() if isinstance(el.tag, str) and _hinted(el)]
    found.extend(el for el in best.iterancestors() if _hinted(el))
    return found
