"""Stage 5b, split the parts: what belongs to the article but not to its body.

Works on reduced blocks, so HTML pages and text dumps share it: pull quotes that
repeat the body (and a stray name after one), bylines and date lines at the top,
editor's notes and corrections, the disclaimer, and the author bio(s) at the end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclean import phrases, reviewers
from newsclean.author_names import labelled_names
from newsclean.authors import MAX_BYLINE_LINE_CHARS, byline_names, clean_name, split_names
from newsclean.model import Block, Category, Heading, Paragraph, Part, Quote, Removal, Role
from newsclean.render.text import block_text
from newsclean.text import key

# a block repeated inside a longer one is a pull quote only if it says this much
MIN_PULL_QUOTE_WORDS = 6
MAX_PULL_QUOTE_CHARS = 500
# bios sit in the last few blocks of the body, and are a few sentences long
BIO_TAIL_BLOCKS = 4
MAX_BIO_CHARS = 1200
MAX_NOTE_CHARS = 1500
MAX_DISCLAIMER_CHARS = 900
# a byline or date line is only looked for among the first blocks
HEAD_BLOCKS = 4
# an "About the author" section is looked for in this last share of the body
ABOUT_TAIL_SHARE = 0.4
# a wire credit line is one short line
MAX_CREDIT_CHARS = 300
# notes, corrections and disclaimers stand at the top or the bottom of an article
NOTE_HEAD_BLOCKS = 3
NOTE_TAIL_BLOCKS = 6


@dataclass(slots=True)
class Split:
    blocks: list[Block]
    parts: list[Part] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

    def texts(self, role: Role) -> list[str]:
        return [p.text for p in self.parts if p.role is role]


def split(blocks: list[Block], parts: list[Part], pull_quotes: set[int], authors: list[str],
          site: str | None = None) -> Split:
    """Separate body blocks from the article's other parts."""
    out = Split(blocks=list(blocks), parts=list(parts), authors=list(authors))
    _pull_quotes(out, pull_quotes)
    _head(out, site)
    _credit_lines(out, site)
    _notes(out)
    _about_sections(out)
    _bios(out)
    _orphan_headings(out)
    return out


def _texts(out: Split) -> list[str]:
    return [block_text(b) for b in out.blocks]


def _pull_quotes(out: Split, hinted: set[int]) -> None:
    """Drop blocks that repeat a sentence of another block, and a bare name after one."""
    texts = _texts(out)
    keys = [key(t) for t in texts]
    drop: dict[int, tuple[Category, str]] = {}
    seen: dict[str, int] = {}
    # every block's key in one string: a key found there more often than blocks have it as
    # their whole key sits inside a longer block (one C scan instead of a scan per block pair)
    everything = "\0".join(keys)
    whole = Counter(keys)
    for i, (block, k) in enumerate(zip(out.blocks, keys, strict=False)):
        if not k or not isinstance(block, (Paragraph, Quote, Heading)):
            continue
        if k in seen and len(k.split()) >= MIN_PULL_QUOTE_WORDS:
            drop[i] = (Category.DUPLICATE, "repeats an earlier block")
            continue
        seen.setdefault(k, i)
        if len(texts[i]) > MAX_PULL_QUOTE_CHARS or len(k.split()) < MIN_PULL_QUOTE_WORDS:
            continue
        if everything.count(k) > whole[k]:
            rule = "pull quote repeating the body" if i in hinted else "block repeating the body"
            drop[i] = (Category.PULL_QUOTE, rule)
            nxt = i + 1
            if nxt < len(texts) and _is_bare_name(texts[nxt], out.authors):
                drop[nxt] = (Category.PULL_QUOTE, "name under a pull quote")
    _drop(out, drop, texts)


def _is_bare_name(text: str, authors: list[str]) -> bool:
    if len(text) > MAX_BARE_NAME_CHARS:
        return False  # a paragraph, not a name (and reading it as one is dear)
    name = clean_name(text)
    if not name or name != text.strip():
        return False
    if authors:
        return any(key(name) == key(a) for a in authors)
    return 2 <= len(name.split()) <= 4


