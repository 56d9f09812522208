"""Verdicts on single blocks inside the article container: clutter by its words or its links."""

from __future__ import annotations

from newsclean.model import Category
from newsclean.phrases import CLUTTER_LINES, MAX_CLUTTER_CHARS

Verdict = tuple[Category, str]

# share of a block's text that sits in links, above which the block is a link list
LIST_LINK_SHARE = 0.6
BLOCK_LINK_SHARE = 0.7
LINE_LINK_SHARE = 0.95
# a link-only paragraph longer than this is a sentence that happens to be linked
MAX_LINK_LINE_CHARS = 120
# a link-dense container larger than this is more likely a link-rich article section
MAX_LINK_BLOCK_CHARS = 3000
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})


def judge_line(text: str) -> Verdict | None:
    """(category, rule) if a short block of text is a known kind of clutter."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CLUTTER_CHARS:
        return None
    for category, rule, pattern in CLUTTER_LINES:
        if pattern.search(stripped):
            return category, rule
    return None


def judge_links(tag: str, text: int, links: int) -> Verdict | None:
    """(category, rule) if a block is mostly links: menus, teaser lists, "read more" lines."""
    if text == 0 or links == 0:
        return None
    share = links / text
    if tag in LIST_TAGS:
        if share >= LIST_LINK_SHARE:
            return Category.RELATED, f"link list ({share:.0%} links)"
        return None
    if tag == "p":
        if share >= LINE_LINK_SHARE and text <= MAX_LINK_LINE_CHARS:
            return Category.RELATED, f"link-only line ({share:.0%} links)"
        return None
    if share >= BLOCK_LINK_SHARE and text <= MAX_LINK_BLOCK_CHARS:
        return Category.RELATED, f"link-dense block ({share:.0%} links)"
    return None
