#!/usr/bin/env python3
"""Speed, side by side with trafilatura, and how it scales.

    python benchmarks/speed.py                 # everything below
    python benchmarks/speed.py side-by-side    # anchors.py newsclean vs trafilatura, both corpora
    python benchmarks/speed.py scaling         # time per MB on 1 MB and 20 MB pages
    python benchmarks/speed.py startup         # one page, as a whole process, against trafilatura's CLI
    python benchmarks/speed.py profile         # where newsclean's time goes, stage by stage

Absolute figures move with the machine and its load; the ratios measured in one sitting are
what to compare. Nothing here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
CORPUS = HERE.parent.parent / "shared" / "corpus"
CORPORA = ("scrapinghub", "trafilatura-eval")
RIVAL = "trafilatura-nocomments"
BIN = Path(sys.executable).parent


def side_by_side() -> None:
    print("| corpus | extractor | pages/s | mean ms | p95 ms | peak RSS MiB |\n|---|---|---|---|---|---|")
    ratios = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in CORPORA:
            runs = {}
            for name in ("newsclean", RIVAL):
                out = Path(tmp) / f"{corpus}-{name}.jsonl"
                subprocess.run([sys.executable, str(BENCH / "anchors.py"), name, corpus, "-o", str(out)],
                               check=True, capture_output=True)
                run = json.loads(out.with_suffix(".run.json").read_text())
                runs[name] = run
                print(f"| {corpus} | {name} | {run['pages_per_s']:.1f} | {run['ms_per_page_mean']:.2f} "
                      f"| {run['ms_per_page_p95']:.2f} | {run['peak_rss_mib']:.0f} |")
            ratios[corpus] = runs["newsclean"]["pages_per_s"] / runs[RIVAL]["pages_per_s"]
    for corpus, ratio in ratios.items():
        print(f"\n{corpus}: newsclean runs {ratio:.2f}x the pages/s of {RIVAL}")


def _pages(count: int) -> list[str]:
    files = sorted((CORPUS / "scrapinghub" / "html").glob("*.html.gz"))[:count]
    return [gzip.open(f).read().decode("utf-8") for f in files]


def big_page(target_bytes: int, seed: str) -> str:
    """A page of about target_bytes: the body of a real page, repeated with varied numbers."""
    head, _, rest = seed.partition("<body")
    body = "<body" + rest
    inner = body[body.index(">") + 1 : body.rfind("</body>")] if "</body>" in body else body
    copies, i = [], 0
    while sum(map(len, copies)) < target_bytes:
        copies.append(re.sub(r"\b(\d+)\b", lambda m, i=i: f"{m.group(1)}{i}", inner))
        i += 1
    return f"{head}<body>{''.join(copies)}</body></html>"


def _time(fn, page: str, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(page)
        best = min(best, time.perf_counter() - start)
    return best


def scaling(compare: bool) -> None:
    import newsclean

    extractors = {"newsclean": lambda p: newsclean.clean(p).to_dict()}
    if compare:
        import trafilatura

        extractors[RIVAL] = lambda p: trafilatura.extract(p, include_comments=False)
    print("| extractor | page | size MB | seconds | ms per MB |\n|---|---|---|---|---|")
    for name, fn in extractors.items():
        per_mb = {}
        for label, size, repeat in (("1 MB", 1_000_000, 3), ("20 MB", 20_000_000, 2)):
            page = big_page(size, _pages(1)[0])
            seconds = _time(fn, page, repeat)
            mb = len(page.encode()) / 1e6
            per_mb[label] = seconds * 1000 / mb
            print(f"| {name} | {label} | {mb:.1f} | {seconds:.2f} | {per_mb[label]:.1f} |")
        print(f"\n{name}: time per MB on the 20 MB page is {per_mb['20 MB'] / per_mb['1 MB']:.2f}x the 1 MB page's\n")


def startup(runs: int = 15) -> None:
    # Both measured as installed: an installed package has its bytecode compiled (pip does it
    # for trafilatura), while an editable checkout compiles newsclean's ~70 modules on the first
    # run, or on every run where PYTHONDONTWRITEBYTECODE is set (50-60 ms, not start-up).
    import compileall

    import newsclean

    compileall.compile_dir(str(Path(newsclean.__file__).parent), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(_pages(1)[0], encoding="utf-8")
        # `trafilatura -i` is the command the issue names; it reads PAGE as a list of URLs and
        # extracts nothing. `trafilatura < PAGE` extracts the page: the like-for-like figure.
        commands = {"newsclean clean PAGE": ([str(BIN / "newsclean"), "clean", str(page)], None),
                    "trafilatura -i PAGE": ([str(BIN / "trafilatura"), "-i", str(page)], None),
                    "trafilatura < PAGE": ([str(BIN / "trafilatura")], page.read_bytes())}
        print("| command | median ms (whole process) |\n|---|---|")
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):  # round robin: a burst of load on the shared machine hits them all
            for label, (command, stdin) in commands.items():
                start = time.perf_counter()
                subprocess.run(command, input=stdin, capture_output=True, check=False, env=env)
                times[label].append((time.perf_counter() - start) * 1000)
        for label, measured in times.items():
            print(f"| {label} | {statistics.median(measured):.0f} |")


STAGES = {"decode": "decode", "parse": "parse", "metadata": "metadata", "metadata_sources": "metadata",
          "jsonld": "metadata", "titles": "metadata", "dates": "metadata", "authors": "metadata",
          "headings": "metadata", "bylines": "metadata", "credits": "metadata", "author_names": "metadata",
          "author_choice": "metadata", "signatures": "metadata", "dates_choice": "metadata",
          "dates_header": "metadata", "dates_page": "metadata", "dates_script": "metadata",
          "lead": "reduce", "clutter_lines": "reduce", "reduce_support": "reduce", "phrases": "reduce",
          "patterns": "prune", "pipeline": "pipeline", "rules": "find content",
          "prune": "prune", "hints": "prune", "content": "find content", "strategies": "find content",
          "reduce": "reduce", "reduce_blocks": "reduce", "inline": "reduce", "verdicts": "reduce",
          "parts": "split parts", "assemble": "split parts", "surroundings": "split parts",
          "markdown": "render", "text": "render", "jsonout": "render"}


def profile() -> None:
    import newsclean

    pages = _pages(181)
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        with contextlib.suppress(newsclean.NewscleanError):
            newsclean.clean(page).to_dict()
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_stage: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        module = Path(filename).stem
        if "newsclean" in filename:
            by_stage[STAGES.get(module, "other newsclean")] += tottime
        elif "lxml" in filename or filename == "~":
            by_stage["lxml and builtins (C)"] += tottime
        else:
            by_stage["other Python"] += tottime
    total = sum(by_stage.values())
    print("| stage | ms/page | share |\n|---|---|---|")
    for stage, seconds in sorted(by_stage.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {seconds * 1000 / len(pages):.2f} | {seconds / total:.0%} |")
    print("\nTop functions by own time (cProfile, so slower than real):")
    stats.sort_stats("tottime").print_stats(15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    everything = ["side-by-side", "scaling", "startup", "profile"]
    # no `choices`: Python 3.11's argparse checks an empty list against them and refuses it
    parser.add_argument("what", nargs="*", help=f"what to measure, of {', '.join(everything)} (default: all)")
    parser.add_argument("--compare", action="store_true", help="scaling: time trafilatura on the same pages")
    args = parser.parse_args()
    unknown = set(args.what) - set(everything)
    if unknown:
        parser.error(f"unknown: {', '.join(sorted(unknown))}")
    for what in args.what or everything:
        print(f"\n## {what}\n")
        {"side-by-side": side_by_side, "scaling": lambda: scaling(args.compare), "startup": startup,
         "profile": profile}[what]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
