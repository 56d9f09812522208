"""`explain`: every text block accounted for, consistent with `clean`, and a report a browser can show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsclean
from newsclean.explain import explain
from newsclean.explain.report import render_report

PAGE = """<!doctype html><html lang="en"><head><title>Dam repairs finished | Valley Post</title>
<script>var tracking = "should never show";</script></head><body>
<nav class="main-menu"><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="font-size-tools">A+ A-</div>
<article><h1>Dam repairs finished</h1><p class="byline">By Ines Moreau</p>
<p>Engineers finished repairing the old dam on Friday, three weeks ahead of the schedule the county
had set in the spring, and the reservoir will be refilled over the winter.</p>
<aside class="pullquote"><p>the reservoir will be refilled over the winter</p></aside>
<p>The county said the work cost less than expected because the spring was dry and the crews could
work without stopping for high water.</p>
<p>Ines Moreau is a reporter for the Valley Post covering the county council.</p>
<p>Disclaimer: The views expressed in this article are the author's own.</p></article>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Bridge closes</a></li>
<li><a href="/b">New library opens</a></li></ul></div>
<footer>© 2024 Valley Post</footer></body></html>"""


def test_every_block_is_accounted_for_and_matches_clean():
    e = explain(PAGE, url="https://valley.example/dam")
    a = newsclean.clean(PAGE, url="https://valley.example/dam")
    assert [d for d in e.decisions if d.verdict == "unaccounted"] == []
    by_text = {d.text: d for d in e.decisions}
    assert by_text["Dam repairs finished"].verdict == "title"
    assert by_text["By Ines Moreau"].verdict == "byline"
    assert by_text["A+ A-"].category == "reader-widget"
    assert by_text["Home Local"].category == "navigation"
    assert by_text["the reservoir will be refilled over the winter"].category == "pull-quote"
    assert by_text["Ines Moreau is a reporter for the Valley Post covering the county council."].verdict == "bio"
    assert by_text["Bridge closes"].category == "related"
    assert "should never show" not in json.dumps(e.to_dict())
    kept = [d.text for d in e.decisions if d.verdict == "body"]
    assert "\n\n".join(kept) == a.text
    assert e.strategy == a.strategy


def test_seed_explanation(seed_bytes):
    e = explain(seed_bytes)
    counts = e.counts()
    assert counts["body"] == 12 and counts["pull-quote"] == 2 and counts["reader-widget"] == 2
    assert counts["title"] == counts["subtitle"] == counts["byline"] == counts["bio"] == counts["disclaimer"] == 1
    assert "unaccounted" not in counts


def test_cli_json_and_html(tmp_path: Path):
    page = tmp_path / "dam.html"
    page.write_text(PAGE, encoding="utf-8")
    report = tmp_path / "report.html"
    r = subprocess.run([sys.executable, "-m", "newsclean", "explain", str(page), "--format", "json", "--html",
                        str(report)], capture_output=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["source"] == str(page) and data["counts"]["body"] == 2
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.split("</head>")[0]
    assert 'data-category="reader-widget"' in html


def test_report_in_a_real_headless_browser(tmp_path: Path, browser: list[str]):
    report = tmp_path / "report.html"
    report.write_text(render_report(explain(PAGE, url="https://valley.example/dam")), encoding="utf-8")
    dom = subprocess.run([*browser, "--dump-dom", report.as_uri()], capture_output=True, timeout=120,
                         check=True).stdout.decode()
    assert dom.count('data-verdict="removed"') >= 6
    assert 'data-verdict="body"' in dom and 'data-verdict="bio"' in dom
    shot = tmp_path / "report.png"
    subprocess.run([*browser, f"--screenshot={shot}", "--window-size=1200,900", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_an_author_box_date_beside_its_paragraphs_is_accounted_for():
    story = "<p>" + "The harbour board voted to dredge the channel before the autumn storms arrive. " * 4 + "</p>"
    page = ('<html lang="en"><head><meta name="author" content="Mara Lind"></head><body><article>'
            f"<h1>The channel will be dredged</h1><p>By Mara Lind</p>{story * 3}"
            '<div class="author-box"><h4>About the author</h4><p>Mara Lind covers the harbour for the Gazette.</p>'
            '<small class="muted">Member since March 3, 2019</small> <a href="/follow">Follow</a></div>'
            "</article></body></html>")
    e = explain(page)
    assert [d.text for d in e.decisions if d.verdict == "unaccounted"] == []
    removed = newsclean.clean(page).removed
    assert any("Member since March 3, 2019" in r.text and r.rule == "author box text beside its paragraphs"
               for r in removed)
