"""A page's text blocks, in page order, numbered: the rows of the explain table."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsclean.textblocks import text_blocks


@dataclass(frozen=True, slots=True)
class Unit:
    index: int
    tag: str
    text: str
    runs: tuple[str, ...] = ()  # the stretches of text between its block children, if several


def html_units(body: etree._Element) -> list[Unit]:
    """Each block element's own text (its inline content, not its block children's)."""
    return [Unit(i, *block) for i, block in enumerate(text_blocks(body))]


def text_units(lines: list[str]) -> list[Unit]:
    return [Unit(i, "line", line) for i, line in enumerate(lines)]
