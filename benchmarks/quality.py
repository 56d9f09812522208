#!/usr/bin/env python3
"""newsclean and the reference extractors, side by side, on the shared benchmark corpora.

Runs ../shared/bench/anchors.py for every (extractor, corpus) pair, scores each run with
../shared/bench/score.py, and prints one Markdown table: body F1 per corpus, metadata
(author exact/lenient, title, date) on trafilatura-eval and wcxb, and pages/s.

    python benchmarks/quality.py                              # newsclean + the main anchors
    python benchmarks/quality.py --extractors newsclean       # just newsclean
    python benchmarks/quality.py --favor precision recall     # newsclean's --favor settings too
    python benchmarks/quality.py --reuse                      # score existing runs again

The reference extractors must be installed in the same Python (see ../shared/bench/README.md).
Outputs go to benchmarks/out/<corpus>/<extractor>.jsonl (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
OUT = HERE / "out"
CORPORA = ("scrapinghub", "trafilatura-eval", "wcxb")
DEFAULT_EXTRACTORS = ("newsclean", "trafilatura-nocomments", "trafilatura-fast-nocomments", "readability-lxml",
                      "newspaper4k", "goose3", "resiliparse")


def run_anchor(extractor: str, corpus: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(BENCH / "anchors.py"), extractor, corpus, "-o", str(out)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_favor(favor: str, corpus: str, out: Path) -> None:
    """newsclean with a --favor setting, under anchors.py's protocol (decoded pages, timed calls)."""
    sys.path.insert(0, str(BENCH))
    import anchors

    import newsclean

    options = newsclean.Options(favor=newsclean.Favor(favor))
    pages = anchors.load_corpus(corpus, anchors.default_corpus_dir(corpus))
    out.parent.mkdir(parents=True, exist_ok=True)
    elapsed = 0.0
    with out.open("w", encoding="utf-8") as f:
        for page in pages:
            start = time.perf_counter()
            try:
                a = newsclean.clean(page["html"], url=page["url"], options=options)
                record = {"id": page["id"], "text": a.text, "title": a.title, "authors": list(a.authors),
                          "published": a.published}
            except newsclean.NewscleanError:
                record = {"id": page["id"], "text": ""}
            elapsed += time.perf_counter() - start
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.with_suffix(".run.json").write_text(json.dumps({"pages_per_s": len(pages) / elapsed}))


def score(corpus: str, preds: Path) -> dict[str, object]:
    target = preds.with_suffix(".score.json")
    subprocess.run([sys.executable, str(BENCH / "score.py"), corpus, str(preds), "--n-bootstrap", "0",
                    "--json", str(target)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return json.loads(target.read_text())


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "-"


def _meta(scores: dict[str, object]) -> str:
    meta = scores.get("metadata")
    if not isinstance(meta, dict) or not meta:
        return "-"

    def get(name: str) -> object:
        entry = meta.get(name)
        return entry.get("accuracy") if isinstance(entry, dict) else entry

    return (f"{_fmt(get('author_exact'))}, {_fmt(get('author_lenient'))} / {_fmt(get('title'))} / "
            f"{_fmt(get('date'))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extractors", nargs="+", default=list(DEFAULT_EXTRACTORS))
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=CORPORA)
    parser.add_argument("--favor", nargs="*", default=[], choices=["precision", "balanced", "recall"],
                        help="also run newsclean with these --favor settings")
    parser.add_argument("--reuse", action="store_true", help="score existing outputs instead of running again")
    args = parser.parse_args()
    if not (BENCH / "anchors.py").exists():
        print(f"no benchmark at {BENCH}", file=sys.stderr)
        return 2
    rows = [(name, None) for name in args.extractors] + [(f"newsclean --favor {f}", f) for f in args.favor]
    table: dict[str, dict[str, dict[str, object]]] = {}
    for name, favor in rows:
        for corpus in args.corpora:
            preds = OUT / corpus / f"{name.replace(' ', '_')}.jsonl"
            if not (args.reuse and preds.exists()):
                print(f"running {name} on {corpus} ...", file=sys.stderr)
                run_favor(favor, corpus, preds) if favor else run_anchor(name, corpus, preds)
            scores = score(corpus, preds)
            run = preds.with_suffix(".run.json")
            scores["pages_per_s"] = json.loads(run.read_text()).get("pages_per_s") if run.exists() else None
            table.setdefault(name, {})[corpus] = scores
    header = ["extractor", *args.corpora]
    meta_corpora = [c for c in args.corpora if c != "scrapinghub"]
    header += [f"{c} author / title / date" for c in meta_corpora] + ["pages/s (scrapinghub)"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, by_corpus in table.items():
        cells = [name] + [_fmt(by_corpus[c].get("f1")) for c in args.corpora]
        cells += [_meta(by_corpus[c]) for c in meta_corpora]
        speed = by_corpus.get("scrapinghub", {}).get("pages_per_s")
        cells.append(f"{speed:.1f}" if isinstance(speed, float) else "-")
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
