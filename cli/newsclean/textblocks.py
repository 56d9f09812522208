"""A page's text blocks, in page order: what a reader would see as separate pieces of text.

Each block element's own text (its inline content, not its block children's). `explain`
matches these to the output; the pipeline uses them to account for a page whose article
came from another tree (readability-lxml's), where no element of the page was chosen.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml import etree

from newsclean import patterns as P
from newsclean.patterns import INLINE_TAGS
from newsclean.text import squash

SKIP = P.DROP_TAGS | {"title"}


class TextBlock(NamedTuple):
    tag: str
    text: str
    # the block's own text in the stretches its block children break it into, when there are
    # several ("Pricing Careers", a heading, "Blog Contact"): each reads as a piece of its own
    runs: tuple[str, ...]


BREAK = "\x00"  # where a block child stood in a block's own text (squash drops it)


def text_blocks(body: etree._Element) -> list[TextBlock]:
    """The text blocks of each block element holding text of its own, in page order. Text
    without a letter or digit (the "| | |" left between a list's links) is no block."""
    found: list[tuple[int, str, list[str]]] = []
    stack: list[list[str]] = []
    order: list[int] = []
    skipping = 0
    position = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or not tag:
            skipping += 1 if event == "start" else -1
            if event == "end" and skipping == 0 and stack and el.tail:
                stack[-1].append(el.tail)
            continue
        if skipping:
            continue
        if event == "start":
            stack.append([el.text or ""])
            order.append(position)
            position += 1
            continue
        parts = stack.pop()
        index = order.pop()
        if tag in INLINE_TAGS and stack:
            stack[-1].extend(parts)
        else:
            found.append((index, tag, parts))
            if stack:
                stack[-1].append(BREAK)
        if stack and el.tail:
            stack[-1].append(el.tail)
    blocks: list[TextBlock] = []
    for _, tag, parts in sorted(found, key=lambda f: f[0]):
        joined = "".join(parts)
        text = squash(joined.replace(BREAK, " "))
        if _says_something(text):
            runs = tuple(run for run in map(squash, joined.split(BREAK)) if _says_something(run))
            blocks.append(TextBlock(tag, text, runs if len(runs) > 1 else ()))
    return blocks


def _says_something(text: str) -> bool:
    return any(ch.isalnum() for ch in text)