# longer than any person's name, four words long at most
MAX_BARE_NAME_CHARS = 120


def _drop(out: Split, drop: dict[int, tuple[Category, str]], texts: list[str]) -> None:
    if not drop:
        return
    for i in sorted(drop):
        category, rule = drop[i]
        out.removed.append(Removal(category, rule, texts[i]))
    out.blocks = [b for i, b in enumerate(out.blocks) if i not in drop]


def _head(out: Split, site: str | None) -> None:
    """Bylines and bare author names among the first blocks."""
    texts = _texts(out)
    drop: dict[int, tuple[Category, str]] = {}
    story_begun = False  # a reviewer's credit stands above the story's first paragraph
    for i, text in enumerate(texts[:HEAD_BLOCKS]):
        if not isinstance(out.blocks[i], Paragraph) or i in drop:
            continue
        if not story_begun and _reviewer_credit(out, texts, i, drop):
            continue
        story_begun = story_begun or len(text) > reviewers.MAX_LINE_CHARS
        names = byline_names(text, site)
        if names:
            out.parts.append(Part(Role.BYLINE, text, "byline line"))
            if not out.authors:
                out.authors = names
            drop[i] = (Category.METADATA, "byline line")
        elif out.authors and _is_bare_name(text, out.authors):
            out.parts.append(Part(Role.BYLINE, text, "author name line"))
            drop[i] = (Category.METADATA, "author name line")
    for i in drop:
        texts[i] = ""
    out.blocks = [b for i, b in enumerate(out.blocks) if i not in drop]


def _reviewer_credit(out: Split, texts: list[str], i: int, drop: dict[int, tuple[Category, str]]) -> bool:
    """A reviewer's credit under the headline ("Medically reviewed by Jane Doe, MD"), or its
    label alone with the name in the next short block ("Fact checked by" / "John Roe"):
    metadata, listed among the removals, and no byline."""
    text = texts[i]
    if len(text) > reviewers.MAX_LINE_CHARS or not reviewers.opens_with_label(text):
        return False
    if reviewers.label_only(text):  # the name in the next block, or gone already (a link line)
        nxt = texts[i + 1] if i + 1 < len(texts) and isinstance(out.blocks[i + 1], Paragraph) else ""
        if nxt and reviewers.reviewer_line(f"{text} {nxt}"):
            drop[i + 1] = (Category.METADATA, reviewers.RULE)
            text = f"{text} {nxt}"
    elif not reviewers.reviewer_line(text):
        return False
    drop[i] = (Category.METADATA, reviewers.RULE)
    out.removed.append(Removal(Category.METADATA, reviewers.RULE, text))
    return True


def _credit_lines(out: Split, site: str | None) -> None:
    """A wire credit line at the end ("Reporting by A; Editing by B") is the byline. A labelled
    one ("Autoren: A und B", "Text: A") names the authors too, but stays: it often goes on
    with the author's affiliation, which belongs to the story."""
    tail = len(out.blocks) - NOTE_TAIL_BLOCKS
    for i in range(len(out.blocks) - 1, max(tail, 0) - 1, -1):
        block = out.blocks[i]
        text = block_text(block)
        if not isinstance(block, Paragraph) or len(text) > MAX_CREDIT_CHARS:
            continue
        if not phrases.CREDIT_LINE.match(text):
            if not out.authors and len(text) <= MAX_BYLINE_LINE_CHARS and phrases.AUTHOR_LABEL_LINE.match(text):
                out.authors = labelled_names(text, site)
            continue
        out.parts.append(Part(Role.BYLINE, text, "wire credit line"))
        if not out.authors:
            out.authors = split_names(text, site)
        del out.blocks[i]
        return


NOTE_RULES: tuple[tuple[Role, object, int], ...] = (
    (Role.EDITORS_NOTE, phrases.EDITORS_NOTE, MAX_NOTE_CHARS),
    (Role.CORRECTION, phrases.CORRECTION, MAX_NOTE_CHARS),
    (Role.DISCLAIMER, phrases.DISCLAIMER, MAX_DISCLAIMER_CHARS),
)


