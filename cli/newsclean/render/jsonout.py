"""JSON: the article as one flat object with a fixed set of keys (schema/article.schema.json)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from newsclean.version import __version__

if TYPE_CHECKING:
    from newsclean.model import Article

# the documented keys, in output order; every one is always present
KEYS = (
    "source", "url", "title", "subtitle", "authors", "author_kind", "byline", "published", "first_published",
    "updated", "site_name", "language", "section", "tags", "image", "text", "markdown", "bio",
    "disclaimer", "editors_note", "corrections", "removed", "newsclean_version",
)


def article_dict(article: Article, *, links: bool = True) -> dict[str, object]:
    from newsclean.render.markdown import render_body

    return {
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "subtitle": article.subtitle,
        "authors": list(article.authors),
        "author_kind": article.author_kind,
        "byline": article.byline,
        "published": article.published,
        "first_published": article.first_published,
        "updated": article.updated,
        "site_name": article.site_name,
        "language": article.language,
        "section": article.section,
        "tags": list(article.tags),
        "image": article.image,
        "text": article.text,
        "markdown": render_body(article.blocks, links),
        "bio": article.bio,
        "disclaimer": article.disclaimer,
        "editors_note": article.editors_note,
        "corrections": article.corrections,
        "removed": [r.to_dict() for r in article.removed],
        "newsclean_version": __version__,
    }


def error_dict(source: str, message: str, kind: str, extra: dict[str, object] | None = None) -> dict[str, object]:
    """The record an input that failed stands for in JSON output."""
    record: dict[str, object] = {"source": source, "error": message, "kind": kind}
    if extra:
        record.update(extra)
    return record


def dumps(record: dict[str, object], *, indent: int | None = None) -> str:
    """Deterministic JSON: keys in their given order, UTF-8 text, no NaN."""
    return json.dumps(record, ensure_ascii=False, indent=indent, allow_nan=False)
