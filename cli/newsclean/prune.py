"""Stage 3, prune: cut page chrome out of the tree, each cut labelled with a category and rule.

One walk from <body> down; a removed element's subtree is not visited. Strong hints
(cookie, newsletter, share, comments ...) are trusted wherever they appear; weak ones
(header, footer, sidebar, navigation, hidden) are not trusted on an element that holds
most of the page's text, since some sites wrap the whole page in a "has-sidebar" div.
Author boxes are set aside, not discarded: the parts stage decides whether one is the
article author's bio.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from lxml import etree

from newsclean import patterns as P
from newsclean.hints import class_hint, classify, holds_paragraphs, is_hidden
from newsclean.model import Category, Removal
from newsclean.text import clean_control, squash

# a weakly-hinted element holding more than this share of the page's prose is kept
WEAK_MAX_SHARE = 0.35
# an element with this share of the page's prose wraps the page, whatever its name
PAGE_WRAPPER_SHARE = 0.6
# shares are only trusted above this many characters (tiny pages have tiny chrome)
MIN_GUARD_CHARS = 300
# Chrome that never holds much prose: an element with one of these hints and more prose
# than this is a misnamed container (an article wrapper called "...-ad-right") and is kept.
MAX_PROSE_BY_CATEGORY = {
    Category.ADVERTISEMENT: 1500,
    Category.SHARE: 800,
    Category.READER_WIDGET: 800,
    Category.BREADCRUMB: 600,
    Category.NEWSLETTER: 1500,
    Category.COOKIE_BANNER: 20000,  # consent managers describe every vendor at length
    Category.PAYWALL: 1500,  # more prose than that behind a paywall class is the gated story itself
    Category.AUTHOR_BOX: 3000,
}

# lists of other stories are headlines and snippets: one holding this share of the page's prose
# (outside links) is the story itself, in a wrapper named for its "Read more" expander
LISTS_OF_OTHER_STORIES = frozenset({Category.RELATED, Category.TRENDING})
STORY_SHARE = 0.6
# ... unless it reads like a list: one linked headline (this long) or more per 1,000 characters
TEASER_LINK_CHARS = 25
TEASER_LINKS_PER_1000 = 1.5

# navigation is links; a "nav"-named element with this much prose outside links, most of it in
# paragraphs, is a section of the article ("content-nav-section", a table of contents' target)
MAX_NAVIGATION_PROSE = 1000

# code is printed as it stands: the classes of a highlighter's spans inside it name tokens
# ("hljs-comment", "token comment"), not page chrome, so nothing inside a code block (one of
# inline markup only) is judged by its class
CODE_TAGS = frozenset({"pre", "code"})

# the page's main landmarks are never pruned by a weak hint (a "main--nav-open" <main>)
LANDMARKS = frozenset({"main", "article", "body"})


@dataclass(slots=True)
class Pruning:
    removed: list[Removal] = field(default_factory=list)
    author_boxes: list[etree._Element] = field(default_factory=list)
    # layout chrome (sidebars, footers) kept only because it held much of the page's prose:
    # not the article's either, unless the article turns out to be inside it
    spared: dict[etree._Element, tuple[Category, str]] = field(default_factory=dict)


def text_len(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


_ASKED_BY_TAG = frozenset({*P.CHROME_TAGS, "header"})


def prose_sizes(body: etree._Element) -> dict[etree._Element, int]:
    """One post-order walk: each element's characters of text outside links (prose), which
    page chrome has little of."""
    out: dict[etree._Element, int] = {}
    stack: list[list[int]] = []  # [text, link text]
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            text = el.text
            stack.append([len(text.strip()) if text else 0, 0])
            continue
        total, links = stack.pop()
        if el.tag == "a":
            links = total
        prose = total - links
        # kept only where prune() will ask (absent means 0): a dict of every element of a
        # 20 MB page costs more in memory traffic than the walk itself
        if prose and (not stack or el.tag in _ASKED_BY_TAG or len(el.attrib)):
            out[el] = prose
        if stack:
            tail = el.tail
            parent = stack[-1]
            parent[0] += total + (len(tail.strip()) if tail else 0)
            parent[1] += links
    return out


def element_text(el: etree._Element) -> str:
    return squash(" ".join(el.itertext()))


# where two pieces of an element's text meet with no blank between them, before a mark that
# closes a phrase or after one that opens it: "By <a>Jane Doe</a>, editor", "(<a>Acme</a>)"
_JOINT = "\x00"  # (never in page text: decoding drops it, the parser replaces it)
_TIGHT_JOINT = re.compile(r"(?<=\S)\x00(?=[,.;:!?)\]…])|(?<=[(\[])\x00(?=\S)")


def line_text(el: etree._Element) -> str:
    """An element's text as one line that reads like the page: its pieces joined by blanks (block
    boundaries and CSS-set gaps show none in the markup), but none before a comma or a full stop
    that follows an inline element directly ("By Jane Doe, editor", not "By Jane Doe , editor")."""
    joined = _JOINT.join(el.itertext())
    return squash(_TIGHT_JOINT.sub("", joined).replace(_JOINT, " "))


def text_without(el: etree._Element, skip: Collection[etree._Element]) -> str:
    """An element's text as element_text reads it, the subtrees in `skip` left out (their tails
    kept). A stack, not recursion (pages nest deeper than Python's stack); a string on it is
    a tail waiting until its element's children are read."""
    pieces: list[str] = []
    stack: list[etree._Element | str] = [el]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        if isinstance(item.tag, str) and item.text:
            pieces.append(item.text)
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            if child not in skip:
                stack.append(child)
    return squash(" ".join(pieces))


def detach(el: etree._Element) -> None:
    """Remove an element but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    # a block element was a line break between the text around it: keep one
    gap = "" if el.tag in P.INLINE_TAGS else "\n"
    tail = gap + (el.tail or "")
    if tail.strip() or gap:
        prev = el.getprevious()
        # lxml refuses control characters in text it is given, though its parser keeps them
        if prev is not None:
            prev.tail = clean_control((prev.tail or "") + tail)
        else:
            parent.text = clean_control((parent.text or "") + tail)
    parent.remove(el)


_ARTICLE_BODY = etree.XPath('.//*[@itemprop="articleBody"]')


def drop_code_and_widgets(body: etree._Element) -> list[Removal]:
    """Scripts and styles go in one C-level pass; widgets go unless they swallowed content.

    Widgets that showed text (button labels, <noscript> notices) are recorded."""
    etree.strip_elements(body, *P.DROP_TAGS, with_tail=False)
    removed: list[Removal] = []
    swollen = False
    gone: set[etree._Element] = set()
    for el in list(body.iter(*P.WIDGET_TAGS)):
        if any(anc in gone for anc in el.iterancestors()):
            continue
        # a widget that swallowed the page holds its elements; a <textarea> holding only text
        # (a "republish this story" box full of HTML source) swallowed nothing
        if text_len(el) > P.MAX_WIDGET_CHARS and (el.tag != "textarea" or len(el)):
            swollen = True
            continue
        text = element_text(el)
        if text:
            removed.append(Removal(Category.BOILERPLATE, f"<{el.tag}> control", text))
        gone.add(el)
        detach(el)
    if swollen:
        etree.strip_tags(body, *P.WIDGET_TAGS)
    return removed


def _in_caption(el: etree._Element) -> bool:
    return any(anc.tag == "figcaption" for anc in el.iterancestors()) or el.tag == "figcaption"


def _in_article(el: etree._Element) -> bool:
    """Whether an element sits inside an <article> or <main> (its header is the article's own)."""
    return any(anc.tag in ("article", "main") for anc in el.iterancestors())


def shielded(body: etree._Element) -> set[etree._Element]:
    """The marked article body (itemprop=articleBody) and its ancestors: never pruned."""
    keep: set[etree._Element] = set()
    for el in _ARTICLE_BODY(body):
        chain = [el, *el.iterancestors()]
        if any(is_hidden(a) for a in chain):  # a hidden copy of the body, for search engines
            continue
        keep.update(chain)
    return keep


def prune(body: etree._Element, protect: etree._Element | None = None,
          spare_kinds: frozenset[Category] = frozenset()) -> Pruning:
    """Remove chrome from the tree under `body`; return what was removed and why.

    `protect` (a site rule's body element) and its ancestors are never cut, nor is chrome
    of the categories in `spare_kinds`."""
    result = Pruning()
    result.removed.extend(drop_code_and_widgets(body))
    keep = shielded(body)
    if protect is not None:
        keep.add(protect)
        keep.update(protect.iterancestors())
    sizes = prose_sizes(body)
    total = max(sizes.get(body, 0), 1)
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str):  # comments or processing instructions that survived
            detach(el)
            continue
        verdict = None if el in keep else classify(el, tag)
        if verdict is not None and verdict[0] is Category.FOOTER and _in_caption(el):
            verdict = None  # "c-media__copyright" in a caption is the picture's credit, kept with it
        if verdict is not None and verdict[0] in spare_kinds:
            verdict = None
        if verdict is not None:
            category, rule, strong = verdict
            action = KEEP if tag in LANDMARKS and not strong else _judge(el, sizes.get(el, 0), total, category, strong)
            if action == CUT:
                _cut(el, category, rule, result)
                continue
            if action == SPARE:
                result.spared[el] = (category, rule)
        if tag not in CODE_TAGS or not _code_only(el):
            stack.extend(reversed(el))
    return result


CUT, SPARE, KEEP = "cut", "spare", "keep"


def _code_only(el: etree._Element) -> bool:
    """Whether a <pre> or <code> holds only inline markup: a code block, not an unclosed tag
    that swallowed the rest of the page (whose chrome is pruned as anywhere else)."""
    return all(not isinstance(d.tag, str) or d.tag in P.INLINE_TAGS for d in el.iterdescendants())


def _judge(el: etree._Element, size: int, total: int, category: Category, strong: bool) -> str:
    """What to do with hinted chrome: cut it, spare it (chrome that holds much prose: kept
    in the tree but not trusted as article), or keep it (a misnamed article or page wrapper)."""
    if category is Category.HIDDEN and size < MIN_GUARD_CHARS:
        return CUT  # a hidden screen of a login dialog has headings of its own ("Create a new password")
    if el.find(".//h1") is not None:  # chrome does not wrap the headline: judge its parts one by one
        return KEEP
    if size < MIN_GUARD_CHARS:
        return CUT
    hint = class_hint(el)
    if hint and P.SPECIFIC_BODY_HINT.search(hint):  # "entry-content-read-more"
        return KEEP
    share = size / total
    if strong:
        if category in LISTS_OF_OTHER_STORIES and share > STORY_SHARE and not _teasers(el, size):
            return KEEP  # a "read more" wrapper around the collapsed story, not a list of others
        return KEEP if size > MAX_PROSE_BY_CATEGORY.get(category, size) else CUT
    if share > PAGE_WRAPPER_SHARE:
        return KEEP
    if category is Category.NAVIGATION and size > MAX_NAVIGATION_PROSE and holds_paragraphs(el, size // 2):
        return KEEP  # menus are links: paragraphs of prose under a "nav" name are a section of text
    return SPARE if share > WEAK_MAX_SHARE else CUT


def _teasers(el: etree._Element, size: int) -> bool:
    """Whether an element's links make it a list of other stories' headlines."""
    headlines = sum(1 for a in el.iter("a") if len(squash(" ".join(a.itertext()))) >= TEASER_LINK_CHARS)
    return headlines * 1000 >= TEASER_LINKS_PER_1000 * size


def _cut(el: etree._Element, category: Category, rule: str, result: Pruning) -> None:
    if category is Category.AUTHOR_BOX:
        result.author_boxes.append(el)
        detach(el)
        return
    text = element_text(el)
    if text:
        result.removed.append(Removal(category, rule, text))
    detach(el)
