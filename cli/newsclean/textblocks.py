"""A page's text blocks, in page order: what a reader would see as separate pieces of text.

Each block element's own text (its inline content, not its block children's). `explain`
matches these to the output; the pipeline uses them to account for a page whose article
came from another tree (readability-lxml's), where no element of the page was chosen.
"""

from __future__ import annotations

from lxml import etree

from newsclean import patterns as P
from newsclean.patterns import INLINE_TAGS
from newsclean.text import squash

SKIP = P.DROP_TAGS | {"title"}


def text_blocks(body: etree._Element) -> list[tuple[str, str]]:
    """(tag, text) of each block element holding text of its own, in page order. Text
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
                stack[-1].append(" ")
        if stack and el.tail:
            stack[-1].append(el.tail)
    blocks: list[tuple[str, str]] = []
    for _, tag, parts in sorted(found, key=lambda f: f[0]):
        text = squash("".join(parts))
        if any(ch.isalnum() for ch in text):
            blocks.append((tag, text))
    return blocks
