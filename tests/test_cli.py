"""The `newsclean clean` command as a shell pipeline sees it: streams, formats, exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = b"""<!doctype html><html lang="en"><head><title>Harbour reopens | Coast News</title>
<meta property="og:site_name" content="Coast News"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens</h1><p class="byline">By Ana Lima</p>
<p>The old harbour reopened on Monday after two years of repairs, the port authority said, and the
first ferries were already full by the early afternoon.</p>
<p>Fishermen said the new quay was wider and safer, though some worried about the higher mooring fees
that come with it.</p></article>
<footer>Copyright 2024 Coast News</footer></body></html>"""


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin,
                          capture_output=True, timeout=60, check=False)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    return path


def test_markdown_default_to_stdout(page: Path):
    r = run("clean", str(page))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.startswith("---\ntitle: \"Harbour reopens\"\n")
    assert "\n# Harbour reopens\n\nThe old harbour reopened" in out
    assert "Copyright" not in out and "Home" not in out
    assert r.stderr == b""


def test_stdin_json_is_one_object(page: Path):
    r = run("clean", "-", "--format", "json", "--url", "https://coast.example/harbour", stdin=PAGE)
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert record["source"] == "-"
    assert record["authors"] == ["Ana Lima"]
    assert record["url"] == "https://coast.example/harbour"
    assert record["site_name"] == "Coast News"


def test_stdin_without_dash_when_piped():
    r = run("clean", "--format", "text", stdin=PAGE)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("The old harbour reopened")


def test_several_inputs_give_jsonl_in_order_and_errors_in_place(page: Path, tmp_path: Path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    gz = tmp_path / "page2.html.gz"
    gz.write_bytes(gzip.compress(PAGE))
    r = run("clean", str(page), str(empty), str(gz), "--format", "json")
    assert r.returncode == 1
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert [rec["source"] for rec in records] == [str(page), str(empty), str(gz)]
    assert records[1] == {"source": str(empty), "error": "empty input", "kind": "empty"}
    assert records[2]["title"] == "Harbour reopens"
    # one line on stderr for the failed input, naming it; nothing else
    assert r.stderr.decode().splitlines() == [f"newsclean: {empty}: empty input"]


def test_missing_file_is_an_error_record_not_a_traceback(tmp_path: Path):
    missing = tmp_path / "nope.html"
    r = run("clean", str(missing), "--format", "jsonl")
    assert r.returncode == 1
    assert json.loads(r.stdout) == {"source": str(missing), "error": "no such file", "kind": "unreadable"}
    assert b"Traceback" not in r.stderr


def test_binary_input_is_refused_with_one_line(tmp_path: Path):
    png = tmp_path / "image.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    r = run("clean", str(png))
    assert r.returncode == 1
    assert r.stdout == b""
    err = r.stderr.decode().splitlines()
    assert len(err) == 1 and "binary data" in err[0] and str(png) in err[0]


def test_usage_errors_exit_2(page: Path):
    assert run("clean", str(page), "--format", "yaml").returncode == 2
    assert run("clean", str(page), str(page), "--url", "https://x.example/").returncode == 2
    assert run("no-such-command").returncode == 2


def test_output_file_written(page: Path, tmp_path: Path):
    out = tmp_path / "out" / "article.md"
    r = run("clean", str(page), "--output", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    assert out.read_text(encoding="utf-8").startswith("---\n")
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_text_and_html_formats(page: Path):
    text = run("clean", str(page), "--format", "text").stdout.decode()
    assert text == ("The old harbour reopened on Monday after two years of repairs, the port authority said, "
                    "and the first ferries were already full by the early afternoon.\n\nFishermen said the new "
                    "quay was wider and safer, though some worried about the higher mooring fees that come "
                    "with it.\n")
    html = run("clean", str(page), "--format", "html").stdout.decode()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "<h1>Harbour reopens</h1>" in html


def test_no_front_matter_and_no_links(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_bytes(PAGE.replace(b"the port authority said", b'the <a href="/port">port authority</a> said'))
    out = run("clean", str(page), "--no-front-matter", "--url", "https://coast.example/a").stdout.decode()
    assert out.startswith("# Harbour reopens\n")
    assert "[port authority](https://coast.example/port)" in out
    out = run("clean", str(page), "--no-links").stdout.decode()
    assert "port authority said" in out and "](" not in out


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.decode().startswith("newsclean ")
