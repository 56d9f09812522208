"""Text dumps: lines to blocks, the head of the dump, headings, lists, link lists at the end."""

from __future__ import annotations

import newsclean
from newsclean.model import Category, Heading, ListBlock

DUMP = """Bridge reopens after two years

By Rhea Castell
Published: 12 March 2024
Share on Facebook

Traffic returned to the Old Mill bridge on Monday morning, two years after engineers closed it over fears
for its foundations, and the first buses crossed just after seven o'clock.

What changed

Engineers replaced four of the six piers and strengthened the deck, the council said in a statement that
also thanked residents for their patience during the long diversion.

- Four new piers
- A wider footpath
- New lighting

Shopkeepers on both banks said trade had already picked up.

Related
Council approves new cycle lanes
Flood defences to be reviewed
"""

WRAPPED = "\n".join([
    "A Headline For A Wrapped Dump",
    "",
    "This dump was saved by a tool that wraps every line at about seventy",
    "characters, so that a paragraph is spread over several lines which",
    "have to be joined back together before anything else is done to them.",
    "",
    "The second paragraph is also wrapped by the same tool at the same width",
    "and must come out as one paragraph, not as three short lines of text.",
])


def test_dump_head_and_body():
    a = newsclean.clean(DUMP.encode())
    assert a.title == "Bridge reopens after two years"
    assert a.authors == ("Rhea Castell",)
    assert a.published == "2024-03-12"
    assert a.text.startswith("Traffic returned to the Old Mill bridge")
    assert any(isinstance(b, Heading) and b.spans[0].text == "What changed" for b in a.blocks)
    lists = [b for b in a.blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and [i.spans[0].text for i in lists[0].items] == [
        "Four new piers", "A wider footpath", "New lighting"]
    assert a.text.endswith("Shopkeepers on both banks said trade had already picked up.")


def test_dump_clutter_is_removed_with_reasons():
    a = newsclean.clean(DUMP.encode())
    by_text = {r.text: r.category for r in a.removed}
    assert by_text["Share on Facebook"] is Category.SHARE
    assert by_text["Related"] is Category.RELATED
    assert by_text["Council approves new cycle lanes"] is Category.RELATED
    assert "cycle lanes" not in a.text


def test_hard_wrapped_dump_is_rejoined():
    a = newsclean.clean(WRAPPED.encode(), options=newsclean.Options(input_kind=newsclean.InputKind.TEXT))
    paragraphs = a.text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("This dump was saved") and paragraphs[0].endswith("done to them.")