def _notes(out: Split) -> None:
    """Editor's notes, corrections and disclaimers: among the first and the last blocks."""
    kept: list[Block] = []
    last = len(out.blocks) - NOTE_TAIL_BLOCKS
    for i, block in enumerate(out.blocks):
        if isinstance(block, Paragraph) and (i < NOTE_HEAD_BLOCKS or i >= last):
            text = block_text(block)
            role = _note_role(text)
            if role is not None:
                out.parts.append(Part(role, text, f"{role.value} wording"))
                continue
        kept.append(block)
    out.blocks = kept


def _note_role(text: str) -> Role | None:
    for role, pattern, limit in NOTE_RULES:
        if role is Role.DISCLAIMER and not may_be_disclaimer(text):
            continue
        if len(text) <= limit and pattern.search(text):  # type: ignore[attr-defined]
            return role
    return None


# A word that every way phrases.DISCLAIMER has of matching contains (tests/test_parts_speed.py
# checks each of its alternatives): the pattern tries two dozen alternatives at every position
# of a paragraph, 0.3 ms for a long one, where these substring tests take microseconds.
DISCLAIMER_WORDS = (
    "disclaimer", "disclosure", "express", "views", "reflect", "represent", "author", "writer",
    "financial", "business", "commercial", "haftungsausschluss", "hinweis der redaktion", "meinung",
    "engage", "opinion", "propos", "points de vue", "refleja", "الآراء", "تعبر",
)


def may_be_disclaimer(text: str) -> bool:
    folded = text.lower()
    return any(word in folded for word in DISCLAIMER_WORDS)


def _about_sections(out: Split) -> None:
    """An "About the author" section in the last part of the body is the author's bio."""
    start = int(len(out.blocks) * (1 - ABOUT_TAIL_SHARE))
    for i in range(len(out.blocks) - 1, start - 1, -1):
        block = out.blocks[i]
        if not isinstance(block, Heading) or not phrases.ABOUT_AUTHOR_HEADING.match(block_text(block)):
            continue
        end = next((j for j in range(i + 1, len(out.blocks)) if isinstance(out.blocks[j], Heading)),
                   len(out.blocks))
        section = [t for t in (block_text(b) for b in out.blocks[i + 1 : end]) if t]
        if section:
            out.parts.append(Part(Role.BIO, "\n\n".join(section), "about-the-author section"))
            out.removed.append(Removal(Category.AUTHOR_BOX, "about-the-author heading", block_text(block)))
            del out.blocks[i:end]
        return


def _bios(out: Split) -> None:
    """Author bios: the last paragraphs that say who the author is."""
    found: list[str] = []
    while out.blocks and len(found) < BIO_TAIL_BLOCKS:
        block = out.blocks[-1]
        if not isinstance(block, Paragraph):
            break
        text = block_text(block)
        if not is_bio(text, out.authors):
            break
        found.append(text)
        out.blocks.pop()
    for text in reversed(found):
        out.parts.append(Part(Role.BIO, text, "bio wording at the end"))


def _orphan_headings(out: Split) -> None:
    """A heading left with nothing under it (its list of links was removed) goes too."""
    kept: list[Block] = []
    for i, block in enumerate(out.blocks):
        if isinstance(block, Heading):
            nxt = out.blocks[i + 1] if i + 1 < len(out.blocks) else None
            if nxt is None or (isinstance(nxt, Heading) and nxt.level <= block.level):
                out.removed.append(Removal(Category.BOILERPLATE, "heading left without content", block_text(block)))
                continue
        kept.append(block)
    out.blocks = kept


def is_bio(text: str, authors: list[str]) -> bool:
    """Whether a paragraph introduces a person the way an author bio does."""
    if len(text) > MAX_BIO_CHARS:
        return False
    m = phrases.BIO_VERB.match(text)
    if not m:
        return False
    subject = key(m.group("name"))
    if authors:
        for author in authors:
            parts = key(author).split()
            if subject == key(author) or (parts and subject in parts):
                return True
        return False
    name = clean_name(m.group("name"))
    return name is not None and len(name.split()) >= 2 and bool(phrases.BIO_CUES.search(text))
