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
