"""Hostile and broken input: nothing crashes, nothing is lost, nothing gets in.

Each case runs in a child process with a time limit and an address-space limit, so a
regression that hangs or balloons fails here instead of taking the suite down. The
bounds are generous safety nets (see README "Bounds"), not speed targets.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hostile.generate import CASES, STORY

TIME_LIMIT_S = 120
MEMORY_LIMIT = 3 * 2**30  # 3 GiB of address space for one page
CHILD = textwrap.dedent(f"""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
    import newsclean
    data = open(sys.argv[1], "rb").read()
    try:
        a = newsclean.clean(data)
        out = {{"ok": True, "text": a.text, "title": a.title, "record": a.to_dict()}}
    except newsclean.NewscleanError as exc:
        out = {{"ok": False, "kind": exc.kind, "message": str(exc)}}
    sys.stdout.write(json.dumps(out, ensure_ascii=True))
""")


def _run(tmp_path: Path, name: str, data: bytes) -> dict[str, object]:
    page = tmp_path / "page.bin"
    page.write_bytes(data)
    r = subprocess.run([sys.executable, "-c", CHILD, str(page)], capture_output=True, timeout=TIME_LIMIT_S,
                       check=False)
    assert r.returncode == 0, f"{name}: the child crashed: {r.stderr.decode(errors='replace')[-500:]}"
    return json.loads(r.stdout)


@pytest.mark.parametrize(("name", "make", "expect"), CASES, ids=[c[0] for c in CASES])
def test_hostile_input(name: str, make, expect: str, tmp_path: Path, schema_validator):
    result = _run(tmp_path, name, make())
    if expect == "article":
        assert result["ok"], f"{name}: {result}"
        assert "harbour board met on Tuesday" in str(result["text"])
        schema_validator.validate(result["record"])
    elif expect != "any":
        assert not result["ok"] and result["kind"] == expect, f"{name}: {result}"
        assert "\n" not in str(result["message"])


def test_terminal_escapes_never_reach_the_output(tmp_path: Path):
    make = dict((c[0], c[1]) for c in CASES)["terminal escapes"]
    result = _run(tmp_path, "terminal escapes", make())
    dumped = json.dumps(result)
    assert "\\u001b" not in dumped and "\\u0007" not in dumped and "\\u202e" not in dumped
    assert result["title"] == "Sea wall"


def test_a_bad_input_does_not_disturb_the_others(tmp_path: Path):
    good = tmp_path / "good.html"
    good.write_text(f"<html><body>{STORY}</body></html>", encoding="utf-8")
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(dict((c[0], c[1]) for c in CASES)["gzip bomb"]())
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(400))
    r = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(good), str(bomb), str(binary), str(good),
                        "--format", "jsonl"], capture_output=True, timeout=TIME_LIMIT_S, check=False)
    assert r.returncode == 1
    records = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [rec.get("kind") for rec in records] == [None, "too-large", "binary", None]
    assert records[0]["text"] == records[3]["text"] and "harbour board" in records[0]["text"]
    assert len(r.stderr.decode().splitlines()) == 2
