"""The blocks under a "Trending" or "Related" heading inside the container: other stories'
teasers, set apart until the story's prose goes on."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from newsclean.content import Measure
from newsclean.model import Category
from newsclean.prune import element_text
from newsclean.reduce_support import P_INLINE

TEASER_HEADINGS = frozenset({Category.RELATED, Category.TRENDING})
MAX_TEASER_CHARS = 400  # a block longer than this under such a heading is the story again
TEASER_BOX_SHARE = 0.3  # a heading's box larger than this share of the container is the story's
LEAF_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"})


class TeaserSection:
    """The element whose later blocks sit under a "Trending" / "Related" heading, while open."""

    def __init__(self) -> None:
        self.scope: etree._Element | None = None
        self.category = Category.RELATED

    @property
    def open(self) -> bool:
        return self.scope is not None

    def start(self, heading: etree._Element, category: Category, measures: dict[etree._Element, Measure],
              total: int) -> None:
        """A "Trending" or "Related" heading: what follows it in its parent is other stories."""
        parent = heading.getparent()
        if category not in TEASER_HEADINGS or parent is None:
            return
        m = measures.get(parent)
        size = m.text if m else len(element_text(parent))
        # only a box of its own: a heading among the story's paragraphs heads no such section
        if size <= TEASER_BOX_SHARE * total:
            self.scope, self.category = parent, category

    def takes(self, el: etree._Element, measures: dict[etree._Element, Measure],
              remove: Callable[[Category, str, str], None]) -> bool:
        """Set apart a block under a "Trending" heading: the teasers' summaries that are left
        when their linked headlines went as links. Long prose ends the section: the story
        goes on after a box of links in the middle of it."""
        scope = self.scope
        if scope is None or not any(anc is scope for anc in el.iterancestors()):
            self.scope = None
            return False
        m = measures.get(el)
        if (m.text if m else len(element_text(el))) > MAX_TEASER_CHARS:
            if el.tag not in LEAF_BLOCKS and any(isinstance(c.tag, str) and c.tag not in P_INLINE for c in el):
                return False  # a wrapper of several teasers: they are judged one by one
            self.scope = None
            return False
        remove(self.category, "under a related heading", element_text(el))
        return True
