"""HTML: the cleaned article as a small, self-contained, script-free document (for archivists)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from newsclean.model import Article

_TAGS = {Style.STRONG: "strong", Style.EM: "em", Style.CODE: "code"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/")


def _href(url: str) -> str | None:
    return escape(url, quote=True) if url.lower().startswith(_SAFE_SCHEMES) else None


def inline_html(spans: Inline, links: bool = True) -> str:
    out = []
    for span in spans:
        if span.style is Style.BREAK:
            out.append("<br>")
            continue
        text = escape(span.text, quote=False)
        tag = _TAGS.get(span.style)
        if tag:
            text = f"<{tag}>{text}</{tag}>"
        href = _href(span.href) if links and span.href else None
        if href:
            text = f'<a href="{href}">{text}</a>'
        out.append(text)
    return "".join(out)


def _list(block: ListBlock, links: bool) -> str:
    tag = "ol" if block.ordered else "ul"
    start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
    items = []
    for item in block.items:
        children = "".join(_list(c, links) for c in item.children)
        items.append(f"<li>{inline_html(item.spans, links)}{children}</li>")
    return f"<{tag}{start}>" + "".join(items) + f"</{tag}>"


def block_html(block: Block, links: bool = True) -> str:
    if isinstance(block, Heading):
        level = max(2, min(6, block.level))
        return f"<h{level}>{inline_html(block.spans, links)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{inline_html(block.spans, links)}</p>"
    if isinstance(block, ListBlock):
        return _list(block, links)
    if isinstance(block, Quote):
        return "<blockquote>" + "".join(block_html(b, links) for b in block.blocks) + "</blockquote>"
    if isinstance(block, Table):
        rows = []
        for i, row in enumerate(block.rows):
            cell = "th" if i == 0 else "td"
            rows.append("<tr>" + "".join(f"<{cell}>{inline_html(c, links)}</{cell}>" for c in row) + "</tr>")
        caption = f"<caption>{inline_html(block.caption, links)}</caption>" if block.caption else ""
        return "<table>" + caption + "".join(rows) + "</table>"
    if isinstance(block, Figure):
        img = ""
        if block.src and _href(block.src):
            img = f'<img src="{_href(block.src)}" alt="{escape(block.alt, quote=True)}">'
        caption = f"<figcaption>{inline_html(block.caption, links)}</figcaption>" if block.caption else ""
        return f"<figure>{img}{caption}</figure>"
    if isinstance(block, Code):
        lang = f' class="language-{escape(block.language, quote=True)}"' if block.language else ""
        return f"<pre><code{lang}>{escape(block.text, quote=False)}</code></pre>"
    raise TypeError(f"not a block: {block!r}")


def _aside(name: str, text: str | None) -> str:
    if not text:
        return ""
    paras = "".join(f"<p>{escape(p, quote=False)}</p>" for p in text.split("\n\n"))
    return f'<aside class="{name}">{paras}</aside>\n'


def render_html(article: Article, *, links: bool = True) -> str:
    """A complete HTML document holding only the article (no scripts, no styles, no remote assets)."""
    lang = f' lang="{escape(article.language, quote=True)}"' if article.language else ""
    title = escape(article.title or "", quote=False)
    head = [f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>']
    if article.url:
        head.append(f'<link rel="canonical" href="{escape(article.url, quote=True)}">')
    head.append("</head>\n<body>\n<article>")
    parts = ["\n".join(head)]
    if article.title:
        parts.append(f"<h1>{title}</h1>")
    if article.subtitle:
        parts.append(f'<p class="subtitle">{escape(article.subtitle, quote=False)}</p>')
    if article.authors or article.byline:
        byline = article.byline or ", ".join(article.authors)
        parts.append(f'<p class="byline">{escape(byline, quote=False)}</p>')
    if article.published:
        parts.append(f'<p class="published"><time datetime="{escape(article.published, quote=True)}">'
                     f"{escape(article.published, quote=False)}</time></p>")
    parts.append(_aside("editors-note", article.editors_note).rstrip("\n"))
    parts.extend(block_html(b, links) for b in article.blocks)
    for name, text in (("corrections", article.corrections), ("bio", article.bio),
                       ("disclaimer", article.disclaimer)):
        parts.append(_aside(name, text).rstrip("\n"))
    parts.append("</article>\n</body>\n</html>\n")
    return "\n".join(p for p in parts if p)
