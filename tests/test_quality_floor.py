"""Quality floors: the shared scorer over ../shared/corpus must not fall below these figures.

Each floor sits a little below the figure measured when it was set, so noise passes and a
real regression fails the build. Raise a floor when quality improves; never lower one to
make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED

BENCH = SHARED / "bench"
# corpus -> {metric: floor}; measured values are in README.md ("Quality")
# ("metadata.title" reads measured["metadata"]["title"]["accuracy"])
FLOORS: dict[str, dict[str, float]] = {
    "scrapinghub": {"f1": 0.966, "precision": 0.952, "recall": 0.976},
    "trafilatura-eval": {"f1": 0.935, "metadata.author_lenient": 0.785, "metadata.title": 0.845,
                         "metadata.date": 0.915},
    "wcxb": {"f1": 0.945, "metadata.author_lenient": 0.865, "metadata.title": 0.845, "metadata.date": 0.880},
}


def _metric(measured: dict[str, object], metric: str) -> float:
    if metric.startswith("metadata."):
        return float(measured["metadata"][metric.split(".", 1)[1]]["accuracy"])  # type: ignore[index]
    return float(measured[metric])  # type: ignore[arg-type]


def _predict(corpus: str, out: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import anchors  # the benchmark's own loader: same pages, same decoding
    finally:
        sys.path.pop(0)
    import newsclean

    pages = anchors.load_corpus(corpus, anchors.default_corpus_dir(corpus))
    with out.open("w", encoding="utf-8") as f:
        for page in pages:
            try:
                a = newsclean.clean(page["html"], url=page["url"])
                record = {"id": page["id"], "text": a.text, "title": a.title, "authors": list(a.authors),
                          "published": a.published}
            except newsclean.NewscleanError:
                record = {"id": page["id"], "text": ""}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_quality_floor(corpus: str, tmp_path: Path):
    if not (BENCH / "score.py").exists():
        pytest.skip("../shared/bench is not beside this checkout")
    preds = tmp_path / "preds.jsonl"
    _predict(corpus, preds)
    scores = tmp_path / "scores.json"
    subprocess.run([sys.executable, str(BENCH / "score.py"), corpus, str(preds), "--n-bootstrap", "0",
                    "--json", str(scores)], check=True, capture_output=True, timeout=600)
    measured = json.loads(scores.read_text())
    for metric, floor in FLOORS[corpus].items():
        value = _metric(measured, metric)
        assert value >= floor, f"{corpus} {metric} {value:.3f} fell below the floor {floor}"
