"""`newsclean batch --report`: the run's summary page and its per-page explain reports."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from conftest import SAMPLES

PAGES = ["alarabiya-like-opinion", "wordpress-news-theme", "guardian-like", "bbc-like"]
NO_ARTICLE = b"<html><head><title>Index</title></head><body><nav><a href='/a'>Home</a></nav></body></html>"


@pytest.fixture
def run(tmp_path: Path) -> tuple[Path, Path, list[dict[str, object]]]:
    """A batch over four sample pages, a page with no article, an empty file and a page whose
    name carries markup; --report-pages 2."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for i, name in enumerate(PAGES):
        (crawl / f"{i}-{name}.html").write_bytes((SAMPLES / name / "input.html").read_bytes())
    (crawl / "5-index.html").write_bytes(NO_ARTICLE)
    (crawl / "6-empty.html").write_bytes(b"")
    (crawl / "7-<b>bold<b>.html").write_bytes(b"")
    report = tmp_path / "out" / "run.html"
    out = tmp_path / "articles.jsonl"
    r = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(crawl), "--output", str(out), "--jobs", "2",
                        "--report", str(report), "--report-pages", "2"], capture_output=True, timeout=180,
                       check=False)
    assert r.returncode == 1, r.stderr  # the empty files fail
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return report, crawl, records


def _table(doc: lxml.html.HtmlElement, section: str) -> lxml.html.HtmlElement | None:
    """The table under the heading with this id (None where the section says "None.")."""
    el = doc.get_element_by_id(section).getnext()
    while el is not None and el.tag not in ("table", "h2"):
        el = el.getnext()
    return el if el is not None and el.tag == "table" else None


def _section(doc: lxml.html.HtmlElement, section: str) -> list[list[str]]:
    """The rows (cell texts) of the table under the heading with this id."""
    table = _table(doc, section)
    if table is None:
        return []
    return [[cell.text_content().strip() for cell in row] for row in table.findall("tr")[1:]]


def test_report_counts_match_the_records(run):
    report, _, records = run
    doc = lxml.html.fromstring(report.read_bytes())
    blocks = Counter(r["category"] for rec in records if "removed" in rec for r in rec["removed"])
    chars = Counter()
    for rec in records:
        for r in rec.get("removed", []):
            chars[r["category"]] += len(r["text"])
    shown = {row[0]: (int(row[2]), int(row[3].replace(",", ""))) for row in _section(doc, "categories")}
    assert shown == {c: (blocks[c], chars[c]) for c in blocks}
    totals = {row[0]: row[1] for row in _rows(doc, "totals")}
    assert totals["pages in this run"] == "7" and totals["cleaned"] == "4" and totals["failed"] == "3"
    kinds = dict(_section(doc, "error-kinds"))
    assert kinds == {"empty": "2", "no-article": "1"}


def _rows(doc: lxml.html.HtmlElement, div_id: str) -> list[list[str]]:
    """The rows of the table inside the element with this id (its header row left out)."""
    return [[c.text_content().strip() for c in row] for row in doc.get_element_by_id(div_id).iter("tr")][1:]


def test_per_page_reports_are_linked_and_exist(run):
    report, crawl, _ = run
    doc = lxml.html.fromstring(report.read_bytes())
    pages_dir = report.with_name("run-pages")
    explained = _table(doc, "explained")
    links = [a.get("href") for a in explained.iter("a")]
    assert len(links) == 2  # --report-pages 2: the first two pages of the run
    assert [a.text_content() for a in explained.iter("a")] == [str(crawl / f"{i}-{n}.html")
                                                             for i, n in enumerate(PAGES[:2])]
    no_article = _table(doc, "no-article")
    links += [a.get("href") for a in no_article.iter("a")]
    assert len(links) == 3  # and the page where no article was found
    for link in links:
        page = report.parent / link
        assert page.parent == pages_dir and page.exists()
        assert "data-verdict=" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in pages_dir.iterdir()) == sorted(Path(link).name for link in links)
    slowest = _section(doc, "slowest")
    assert len(slowest) == 7 and all(float(ms.replace(",", "")) >= 0 for _, ms in slowest)


def test_report_is_self_contained_and_escapes_names(run):
    report, _, _ = run
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html and "<b>bold" not in html and "&lt;b&gt;bold" in html
    assert "default-src 'none'" in html


def test_report_opens_in_a_real_headless_browser(run, browser: list[str], tmp_path: Path):
    report, _, _ = run
    dom = subprocess.run([*browser, "--dump-dom", report.as_uri()], capture_output=True, timeout=120,
                         check=True).stdout.decode()
    assert 'id="categories"' in dom and "reader-widget" in dom
    page = _table(lxml.html.fromstring(dom), "explained").find(".//a").get("href")
    dom = subprocess.run([*browser, "--dump-dom", (report.parent / page).as_uri()], capture_output=True,
                         timeout=120, check=True).stdout.decode()
    assert 'data-verdict="removed"' in dom and 'data-verdict="body"' in dom
    shot = tmp_path / "run.png"
    subprocess.run([*browser, f"--screenshot={shot}", "--window-size=1200,1400", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_no_report_pages_still_counts_everything(tmp_path: Path):
    crawl = tmp_path / "c"
    crawl.mkdir()
    (crawl / "a.html").write_bytes((SAMPLES / "bbc-like" / "input.html").read_bytes())
    report = tmp_path / "r.html"
    r = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(crawl), "--output", str(tmp_path / "o.jsonl"),
                        "--report", str(report), "--report-pages", "0", "--jobs", "1"], capture_output=True,
                       timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    doc = lxml.html.fromstring(report.read_bytes())
    assert _section(doc, "explained") == [] and not report.with_name("r-pages").exists()
    assert _section(doc, "categories")
