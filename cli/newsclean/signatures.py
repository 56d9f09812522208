"""Signatures: the author's name set alone, in bold or italics, as the story's last paragraph
("... the end of the story.</p><p><b><i>Jane Doe</i></b></p>"), the way many small news
sites and magazines sign an article they give no byline. A last resort: read only when no
byline, author field or byline line names anybody."""

from __future__ import annotations

from lxml import etree

from newsclean.authors import clean_name
from newsclean.inline import visible_text
from newsclean.metadata_sources import in_chrome

_EMPHASIS = frozenset({"b", "strong", "i", "em", "font", "span"})
# a signature is a short name; the story before it has at least one real paragraph
MAX_SIGNATURE_CHARS = 60
MIN_STORY_PARAGRAPH_CHARS = 150
MIN_SIGNATURE_WORDS = 2  # one word alone at the end is a greeting's name as often as an author's


def signature(body: etree._Element, site: str | None) -> list[str]:
    """The name signing the story, if its last paragraph is a full name in emphasis alone."""
    for p in body.iter("p"):
        if not _emphasised_alone(p):
            continue
        text = visible_text(p)
        if not text or len(text) > MAX_SIGNATURE_CHARS:
            continue
        name = clean_name(text, site)
        if not name or name != text or len(name.split()) < MIN_SIGNATURE_WORDS or name.isupper() or "." in name:
            continue  # "Mark D.": initials sign a comment or a letter, a full name the story
        if _ends_a_story(p) and not in_chrome(p):
            return [name]
    return []


def _emphasised_alone(p: etree._Element) -> bool:
    """Whether all the paragraph's text sits in one chain of emphasis ("<b><i>Jane Doe</i></b>")."""
    el = p
    while True:
        if (el.text or "").strip() or len(el) != 1:
            return el is not p and len(el) == 0 and bool((el.text or "").strip())
        child = el[0]
        if child.tag not in _EMPHASIS or (child.tail or "").strip():
            return False
        el = child


def _ends_a_story(p: etree._Element) -> bool:
    """Whether the paragraph comes after a story's paragraph and ends its block: nothing with
    text follows it there (a bold "More information" heads a list)."""
    if (p.tail or "").strip() or any(isinstance(sib.tag, str) and visible_text(sib) for sib in p.itersiblings()):
        return False
    return any(sib.tag == "p" and len(visible_text(sib)) >= MIN_STORY_PARAGRAPH_CHARS
               for sib in p.itersiblings(preceding=True))
