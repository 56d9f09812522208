"""The lead: the paragraph(s) between the headline and the body container.

Many CMSs print the story's opening paragraph (teaser, intro, excerpt, chapô) in the
article's header, beside its headline, and the rest of the body in a container of its own
("news-text", "entry-content"). The scorer picks that container: the lead is outside it.
The lead is found between the headline and the container, in the smallest element that holds
both, and only as prose blocks: a byline, a date, a caption or a share bar is no lead.
"""

from __future__ import annotations

from lxml import etree

from newsclean import patterns as P
from newsclean.content import Measure
from newsclean.hints import class_hint
from newsclean.reduce_support import same_title
from newsclean.text import key

# the headline is looked for this many levels above the container, no further
MAX_LEVELS = 6
HEADLINE_TAGS = ("h1", "h2", "h3")
# a lead block holds this much prose (outside links); one named as a lead a little less
MIN_LEAD_PROSE = 80
MIN_NAMED_LEAD_PROSE = 30
# links in a lead are few: a block with more than this share of link text is a teaser list
MAX_LEAD_LINK_SHARE = 0.3
# a lead is a few paragraphs, less than the body it opens
MAX_LEAD_BLOCKS = 3
MAX_LEAD_CHARS = 1500
MAX_LEAD_SHARE = 0.5
# the blocks that may be a lead: paragraphs, and the elements CMSs use as paragraphs
LEAD_TAGS = frozenset({"p", "div", "section", "header", "hgroup", "span", "strong", "b"})
# never a lead, nor inside one: pictures and their captions, lists, tables, headings
SKIP_TAGS = frozenset({"figure", "figcaption", "picture", "img", "ul", "ol", "dl", "table", "form",
                       "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})


def lead_blocks(container: etree._Element, measures: dict[etree._Element, Measure],
                title_key: str = "") -> list[etree._Element]:
    """The lead's blocks, in page order, or [] when there is none (or no headline above).

    The headline is an <h1>, or an <h2>/<h3> that repeats the page's title (`title_key`,
    text.key form) or is marked itemprop=headline."""
    m = measures.get(container)
    if m is None or m.text - m.links <= 0:
        return []
    region = _between(container, title_key)
    if not region:
        return []
    found: list[etree._Element] = []
    for el in region:
        _collect(el, measures, found)
        if len(found) > MAX_LEAD_BLOCKS:
            return []
    prose = sum(measures[el].text - measures[el].links for el in found)
    if prose > MAX_LEAD_CHARS or prose > MAX_LEAD_SHARE * (m.text - m.links):
        return []
    return found


def _is_headline(el: etree._Element, title_key: str) -> bool:
    if el.tag == "h1" or el.get("itemprop") == "headline":
        return True
    return bool(title_key) and same_title(key(" ".join(el.itertext())), title_key)


def _between(container: etree._Element, title_key: str) -> list[etree._Element]:
    """The subtrees after the headline and before the container, in page order."""
    chain = [container]
    for anc in container.iterancestors():
        if len(chain) > MAX_LEVELS or anc.tag == "body":
            break
        chain.append(anc)
    index = {id(a): i for i, a in enumerate(chain)}
    headline = None
    level = 0
    for h1 in chain[-1].iter(*HEADLINE_TAGS):
        if not _is_headline(h1, title_key):
            continue
        common = next((a for a in h1.iterancestors() if id(a) in index), None)
        if common is None:
            continue
        if common is container:
            return []  # the headline is inside: so is its lead
        side = next(a for a in (h1, *h1.iterancestors()) if a.getparent() is common)
        at = index[id(common)]
        if common.index(side) > common.index(chain[at - 1]):
            break  # after the container, and so are the headlines that follow
        headline, level = h1, at  # the last headline before the container
    if headline is None:
        return _named_before(chain)
    common = chain[level]
    out: list[etree._Element] = []
    # the headline's side: what follows it up to the common ancestor's child holding it
    node = headline
    while node.getparent() is not common:
        out.extend(node.itersiblings())
        node = node.getparent()
    # between the two sides, at the common ancestor
    stop = chain[level - 1]
    for sib in node.itersiblings():
        if sib is stop:
            break
        out.append(sib)
    # the container's side: what comes before it, from the top down
    for i in range(level - 1, 0, -1):
        out.extend(reversed(list(chain[i - 1].itersiblings(preceding=True))))
    return out


# with no headline left (pruned with a "header" it sat in), a lead is taken only by its name,
# right before the container or one of its nearest ancestors
NAMED_LEVELS = 3


def _named_before(chain: list[etree._Element]) -> list[etree._Element]:
    """The element named as a lead that comes right before the container (pictures aside)."""
    for node in chain[:NAMED_LEVELS]:
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            hint = class_hint(sib)
            if hint and P.LEAD_HINT.search(hint):
                return [sib]
            if sib.tag in SKIP_TAGS or (hint and P.LEAD_SKIP_HINT.search(hint)) or not "".join(sib.itertext()).strip():
                continue
            return []
    return []


def _collect(el: etree._Element, measures: dict[etree._Element, Measure], found: list[etree._Element]) -> None:
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return
    m = measures.get(el)
    if m is None or m.text == 0:
        return
    hint = class_hint(el)
    if hint and (P.LEAD_SKIP_HINT.search(hint) or P.BYLINE_HINT.search(hint) or P.DATE_HINT.search(hint)):
        return
    blocks = [ch for ch in el if isinstance(ch.tag, str) and ch.tag not in P.INLINE_TAGS]
    if tag in LEAD_TAGS and not blocks:
        prose = m.text - m.links
        named = bool(hint) and P.LEAD_HINT.search(hint) is not None
        if prose >= (MIN_NAMED_LEAD_PROSE if named else MIN_LEAD_PROSE) and m.links <= MAX_LEAD_LINK_SHARE * m.text:
            found.append(el)
        return
    for ch in blocks:
        _collect(ch, measures, found)
