"""A page's text blocks, in page order: what a reader would see as separate pieces of text."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsclean import patterns as P
from newsclean.patterns import INLINE_TAGS
from newsclean.text import squash


@dataclass(frozen=True, slots=True)
class Unit:
    index: int
    tag: str
    text: str


SKIP = P.DROP_TAGS | {"title"}


def html_units(body: etree._Element) -> list[Unit]:
    """Each block element's own text (its inline content, not its block children's)."""
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
    units: list[Unit] = []
    for _, tag, parts in sorted(found, key=lambda f: f[0]):
        text = squash("".join(parts))
        if text:
            units.append(Unit(len(units), tag, text))
    return units


def text_units(lines: list[str]) -> list[Unit]:
    return [Unit(i, "line", line) for i, line in enumerate(lines)]
