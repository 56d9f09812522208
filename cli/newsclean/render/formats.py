"""One article to one output format: the dispatch the commands share."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclean.model import Article


class Format(StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    TEXT = "text"
    HTML = "html"


def render(article: Article, fmt: Format, *, front_matter: bool = True, links: bool = True,
           pretty: bool = False) -> str:
    """The article in a format, ending with a newline."""
    if fmt in (Format.JSON, Format.JSONL):
        from newsclean.render.jsonout import article_dict, dumps

        return dumps(article_dict(article, links=links), indent=2 if pretty else None) + "\n"
    if fmt is Format.MARKDOWN:
        from newsclean.render.markdown import render_document

        return render_document(article, with_front_matter=front_matter, links=links)
    if fmt is Format.TEXT:
        text = article.text
        return text + "\n" if text else ""
    if fmt is Format.HTML:
        from newsclean.render.html import render_html

        return render_html(article, links=links)
    raise ValueError(f"unknown format {fmt}")
