"""`newsclean batch`: every input kind, one record per input, order, determinism, errors, names."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES
from newsclean.batch.items import Item
from newsclean.batch.naming import Namer, base_name

PAGES = ["alarabiya-like-opinion", "wordpress-news-theme", "drupal-news", "guardian-like", "bbc-like", "amp-page"]


def batch(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean", "batch", *args], input=stdin, capture_output=True,
                          timeout=timeout, check=False)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "crawl"
    (root / "news").mkdir(parents=True)
    for name in PAGES:
        (root / "news" / f"{name}.html").write_bytes((SAMPLES / name / "input.html").read_bytes())
    (root / "dump.txt").write_bytes((SAMPLES / "text-dump" / "input.txt").read_bytes())
    (root / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not a page suffix, not picked up")
    return root


def records(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode().splitlines()]


def test_directory_in_input_order_with_one_record_per_input(tree: Path, tmp_path: Path, schema_validator):
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    r = batch(str(tree), "--output", str(out), "--errors", str(errors), "--jobs", "2", "--quiet")
    assert r.returncode == 1 and r.stderr == b""
    recs = records(out.read_bytes())
    expected = sorted([str(p) for p in tree.rglob("*") if p.suffix in (".html", ".txt")])
    assert [rec["source"] for rec in recs] == expected
    for rec in recs:
        schema_validator.validate(rec)
    bad = [rec for rec in recs if "error" in rec]
    assert [b["kind"] for b in bad] == ["binary"]
    assert records(errors.read_bytes()) == bad
    assert not list(tmp_path.glob("*.partial"))


def test_output_is_deterministic_and_order_does_not_depend_on_jobs(tree: Path, tmp_path: Path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch(str(tree), "-o", str(one), "--jobs", "1", "-q")
    batch(str(tree), "-o", str(two), "--jobs", "2", "-q")
    assert one.read_bytes() == two.read_bytes()


def test_globs_from_list_and_stdout(tree: Path, tmp_path: Path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages to do\n{tree / 'news' / 'drupal-news.html'}\n{tree / 'dump.txt'}\n", encoding="utf-8")
    r = batch("--from-list", str(listing), str(tree / "news" / "a*.html"), "-q")
    assert r.returncode == 0, r.stderr
    sources = [rec["source"] for rec in records(r.stdout)]
    assert sources == [str(tree / "news" / "alarabiya-like-opinion.html"), str(tree / "news" / "amp-page.html"),
                       str(tree / "news" / "drupal-news.html"), str(tree / "dump.txt")]
    r = batch("--from-list", "-", "-q", stdin=str(tree / "dump.txt").encode())
    assert [rec["title"] for rec in records(r.stdout)] == ["Why the night trains are coming back"]


def test_jsonl_dump_carries_ids_and_urls(tmp_path: Path, schema_validator):
    dump = tmp_path / "dump.jsonl"
    page = (SAMPLES / "guardian-like" / "input.html").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "g-1", "url": "https://tide.example/a", "body": page}), "{broken json",
             json.dumps({"id": 2, "url": "https://tide.example/b"}), "", json.dumps(["not", "an", "object"])]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = batch(str(dump), "--html-field", "body", "-q")
    recs = records(r.stdout)
    assert [rec["source"] for rec in recs] == [f"{dump}:1", f"{dump}:2", f"{dump}:3", f"{dump}:5"]
    assert recs[0]["id"] == "g-1" and recs[0]["input_url"] == "https://tide.example/a" and recs[0]["line"] == 1
    assert recs[0]["title"] == "Seagrass meadows are returning to the estuary, survey finds"
    assert [rec.get("kind") for rec in recs[1:]] == ["unreadable"] * 3
    assert recs[2]["id"] == 2
    for rec in recs:
        schema_validator.validate(rec)


def _warc(path: Path, names: list[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for name in names:
            body = (SAMPLES / name / "input.html").read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.test/{name}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.test/{name}.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG"), http_headers=image))


def test_warc_records(tmp_path: Path, schema_validator):
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, ["drupal-news", "bbc-like"])
    r = batch(str(archive), "-q")
    assert r.returncode == 0, r.stderr
    recs = records(r.stdout)
    assert [rec["input_url"] for rec in recs] == ["https://example.test/drupal-news", "https://example.test/bbc-like"]
    for rec in recs:
        assert str(rec["source"]).startswith(f"{archive}#urn:uuid:") and rec["record_id"] in str(rec["source"])
        schema_validator.validate(rec)
    assert recs[1]["authors"] == ["Ewan MacLeod"]


def test_output_dir_mirrors_the_tree_and_resume_skips_done_files(tree: Path, tmp_path: Path):
    out = tmp_path / "clean"
    r = batch(str(tree), "--output-dir", str(out), "--format", "markdown", "-q")
    assert r.returncode == 1
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["broken.error.json", "dump.md"] + [f"news/{n}.md" for n in sorted(PAGES)]
    expected = (SAMPLES / "drupal-news" / "expected.md").read_text(encoding="utf-8")
    assert (out / "news" / "drupal-news.md").read_text(encoding="utf-8") == expected
    (out / "news" / "drupal-news.md").write_text("kept by resume", encoding="utf-8")
    (out / "dump.md").unlink()
    r = batch(str(tree), "--output-dir", str(out), "--format", "markdown", "--resume", "-q", "--summary")
    assert (out / "news" / "drupal-news.md").read_text(encoding="utf-8") == "kept by resume"
    assert (out / "dump.md").exists()
    assert b"already done" in r.stderr


def test_usage_errors(tmp_path: Path):
    assert batch().returncode == 2
    assert batch("x.html", "--output", "a.jsonl", "--output-dir", str(tmp_path)).returncode == 2
    assert batch("x.html", "--resume").returncode == 2


@pytest.mark.parametrize(("given", "wanted"), [
    (Item(source="a", relative="../../etc/passwd"), "etc/passwd.md"),
    (Item(source="a", relative="/abs/olute/page.html"), "abs/olute/page.md"),
    (Item(source="a", url="https://news.example/2024/05/story.html?x=1"), "news.example-2024-05-story.md"),
    (Item(source="a", extra={"id": "../../../root"}), "root.md"),
    (Item(source="a", extra={"id": "Ünïcödé title / with spaces"}), "Ünïcödé-title-with-spaces.md"),
])
def test_safe_names(given: Item, wanted: str):
    assert Namer(".md").name(given) == wanted


def test_names_are_bounded_and_collisions_are_numbered():
    long = base_name(Item(source="a", url="https://x.example/" + "a" * 500))
    assert len(long) <= 100 and "/" not in long
    namer = Namer(".json")
    names = [namer.name(Item(source=str(i), url="https://x.example/same")) for i in range(3)]
    assert names == ["x.example-same.json", "x.example-same-2.json", "x.example-same-3.json"]
