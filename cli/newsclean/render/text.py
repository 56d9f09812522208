"""Plain text: the body as a reader would copy it, blocks separated by a blank line.

Headings and paragraphs as they read; list items one per line without markers; table
rows one per line with tab-separated cells; figures (images and captions) left out.
"""

from __future__ import annotations

from newsclean.model import (
    Block,
    Code,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Style,
    Table,
)


def spans_text(spans: Inline) -> str:
    return "".join("\n" if s.style is Style.BREAK else s.text for s in spans)


def _list_lines(block: ListBlock) -> list[str]:
    lines: list[str] = []
    for item in block.items:
        text = spans_text(item.spans)
        if text:
            lines.append(text)
        for child in item.children:
            lines.extend(_list_lines(child))
    return lines


def block_text(block: Block) -> str:
    """One block as plain text ('' for figures)."""
    if isinstance(block, (Heading, Paragraph)):
        return spans_text(block.spans)
    if isinstance(block, ListBlock):
        return "\n".join(_list_lines(block))
    if isinstance(block, Quote):
        return "\n\n".join(t for t in map(block_text, block.blocks) if t)
    if isinstance(block, Table):
        return "\n".join("\t".join(spans_text(cell) for cell in row) for row in block.rows)
    if isinstance(block, Code):
        return block.text
    if isinstance(block, Figure):
        return ""
    raise TypeError(f"not a block: {block!r}")


def render_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    return "\n\n".join(t for t in map(block_text, blocks) if t)
