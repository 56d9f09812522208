"""Site rules: TOML data that narrows the general pipeline for one site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.model import Category
from newsclean.rules import BUNDLED, RuleError, load_dir, parse_rule

RULE = """
name = "Example Gazette"
domains = ["gazette.example"]
[select]
body = ["div.story-text"]
title = ["h1.story-title"]
byline = [".story-credit"]
bio = [".writer-note"]
disclaimer = [".opinion-note"]
[[drop]]
css = ".size-tools"
category = "reader-widget"
"""

PAGE = """<html><head><title>Tides | Example Gazette</title></head><body>
<div class="size-tools">A- A+ Text size</div>
<h1 class="story-title">Tides are turning</h1>
<div class="story-credit">By Mara Quell</div>
<div class="teaser-grid"><p>A very long teaser paragraph about another story entirely, long enough to
tempt a scorer, with commas, clauses, and more words than the story itself has in its first line,
and then some more words again so that it weighs more than the short story below.</p></div>
<div class="story-text"><p>The harbour tides reached a ten-year high on Sunday.</p>
<p>Boats were moved inland as a precaution.</p></div>
<p class="writer-note">Mara Quell covers the coast for the Gazette.</p>
<p class="opinion-note">Views expressed here are the writer's own.</p>
</body></html>"""


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    (tmp_path / "gazette.toml").write_text(RULE, encoding="utf-8")
    return tmp_path


def test_rule_selects_body_parts_and_drops(rules_dir: Path):
    options = newsclean.Options(rules_dir=str(rules_dir))
    a = newsclean.clean(PAGE, url="https://www.gazette.example/tides", options=options)
    assert a.strategy == "site rule (Example Gazette)"
    assert a.text == "The harbour tides reached a ten-year high on Sunday.\n\nBoats were moved inland as a precaution."
    assert a.title == "Tides are turning"
    assert a.authors == ("Mara Quell",)
    assert a.bio == "Mara Quell covers the coast for the Gazette."
    assert a.disclaimer == "Views expressed here are the writer's own."
    dropped = [r for r in a.removed if r.category is Category.READER_WIDGET]
    assert dropped and dropped[0].text == "A- A+ Text size" and "Example Gazette" in dropped[0].rule


def test_rule_applies_to_its_hosts_only(rules_dir: Path):
    options = newsclean.Options(rules_dir=str(rules_dir))
    a = newsclean.clean(PAGE, url="https://other.example/tides", options=options)
    assert not a.strategy.startswith("site rule")


@pytest.mark.parametrize(("toml", "message"), [
    ('domains = ["x.example"]', "'name' is missing"),
    ('name = "X"', "'domains'"),
    ('name = "X"\ndomains = ["x.example"]\n[select]\nbodyy = ["p"]', "unknown [select] fields"),
    ('name = "X"\ndomains = ["x.example"]\n[select]\nbody = ["p[["]', "bad selector"),
    ('name = "X"\ndomains = ["x.example"]\n[[drop]]\ncss = "p"\ncategory = "nope"', "unknown category"),
])
def test_bad_rules_are_refused_with_a_reason(toml: str, message: str):
    import tomllib

    with pytest.raises(RuleError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_rule(tomllib.loads(toml), "bad.toml")


BUNDLED_RULES = load_dir(str(BUNDLED))
ROOT = Path(__file__).resolve().parent.parent


def test_there_are_bundled_rules():
    assert BUNDLED_RULES


@pytest.mark.parametrize("rule", BUNDLED_RULES, ids=[Path(r.path).stem for r in BUNDLED_RULES])
def test_bundled_rule_cleans_its_sample_and_only_its_hosts(rule):
    sample = ROOT / "samples" / f"rule-{Path(rule.path).stem}" / "input.html"
    assert sample.exists(), f"{rule.path} has no sample page at {sample}"
    page = sample.read_text(encoding="utf-8")
    a = newsclean.clean(page)
    assert a.strategy == f"site rule ({rule.name})"
    assert any(rule.name in r.rule for r in a.removed), "the rule's drops removed nothing on its sample"
    # the same page on another host is left to the general pipeline
    elsewhere = page
    for domain in rule.domains:
        elsewhere = elsewhere.replace(domain, "unrelated.example")
    assert not newsclean.clean(elsewhere).strategy.startswith("site rule")


def test_cli_refuses_a_broken_rules_dir(tmp_path: Path):
    (tmp_path / "broken.toml").write_text("name = 'X'\n", encoding="utf-8")
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(page), "--rules", str(tmp_path)],
                       capture_output=True, timeout=60, check=False)
    assert r.returncode == 2
    assert b"domains" in r.stderr and b"Traceback" not in r.stderr
