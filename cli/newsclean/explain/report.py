"""The explain report as one self-contained HTML page: the page's text blocks beside the
cleaned article, every block coloured by what became of it, the reason on hover.

No scripts, no external assets, nothing from the original page but its text (escaped),
so it opens offline in any browser and nothing of the page can run.
"""

from __future__ import annotations

from html import escape

from newsclean.explain.core import BODY, REMOVED, UNACCOUNTED, Explanation
from newsclean.model import Category, Figure, inline_text
from newsclean.render.html import block_html

# one colour per removal category, and per kept role
COLOURS: dict[str, str] = {
    BODY: "#d8f5d0", "title": "#b9e4ff", "subtitle": "#cdeaff", "byline": "#e2d6ff", "bio": "#f3d6ff",
    "disclaimer": "#ffe3b3", "editors_note": "#fff1b3", "corrections": "#ffd6cc", UNACCOUNTED: "#ffffff",
    Category.NAVIGATION: "#e8e8e8", Category.BREADCRUMB: "#e0e0e0", Category.READER_WIDGET: "#ffc9de",
    Category.SHARE: "#ffd0e8", Category.TRENDING: "#ffcfa8", Category.RELATED: "#ffdcc2",
    Category.NEWSLETTER: "#c7f0ec", Category.PAYWALL: "#b5e8e2", Category.COOKIE_BANNER: "#d9d2b8",
    Category.ADVERTISEMENT: "#ffb3b3", Category.COMMENTS: "#d0d8ff", Category.AUTHOR_BOX: "#eadcf5",
    Category.FOOTER: "#d6d6d6", Category.HEADER: "#dadada", Category.SIDEBAR: "#e6e0d0",
    Category.EMPTY_LABEL: "#f0f0c0", Category.HIDDEN: "#c8c8c8", Category.PULL_QUOTE: "#ffe0f0",
    Category.DUPLICATE: "#ffe8f4", Category.METADATA: "#e4efff", Category.BOILERPLATE: "#f2e6e6",
    Category.OUTSIDE: "#f4f4f4",
}

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 20px;border-bottom:1px solid #ccc;background:#fafafa}
h1{font-size:20px;margin:0 0 6px} h2{font-size:16px;margin:8px 0}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:12px 20px}
.block{padding:3px 6px;margin:2px 0;border-left:4px solid rgba(0,0,0,.15);white-space:pre-wrap}
.block .why{font-size:11px;color:#555;display:block}
.removed{text-decoration:line-through;text-decoration-color:rgba(0,0,0,.35)}
.legend span{display:inline-block;padding:1px 6px;margin:2px;border-radius:3px;font-size:12px}
article{max-width:46em} .part{padding:6px;margin:6px 0;border-radius:4px}
.part b{display:block;font-size:11px;text-transform:uppercase;color:#555}
"""


def _css_class(name: str) -> str:
    return "c-" + "".join(ch if ch.isalnum() else "-" for ch in name)


def _colour_rules() -> str:
    return "".join(f".{_css_class(str(k))}{{background:{v}}}" for k, v in COLOURS.items())


def _blocks(explanation: Explanation) -> str:
    out = []
    for d in explanation.decisions:
        name = d.category or d.verdict
        classes = f"block {_css_class(name)}" + (" removed" if d.verdict == REMOVED else "")
        reason = f"{name}: {d.rule}"
        out.append(f'<div class="{classes}" data-verdict="{escape(d.verdict)}" data-category="{escape(name)}" '
                   f'title="{escape(reason)}"><span class="why">{escape(name)} · {escape(d.rule)}</span>'
                   f"{escape(d.text)}</div>")
    return "\n".join(out)


def _article(explanation: Explanation) -> str:
    a = explanation.article
    parts = []
    for name, value in (("title", a.title), ("subtitle", a.subtitle), ("byline", a.byline or ", ".join(a.authors)),
                        ("editors_note", a.editors_note)):
        if value:
            parts.append(f'<div class="part {_css_class(name)}"><b>{name}</b>{escape(value)}</div>')
    for block in a.blocks:
        if isinstance(block, Figure):  # no remote images in a report that must work offline
            caption = escape(inline_text(block.caption)) if block.caption else ""
            parts.append(f'<figure class="image"><code>[image: {escape(block.src or "-")}]</code>'
                         f"<figcaption>{caption}</figcaption></figure>")
        else:
            parts.append(block_html(block))
    for name, value in (("corrections", a.corrections), ("bio", a.bio), ("disclaimer", a.disclaimer)):
        if value:
            parts.append(f'<div class="part {_css_class(name)}"><b>{name}</b>{escape(value)}</div>')
    return "\n".join(parts)


def _legend(explanation: Explanation) -> str:
    counts = explanation.counts()
    return " ".join(f'<span class="{_css_class(k)}">{escape(k)} {n}</span>' for k, n in sorted(counts.items()))


def render_report(explanation: Explanation) -> str:
    a = explanation.article
    title = escape(a.title or explanation.source or "page")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>newsclean explain: {title}</title><style>{STYLE}{_colour_rules()}</style></head>
<body><header><h1>{title}</h1>
<p>Source: {escape(explanation.source or "-")} · content found by: <b>{escape(explanation.strategy)}</b> ·
{len(explanation.decisions)} text blocks</p>
<p class="legend">{_legend(explanation)}</p></header>
<div class="columns"><section class="page"><h2>The page, block by block</h2>
{_blocks(explanation)}
</section><section class="clean"><h2>The cleaned article</h2><article>
{_article(explanation)}
</article></section></div></body></html>
"""
