"""Golden tests: every page in samples/ against the expected record and Markdown written for it.

samples/<name>/input.html (or input.txt), expected.json (the record's fields, plus
"expected_removed": clutter that must be reported with its category), expected.md (the
exact `--format markdown` output). See samples/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from conftest import SAMPLES
from newsclean.explain import explain
from newsclean.render.formats import Format, render

CASES = sorted(p for p in SAMPLES.iterdir() if p.is_dir() and (p / "expected.json").exists())
NOT_COMPARED = {"expected_removed", "notes"}


def _input(case: Path) -> bytes:
    found = [p for p in (case / "input.html", case / "input.txt") if p.exists()]
    assert len(found) == 1, f"{case} needs exactly one input.html or input.txt"
    return found[0].read_bytes()


def _expected(case: Path) -> dict[str, object]:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def test_there_are_samples():
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_record(case: Path, schema_validator):
    expected = _expected(case)
    record = newsclean.clean(_input(case)).to_dict()
    schema_validator.validate(record)
    for key, value in expected.items():
        if key in NOT_COMPARED:
            continue
        assert record[key] == value, f"{case.name}: {key}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_removed_clutter_is_reported(case: Path):
    removed = newsclean.clean(_input(case)).removed
    for want in _expected(case).get("expected_removed", []):  # type: ignore[union-attr]
        assert any(r.category.value == want["category"] and want["text_contains"] in r.text for r in removed), \
            f"{case.name}: no {want['category']} removal containing {want['text_contains']!r}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_markdown(case: Path):
    article = newsclean.clean(_input(case))
    assert render(article, Format.MARKDOWN) == (case / "expected.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_block_is_accounted_for(case: Path):
    unaccounted = [d.text for d in explain(_input(case)).decisions if d.verdict == "unaccounted"]
    assert unaccounted == []
