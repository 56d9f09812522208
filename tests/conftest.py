"""Shared fixtures: paths to the repository, the samples and the shared corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run the same examples on every run by default, so the suite is never red by
# luck; HYPOTHESIS_PROFILE=explore searches afresh, with more examples, to find new bugs.
settings.register_profile("default", derandomize=True, max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_acf45d4d3c5ce31e.txt"
SCHEMA_PATH = ROOT / "cli" / "newsclean" / "schema" / "article.schema.json"


@pytest.fixture(scope="session")
def schema_validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    return SEED.read_bytes()


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def browser(tmp_path: Path) -> list[str]:
    """A headless chromium command line (a fresh profile in tmp_path); skipped where there is
    none, except under .ci/run, which installs it and sets NEWSCLEAN_REQUIRE_BROWSER."""
    import os
    import shutil

    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("NEWSCLEAN_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (.ci/run installs it) but was not found")
        pytest.skip("no chromium on this machine")
    return [found, *BROWSER_FLAGS, f"--user-data-dir={tmp_path / 'browser-profile'}"]
