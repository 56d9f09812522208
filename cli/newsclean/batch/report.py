"""`batch --report`: one self-contained HTML page about a run, with per-page explain reports.

The summary page counts what was removed, by category and by rule, lists the errors, the
slowest pages and the pages where no article was found, and links to the explain reports
the workers made (the first `--report-pages` pages, and every page without an article).
Those are written to `<report stem>-pages/NNNNNN.html` beside it, numbered in output order,
so no name ever comes from a URL. Like the explain report: no scripts, no external assets,
every piece of page text escaped.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from newsclean.batch.progress import Summary
from newsclean.batch.work import Result
from newsclean.explain.report import COLOURS
from newsclean.output import write_atomic

SLOWEST = 20
MAX_LISTED = 500  # errors and no-article pages listed by name; the rest are counted

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70em;padding:0 20px;color:#222}
h1{font-size:22px} h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums} .swatch{display:inline-block;width:12px;height:12px;
margin-right:6px;border:1px solid #aaa;vertical-align:middle} .totals td{font-weight:600}
"""


@dataclass(slots=True)
class _Page:
    source: str
    link: str | None


@dataclass(slots=True)
class RunReport:
    """Collects what a report needs from each result, in constant memory per page."""

    path: Path
    explain_first: int = 100
    pages: int = 0
    with_article: int = 0
    blocks: Counter[str] = field(default_factory=Counter)  # removed blocks by category
    chars: Counter[str] = field(default_factory=Counter)  # removed characters by category
    pages_with: Counter[str] = field(default_factory=Counter)  # pages with at least one such removal
    rules: Counter[tuple[str, str]] = field(default_factory=Counter)
    strategies: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    no_article: list[_Page] = field(default_factory=list)
    explained: list[_Page] = field(default_factory=list)
    slowest: list[tuple[float, int, str, str | None]] = field(default_factory=list)  # a min-heap

    @property
    def pages_dir(self) -> Path:
        return self.path.with_name(self.path.stem + "-pages")

    def add(self, result: Result) -> None:
        self.pages += 1
        link = self._write_page(result.report) if result.report else None
        if result.ok:
            self.with_article += 1
            self.strategies[_rung(result.strategy or "")] += 1
            self._count_removals(result.record or json.loads(result.line))
        elif result.kind == "no-article" and len(self.no_article) < MAX_LISTED:
            self.no_article.append(_Page(result.source, link))
        if not result.ok and len(self.errors) < MAX_LISTED:
            self.errors.append((result.source, result.kind or "error", result.message or "", link))
        if link and result.ok:
            self.explained.append(_Page(result.source, link))
        entry = (result.seconds, -self.pages, result.source, link)
        if len(self.slowest) < SLOWEST:
            heapq.heappush(self.slowest, entry)
        else:
            heapq.heappushpop(self.slowest, entry)

    def _count_removals(self, record: dict[str, object]) -> None:
        removed = record.get("removed")
        seen: set[str] = set()
        for item in removed if isinstance(removed, list) else []:
            category, rule, text = str(item["category"]), str(item["rule"]), str(item["text"])
            self.blocks[category] += 1
            self.chars[category] += len(text)
            self.rules[(category, rule)] += 1
            seen.add(category)
        self.pages_with.update(seen)

    def _write_page(self, html: str) -> str:
        name = f"{self.pages:06d}.html"
        self.pages_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(self.pages_dir / name, html)
        return f"{self.pages_dir.name}/{name}"

    def write(self, summary: Summary) -> None:
        write_atomic(self.path, render(self, summary))


def _rung(strategy: str) -> str:
    """The content strategy without its details ("site rule (X)" -> "site rule")."""
    return strategy.split(" (")[0].split(":")[0] or "unknown"


def _source(page: _Page | tuple[str, str | None]) -> str:
    source, link = (page.source, page.link) if isinstance(page, _Page) else page
    text = escape(source)
    return f'<a href="{escape(link)}">{text}</a>' if link else text


def _table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], numeric: set[int] | None = None) -> str:
    if not rows:
        return "<p>None.</p>"
    numeric = numeric or set()
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _categories(report: RunReport) -> str:
    rows = [(f'<span class="swatch" style="background:{COLOURS.get(c, "#fff")}"></span>{escape(c)}',
             str(report.pages_with[c]), str(report.blocks[c]), f"{report.chars[c]:,}")
            for c in sorted(report.blocks, key=lambda c: -report.chars[c])]
    return _table(("category", "pages", "blocks", "characters"), rows, {1, 2, 3})


def render(report: RunReport, summary: Summary) -> str:
    rules = [(escape(c), escape(r), str(n)) for (c, r), n in report.rules.most_common(30)]
    errors = [(_source((s, link)), escape(kind), escape(message)) for s, kind, message, link in report.errors]
    slowest = [(_source((s, link)), f"{seconds * 1000:,.0f}") for seconds, _, s, link in
               sorted(report.slowest, reverse=True)]
    totals = [("pages in this run", str(report.pages)), ("cleaned", str(summary.ok)),
              ("failed", str(summary.failed)), ("already done (resumed, not in this report)", str(summary.skipped)),
              ("pages/s", f"{summary.pages_per_s:.1f}"), ("seconds", f"{summary.seconds:.1f}")]
    kinds = [(escape(k), str(n)) for k, n in sorted(summary.errors.items())]
    strategies = [(escape(s), str(n)) for s, n in report.strategies.most_common()]
    title = "newsclean batch report" + (" (interrupted)" if summary.interrupted else "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title><style>{STYLE}</style></head><body>
<h1>{title}</h1>
<div id="totals">{_table(("", ""), totals, {1})}</div>
<h2 id="categories">Removed, by category</h2>
{_categories(report)}
<h2 id="rules">The rules that removed most</h2>
{_table(("category", "rule", "blocks"), rules, {2})}
<h2 id="strategies">Content found by</h2>
{_table(("strategy", "pages"), strategies, {1})}
<h2 id="error-kinds">Errors, by kind</h2>
{_table(("kind", "pages"), kinds, {1})}
<h2 id="no-article">Pages where no article was found</h2>
{_table(("page",), [(_source(p),) for p in report.no_article])}
<h2 id="errors">Errors</h2>
{_table(("page", "kind", "reason"), errors)}
<h2 id="slowest">The slowest pages</h2>
{_table(("page", "ms"), slowest, {1})}
<h2 id="explained">Explained pages</h2>
<p>An explain report for each of the first {report.explain_first} pages of the run (and every page without
an article): every text block of the page, kept or removed, and why.</p>
{_table(("page",), [(_source(p),) for p in report.explained])}
<p><small>{len(report.errors)} of {summary.failed} errors and {len(report.no_article)} pages without an article
are listed (at most {MAX_LISTED} each); the counts above cover every page.</small></p>
</body></html>
"""
