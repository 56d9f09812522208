"""The atheris fuzz target, run briefly, and the crashes it found, kept as regression tests."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
CRASHES = sorted((ROOT / "tests" / "hostile" / "crashes").glob("*"))
SHORT_RUNS = 3000


@pytest.mark.parametrize("path", CRASHES, ids=[p.name for p in CRASHES])
def test_former_crash(path: Path):
    try:
        article = newsclean.clean(path.read_bytes())
    except newsclean.NewscleanError:
        return
    article.to_dict()


def test_short_fuzz_run(tmp_path: Path):
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    r = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_clean.py"), f"-runs={SHORT_RUNS}",
                        "-max_len=8192", f"-artifact_prefix={tmp_path}/", str(corpus), str(ROOT / "fuzz" / "seeds")],
                       capture_output=True, timeout=600, check=False)
    crashes = list(tmp_path.glob("crash-*"))
    assert r.returncode == 0 and not crashes, r.stderr.decode(errors="replace")[-2000:]
